/**
 * The writing direction of text in a language, for its element's `dir`. Quotes and articles
 * are shown in the report's language (`lang`), while the interface around them stays English:
 * an element in Arabic gets `dir="rtl"`, so it reads right to left and is isolated from the
 * English around it; any other language gets `dir="auto"` (from its first strong letter).
 */

/** Primary subtags of languages written right to left (as Intl.Locale's textInfo says). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * @param language - a BCP 47 tag such as 'ar', 'en', 'ar-EG'
 * @returns 'rtl' for a right-to-left language, else 'auto'
 * @example textDirection('ar') // 'rtl'
 */
export function textDirection(language: string): 'rtl' | 'auto' {
  const primary = language.trim().toLowerCase().split('-')[0] ?? '';
  return RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'auto';
}

/** `lang` and `dir` props for an element holding text in `language` ('' leaves `lang` out). */
export function languageProps(language: string | undefined): {
  lang?: string;
  dir: 'rtl' | 'auto';
} {
  const lang = language?.trim() ?? '';
  return lang ? { lang, dir: textDirection(lang) } : { dir: 'auto' };
}
