/**
 * The metrics a claim can report, read from geodata/measures.json (see vocabulary.ts).
 * Adding a metric is adding a row to that file, never code. `kind: 'figure'` metrics carry
 * numbers; a figure claim may still have no value when a source confirms something without
 * giving its scale (then it needs a `statement`). `kind: 'statement'` metrics never carry a
 * value. This module keeps the lookups the rest of the app uses (METRIC_IDS, isMetricId,
 * metricInfo, UNITS) working over the data file.
 */
// The import attribute lets Node load this module too (Playwright specs import validate.ts).
import measuresJson from '../../geodata/measures.json' with { type: 'json' };
import {
  EMPTY_VOCABULARY,
  checkVocabulary,
  measureOf,
  type Vocabulary,
  type VocabularyFile,
} from './vocabulary';
import type { Problem } from './problem';

/** A unit id as stored in claims: 'troops', '%' (stored as 50, never 0.5), 'casualties/day'. */
export type Unit = string;
/** A measure id of geodata/measures.json. */
export type MetricId = string;

export interface MetricInfo {
  /** Short label for panels and exports. */
  label: string;
  /** The unit figures of this metric are given in; null for statements. */
  unit: Unit | null;
  kind: 'figure' | 'statement';
  /** Display order in panels: lower first. */
  order: number;
  /** Title of the estimates-over-time chart this metric shares with others, if any. */
  chart?: string;
}

// The build checks the file's shape (bundledDataset.ts, with zod); here it is only read and
// cross-checked, so the dashboard never loads zod for it.
const shipped = checkVocabulary(measuresJson as VocabularyFile);

/** The shipped vocabulary; empty (every claim then fails, naming the file) when invalid. */
export const VOCABULARY: Vocabulary = shipped.vocabulary ?? EMPTY_VOCABULARY;

/** What the cross-checks find wrong with geodata/measures.json (its shape: see the build). */
export const VOCABULARY_PROBLEMS: readonly Problem[] = shipped.problems;

/** Every metric's row, by id. */
export const METRICS: Readonly<Record<MetricId, MetricInfo>> = Object.fromEntries(
  [...VOCABULARY.measures.values()].map((m) => [
    m.id,
    { label: m.label, unit: m.unit, kind: m.kind, order: m.order, chart: m.chart },
  ]),
);

/** Units a claimed value can have, in file order. */
export const UNITS: readonly Unit[] = [...VOCABULARY.units.keys()];

/** Every metric id, in display order. */
export const METRIC_IDS: readonly MetricId[] = VOCABULARY.ids;

/**
 * Whether a string is a known metric id.
 * @param id - candidate id
 * @returns true when `id` is a measure of geodata/measures.json
 */
export function isMetricId(id: string): id is MetricId {
  return Object.hasOwn(METRICS, id);
}

/**
 * The row of a metric. An unknown id (a report written against another vocabulary) gets a
 * stand-in row labelled with the id itself, so a panel never breaks on it.
 * @param id - metric id
 * @returns its label, unit, kind and order
 */
export function metricInfo(id: MetricId): MetricInfo {
  return measureOf(VOCABULARY, id);
}
