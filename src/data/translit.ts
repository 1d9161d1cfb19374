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
/** Stem → its counterparts (the table's `_comment` is not a stem: it has no list). */
const VARIANTS: readonly (readonly [string, readonly string[]])[] = Object.entries(
  ROMANISATION.variants as Record<string, string | string[]>,
).flatMap(([stem, others]) => (Array.isArray(others) ? [[stem, others] as const] : []));

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

/**
 * The other forms of a folded Latin name that letter values do not bridge: each stem of the
 * variants table (src/data/romanisation.json) swapped for its counterparts, so "Nikolske" also
 * looks for Mykilske and "Mykilske" for Nikolske.
 * @param folded a folded Latin name or query
 * @returns its variants, without itself (none for most names)
 * @example nameVariants('mykilske') // ['nikolske']
 */
export function nameVariants(folded: string): string[] {
  const out = new Set<string>();
  for (const [stem, others] of VARIANTS) {
    if (!folded.includes(stem)) continue;
    for (const other of others) out.add(folded.replaceAll(stem, other));
  }
  out.delete(folded);
  return [...out];
}
