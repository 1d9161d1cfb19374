/**
 * Romanisation of Ukrainian and Russian Cyrillic, close to the national systems (Ukraine's 2010
 * table; a plain Russian one), so a Latin spelling finds a Cyrillic-only name and the other way
 * round: "Sudzha" ↔ Суджа, "Pokrovsk" ↔ Покровськ. Not for display: search compares the
 * results after folding.
 */
import ROMANISATION from './romanisation.json' with { type: 'json' };

// The letter values are data, shared with the gazetteer build (scripts/geodata/gazetteer.mjs).
const UKRAINIAN: Readonly<Record<string, string>> = { ...ROMANISATION.common, ...ROMANISATION.uk };
const RUSSIAN: Readonly<Record<string, string>> = { ...ROMANISATION.common, ...ROMANISATION.ru };

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
