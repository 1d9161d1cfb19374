/**
 * Search over areas and places by any of their names, tolerant of spelling: case, diacritics,
 * apostrophes (Donets'k), hyphens and small typos. It never picks for the user: every
 * candidate is returned, ranked, with the detail that tells homonyms apart.
 */

import { hasCyrillic, nameVariants, romanise } from './translit';

export interface SearchEntry {
  /** Area id or place id. */
  id: string;
  kind: 'area' | 'place';
  /** The name to show, e.g. "Donetsk Oblast". */
  label: string;
  /** What tells it apart from homonyms, e.g. "Region · Ukraine". */
  detail: string;
  /** Every name and alias, in any script. */
  names: readonly string[];
  /** Lower sorts first among equally good matches (areas of the report before other places). */
  priority: number;
}

export interface SearchHit {
  entry: SearchEntry;
  /** The name that matched, as written in the gazetteer. */
  matched: string;
  score: number;
}

/** Folds a name for comparison: "Donets'k" → "donetsk", "Nikol’s’ke" → "nikolske". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´ʹ"]/g, '')
    .replace(/[-_.,/()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  const cells = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => cells[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) cells[i * width] = i;
  for (let j = 0; j <= b.length; j++) cells[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      cells[i * width + j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return at(a.length, b.length);
}

/** How well a folded query matches a folded name; 0 = no match, higher is better. */
export function matchScore(query: string, name: string): number {
  if (name === query) return 100;
  if (name.startsWith(query)) return 80;
  const words = name.split(' ');
  if (words.some((word) => word.startsWith(query))) return 70;
  if (query.length >= 3 && name.includes(query)) return 50;
  if (query.length >= 4) {
    const allowed = query.length >= 8 ? 2 : 1;
    const prefix = name.slice(0, query.length);
    if (editDistance(query, prefix, allowed) <= allowed) return 40;
    if (words.some((word) => editDistance(query, word, allowed) <= allowed)) return 35;
  }
  return 0;
}

/**
 * What a query is compared as: folded; romanised with Ukrainian and Russian letter values when
 * it is Cyrillic ("Суджа" → sudzha); and each of those in its Ukrainian/Russian name variants
 * ("Mykilske" → nikolske), see nameVariants.
 * @param query what the user typed
 * @returns distinct folded keys, the query itself first; none for a blank query
 * @example queryKeys('Микільське') // ['мик…', 'mykilske', 'mikilske', 'nikolske']
 */
export function queryKeys(query: string): string[] {
  const folded = foldName(query);
  if (!folded) return [];
  const keys = hasCyrillic(query)
    ? [folded, foldName(romanise(query, 'uk')), foldName(romanise(query, 'ru'))]
    : [folded];
  return [...new Set([...keys, ...keys.flatMap(nameVariants)])].filter(Boolean);
}

/**
 * Finds every entry one of whose names matches the query, best first.
 * @param entries the gazetteer
 * @param query what the user typed, in any script
 * @param limit how many hits at most
 * @returns hits ranked by match quality, then priority, then label
 * @example search(entries, "Donets'k")[0].entry.id // 'donetsk'
 */
export function search(entries: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const keys = queryKeys(query);
  if (keys.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best: SearchHit | null = null;
    for (const name of [entry.label, ...entry.names]) {
      const folded = foldName(name);
      for (const key of keys) {
        const score = matchScore(key, folded);
        if (score > (best?.score ?? 0)) best = { entry, matched: name, score };
      }
    }
    if (best) hits.push(best);
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.entry.priority - b.entry.priority ||
      a.entry.label.localeCompare(b.entry.label),
  );
  return hits.slice(0, limit);
}
