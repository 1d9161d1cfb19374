/**
 * Finding a source of the registry by what an analyst types: its short name, name, id or any
 * alias (the names and spellings articles use, in any script). Case, accents and apostrophes
 * are ignored, as in the dashboard's search.
 */
import { foldName } from '../data/search';
import type { PickableSource } from './published';

/** A source that matches, and the name it matched by. */
export interface SourceMatch {
  source: PickableSource;
  /** The name or alias that matched (as written in the registry). */
  matched: string;
}

/**
 * Sources matching a query, best first: an exact name, then a name starting with the query,
 * then one containing it; ties keep the registry's order.
 * @param sources - the sources to search
 * @param query - what was typed
 * @param limit - at most this many
 * @returns the matches (none for a blank query)
 */
export function matchSources(
  sources: readonly PickableSource[],
  query: string,
  limit = 8,
): SourceMatch[] {
  const q = foldName(query);
  if (q === '') return [];
  const ranked: [number, number, SourceMatch][] = [];
  sources.forEach((source, order) => {
    let best: [number, string] | null = null;
    for (const name of [source.shortName, source.name, source.id, ...source.aliases]) {
      const folded = foldName(name);
      const rank = folded === q ? 0 : folded.startsWith(q) ? 1 : folded.includes(q) ? 2 : 3;
      if (rank < 3 && (best === null || rank < best[0])) best = [rank, name];
    }
    if (best) ranked.push([best[0], order, { source, matched: best[1] }]);
  });
  return ranked
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .slice(0, limit)
    .map(([, , match]) => match);
}
