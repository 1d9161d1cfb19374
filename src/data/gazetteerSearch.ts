/**
 * Search over the gazetteer's 3,600 settlements in Latin, Cyrillic or Hangul and common
 * romanisations. Names are folded once when the index is built, and every Cyrillic name is also
 * indexed romanised (Ukrainian and Russian letter values), so "Sudzha" finds Суджа and
 * "Суджа" finds Sudzha; a query is also tried in its Ukrainian/Russian name variants (queryKeys:
 * "Mykilske" looks for Nikolske too). Homonyms are all returned, each with its province and country.
 */
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { foldName, matchScore, queryKeys, type SearchEntry, type SearchHit } from './search';
import { hasCyrillic, romanise } from './translit';

/** Search entries of gazetteer places have ids `gn-<GeoNames id>`. */
export const GAZETTEER_ID_PREFIX = 'gn-';

export interface GazetteerIndex {
  entries: readonly SearchEntry[];
  /** One row per search key: the folded key, the name it came from, its entry, its letters. */
  keys: readonly string[];
  keyNames: readonly string[];
  keyEntry: Int32Array;
  keyLetters: Uint32Array;
  byId: ReadonlyMap<string, GazetteerPlace>;
}

/** A 32-bit set of the characters of a text (code point mod 32): a cheap, sound pre-filter. */
function letterSet(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= 1 << (text.charCodeAt(i) & 31);
  return bits >>> 0;
}

function countBits(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}

/** How many typos matchScore forgives for a query of this length. */
const typosAllowed = (query: string) => (query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0);

/** Folded search keys of a name: itself, and its romanisations when it is Cyrillic. */
export function searchKeys(name: string): string[] {
  const folded = foldName(name);
  if (!hasCyrillic(name)) return [folded];
  return [...new Set([folded, foldName(romanise(name, 'uk')), foldName(romanise(name, 'ru'))])];
}

/** Builds a GazetteerIndex one place at a time (so the work can be sliced). */
function indexBuilder(exclude: ReadonlySet<number>, countries: Readonly<Record<string, string>>) {
  const entries: SearchEntry[] = [];
  const keys: string[] = [];
  const keyNames: string[] = [];
  const owners: number[] = [];
  const byId = new Map<string, GazetteerPlace>();
  return {
    add(place: GazetteerPlace): void {
      if (exclude.has(place.geonamesId)) return;
      const id = `${GAZETTEER_ID_PREFIX}${place.geonamesId}`;
      const names = [place.uk, place.ru, ...place.alternates].filter(Boolean);
      entries.push({
        id,
        kind: 'place',
        label: place.name,
        detail: `${place.regionName}, ${countries[place.country] ?? place.country} · not in the report`,
        names,
        // After the report's own areas and places; bigger places first among equals.
        priority: 10 + place.minZoom,
      });
      const seen = new Set<string>();
      for (const name of [place.name, ...names]) {
        for (const key of searchKeys(name)) {
          if (seen.has(key)) continue;
          seen.add(key);
          keys.push(key);
          keyNames.push(name);
          owners.push(entries.length - 1);
        }
      }
      byId.set(id, place);
    },
    finish(): GazetteerIndex {
      return {
        entries,
        keys,
        keyNames,
        keyEntry: Int32Array.from(owners),
        keyLetters: Uint32Array.from(keys, letterSet),
        byId,
      };
    },
  };
}

/**
 * Index the gazetteer for search.
 * @param gazetteer the loaded gazetteer
 * @param exclude GeoNames ids already in the report's own places (searched there, with figures)
 * @param countries country names by ISO 3166-1 alpha-2 code (the theatre's `countries`)
 * @returns the index
 */
export function buildGazetteerIndex(
  gazetteer: Gazetteer,
  exclude: ReadonlySet<number>,
  countries: Readonly<Record<string, string>>,
): GazetteerIndex {
  const builder = indexBuilder(exclude, countries);
  for (const place of gazetteer.places) builder.add(place);
  return builder.finish();
}

/**
 * The same index, built in slices with a pause between them, so that indexing thousands of
 * names (romanised in three scripts) never holds the main thread for long.
 * @param gazetteer the loaded gazetteer
 * @param exclude GeoNames ids already in the report's own places
 * @param countries country names by ISO 3166-1 alpha-2 code
 * @param pause resolves when the next slice may run (e.g. a zero-delay timeout)
 * @param slice places per slice
 * @returns the index, equal to buildGazetteerIndex's
 */
export async function buildGazetteerIndexInSlices(
  gazetteer: Gazetteer,
  exclude: ReadonlySet<number>,
  countries: Readonly<Record<string, string>>,
  pause: () => Promise<void>,
  slice = 400,
): Promise<GazetteerIndex> {
  const builder = indexBuilder(exclude, countries);
  for (let start = 0; start < gazetteer.places.length; start += slice) {
    if (start > 0) await pause();
    for (const place of gazetteer.places.slice(start, start + slice)) builder.add(place);
  }
  return builder.finish();
}

/**
 * Every gazetteer place one of whose names matches, best first.
 * @param index from buildGazetteerIndex
 * @param query what the user typed
 * @param limit how many at most
 * @returns hits ranked like search(): match quality, then size, then name
 */
export function searchGazetteer(index: GazetteerIndex, query: string, limit = 12): SearchHit[] {
  const queries = queryKeys(query);
  if (queries.length === 0) return [];
  const best = new Map<number, SearchHit>();
  for (const q of queries) {
    const letters = letterSet(q);
    const allowed = typosAllowed(q);
    for (let k = 0; k < index.keys.length; k++) {
      // Every edit loses at most one of the query's letters: skip keys missing more.
      if (countBits(letters & ~(index.keyLetters[k] ?? 0)) > allowed) continue;
      const score = matchScore(q, index.keys[k] ?? '');
      const owner = index.keyEntry[k] ?? 0;
      const entry = index.entries[owner];
      if (!entry || score <= (best.get(owner)?.score ?? 0)) continue;
      best.set(owner, { entry, matched: index.keyNames[k] ?? entry.label, score });
    }
  }
  return rankHits([...best.values()]).slice(0, limit);
}

function rankHits(hits: SearchHit[]): SearchHit[] {
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.entry.priority - b.entry.priority ||
      a.entry.label.localeCompare(b.entry.label),
  );
}

/**
 * The report's hits and the gazetteer's in one list: ranked together, report entries first
 * among equally good matches (their priority is lower).
 * @param report hits from search() over the report's areas and places
 * @param gazetteer hits from searchGazetteer()
 * @param limit how many at most
 * @returns the merged list
 */
export function mergeHits(report: SearchHit[], gazetteer: SearchHit[], limit = 12): SearchHit[] {
  return rankHits([...report, ...gazetteer]).slice(0, limit);
}
