/**
 * Suggestions for a drafted claim from the sentence around the selected words: the measure
 * (from the vocabulary in data/metrics), the area (place names through the search index) and
 * the source (known sources by name or alias). Every candidate is returned; the workbench
 * preselects one only when there is exactly one, so ambiguity is shown, never resolved
 * silently.
 */
import { METRIC_IDS, isMetricId, metricInfo, type MetricId } from '../../data/metrics';
import { foldName, search, type SearchEntry } from '../../data/search';
import { rankMeasures } from './cues';
import type { ParsedFigure } from './figures';

/**
 * Measures that fit a figure, best first: those its own clause names (the figure's
 * `measures`, see figures.ts; without a figure, those the cue words of the sentence name;
 * cues are data: geodata/measures.json); for words without a parsed figure, then any measure
 * whose label shares a word with the sentence; only measures in the unit found.
 * @param sentence - the sentence of the selection
 * @param unit - the unit parsed from the figure, or null
 * @param isFigure - false for a statement without a number
 * @param figure - the parsed figure, when there is one
 * @returns metric ids, best first
 */
export function suggestMeasures(
  sentence: string,
  unit: string | null,
  isFigure = true,
  figure?: Pick<ParsedFigure, 'measures'>,
): MetricId[] {
  const fits = (id: MetricId) => {
    const info = metricInfo(id);
    if (!isFigure) return info.kind === 'statement';
    return info.kind === 'figure' && (unit === null || info.unit === unit);
  };
  const ranked: MetricId[] = [];
  const cued = figure ? figure.measures : rankMeasures(sentence, fits);
  for (const id of cued) if (isMetricId(id) && fits(id) && !ranked.includes(id)) ranked.push(id);
  // A figure's measures come from cue words only: label words ("North", "Korean") are in
  // most sentences and would name a measure for figures that have none (shells, territory).
  if (figure) return ranked;
  const words = new Set(foldName(sentence).split(' '));
  for (const id of METRIC_IDS) {
    const label = foldName(metricInfo(id).label)
      .split(' ')
      .filter((w) => w.length > 3);
    if (fits(id) && !ranked.includes(id) && label.some((w) => words.has(w))) ranked.push(id);
  }
  return ranked;
}

/** A candidate area found in the sentence. */
export interface AreaCandidate {
  id: string;
  label: string;
  detail: string;
  /** The words of the sentence that named it. */
  matched: string;
}

const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * Areas named in a sentence, through the search index: each run of capitalised words, and
 * each word of it, is searched; only strong matches (exact or prefix) count.
 * @param sentence - the sentence of the selection
 * @param entries - search entries of the areas a claim can name
 * @returns candidates in sentence order, one per area
 */
export function suggestAreas(sentence: string, entries: readonly SearchEntry[]): AreaCandidate[] {
  const found = new Map<string, AreaCandidate>();
  for (const run of sentence.matchAll(NAME_RUN)) {
    const phrase = run[0].replace(/['’]s$/u, '');
    const words = phrase.split(/\s+/).map((w) => w.replace(/['’]s$/u, ''));
    // The whole run may match a name's start ("Kursk" → "Kursk Oblast"); a single word of a
    // longer run must match a whole name ("North" in "North Koreans" is not North Korea).
    const queries: [string, number][] = [
      [phrase, 80],
      ...words.map((w): [string, number] => [w, 100]),
    ];
    for (const [query, least] of queries) {
      if (query.length < 3) continue;
      for (const hit of search(entries, query, 5)) {
        if (hit.score < least || found.has(hit.entry.id)) continue;
        found.set(hit.entry.id, {
          id: hit.entry.id,
          label: hit.entry.label,
          detail: hit.entry.detail,
          matched: query,
        });
      }
    }
  }
  return [...found.values()];
}

/** What the workbench knows of a source to match it by name. */
export interface KnownSource {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  /** Other names articles use for it: the source registry's `aliases` (geodata/sources.json). */
  aliases?: readonly string[];
}

function namesOf(source: KnownSource): string[] {
  const names = [source.name, source.shortName, ...(source.aliases ?? [])];
  const bare = source.name.split(/[(,]/)[0]?.trim();
  if (bare && bare !== source.name) names.push(bare);
  return names.filter((n) => n.length >= 3);
}

function findWord(haystack: string, needle: string): number {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = /^[A-Z]{2,5}$/.test(needle) ? 'u' : 'iu';
  const match = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, flags).exec(haystack);
  return match ? match.index : -1;
}

/**
 * Known sources named in a sentence, in sentence order. Outlets (kind 'outlet') are left out:
 * they carry reports, they are not what a claim is sourced to.
 * @param sentence - the sentence of the selection
 * @param sources - the sources of every published report
 * @returns source ids, in the order they are named
 */
export function suggestSources(sentence: string, sources: readonly KnownSource[]): string[] {
  const hits: [number, string][] = [];
  for (const source of sources) {
    if (source.kind === 'outlet') continue;
    const positions = namesOf(source)
      .map((name) => findWord(sentence, name))
      .filter((at) => at >= 0);
    if (positions.length) hits.push([Math.min(...positions), source.id]);
  }
  return hits.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}
