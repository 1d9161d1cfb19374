/**
 * Romanisation of Ukrainian and Russian Cyrillic, close to the national systems (Ukraine's 2010
 * table; a plain Russian one), so a Latin spelling finds a Cyrillic-only name and the other way
 * round: "Sudzha" ↔ Суджа, "Pokrovsk" ↔ Покровськ. Not for display: search compares the
 * results after folding.
 */

const COMMON: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'yu',
  я: 'ya',
  "'": '',
  '’': '',
  ʼ: '',
};
const UKRAINIAN: Readonly<Record<string, string>> = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  и: 'y',
  і: 'i',
  ї: 'i',
  є: 'ye',
};
const RUSSIAN: Readonly<Record<string, string>> = {
  ...COMMON,
  г: 'g',
  и: 'i',
  ы: 'y',
  э: 'e',
  ё: 'e',
  ъ: '',
};

/** True when the text has a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}

/**
 * Romanise Cyrillic with Ukrainian or Russian letter values; other characters pass through.
 * @param text a name in any script
 * @param lang whose letter values
 * @returns lower-case text, Cyrillic letters romanised
 * @example romanise('Покровськ', 'uk') // 'pokrovsk'
 */
export function romanise(text: string, lang: 'uk' | 'ru'): string {
  const table = lang === 'uk' ? UKRAINIAN : RUSSIAN;
  let out = '';
  for (const char of text.toLowerCase()) out += table[char] ?? char;
  return out;
}
