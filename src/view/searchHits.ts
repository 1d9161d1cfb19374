import { mergeHits } from '../data/gazetteerSearch';
import { search, type SearchEntry, type SearchHit } from '../data/search';

/**
 * What the search box lists for a query: the report's areas and places, ranked with more
 * hits (the settlements gazetteer) when there are any.
 * @param entries - the report's areas and places (`searchEntries`)
 * @param query - what the analyst typed
 * @param more - more hits for a query, or undefined
 * @returns the hits, best first
 * @example
 * searchHits(entries, 'kursk').map((hit) => hit.entry.label)
 */
export function searchHits(
  entries: readonly SearchEntry[],
  query: string,
  more?: (query: string) => SearchHit[],
): SearchHit[] {
  const report = search(entries, query);
  return more ? mergeHits(report, more(query)) : report;
}
