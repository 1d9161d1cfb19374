/**
 * The metrics a claim can report. Adding a metric is adding a row here (and to the README of
 * geodata/reports). `kind: 'figure'` metrics carry numbers; a figure claim may still have no
 * value when a source confirms something without giving its scale (then it needs a
 * `statement`). `kind: 'statement'` metrics never carry a value.
 */

/** Units a claimed value can have. Percentages are stored as 50 with unit '%', not 0.5. */
export const UNITS = ['troops', 'people', 'casualties/day', '%', 'months'] as const;
export type Unit = (typeof UNITS)[number];

export interface MetricInfo {
  /** Short label for panels and exports. */
  label: string;
  /** The unit figures of this metric are given in; null for statements. */
  unit: Unit | null;
  kind: 'figure' | 'statement';
  /** Display order in panels: lower first. */
  order: number;
}

export const METRICS = {
  'troops-present': { label: 'Troops present', unit: 'troops', kind: 'figure', order: 10 },
  'troops-additional': { label: 'Additional troops', unit: 'troops', kind: 'figure', order: 20 },
  'troops-possible-further': {
    label: 'Possible further troops',
    unit: 'troops',
    kind: 'figure',
    order: 30,
  },
  'killed-or-wounded': { label: 'Killed or wounded', unit: 'people', kind: 'figure', order: 40 },
  'casualties-per-day': {
    label: 'Casualties per day',
    unit: 'casualties/day',
    kind: 'figure',
    order: 50,
  },
  'share-of-force-lost': {
    label: 'Share of force killed or wounded',
    unit: '%',
    kind: 'figure',
    order: 60,
  },
  'casualty-rate': { label: 'Casualty rate', unit: '%', kind: 'figure', order: 70 },
  'time-to-wipe-out': {
    label: 'Time until wiped out at this rate',
    unit: 'months',
    kind: 'figure',
    order: 80,
  },
  'casualties-reported': {
    label: 'Casualties reported',
    unit: null,
    kind: 'statement',
    order: 100,
  },
  'trapped-contingent': { label: 'Trapped contingent', unit: null, kind: 'statement', order: 110 },
  redeployment: { label: 'Redeployment', unit: null, kind: 'statement', order: 120 },
  'combat-pause': { label: 'Pause in combat', unit: null, kind: 'statement', order: 130 },
  'deployment-preparation': {
    label: 'Preparations to deploy more troops',
    unit: null,
    kind: 'statement',
    order: 140,
  },
  incursion: { label: 'Incursion', unit: null, kind: 'statement', order: 150 },
} as const satisfies Record<string, MetricInfo>;

export type MetricId = keyof typeof METRICS;

/** Every metric id, in display order. */
export const METRIC_IDS: readonly MetricId[] = (Object.keys(METRICS) as MetricId[]).sort(
  (a, b) => METRICS[a].order - METRICS[b].order,
);

/**
 * Whether a string is a known metric id.
 * @param id - candidate id
 * @returns true when `id` is a key of METRICS
 */
export function isMetricId(id: string): id is MetricId {
  return Object.hasOwn(METRICS, id);
}

/**
 * The table row of a metric.
 * @param id - metric id
 * @returns its label, unit, kind and order
 */
export function metricInfo(id: MetricId): MetricInfo {
  return METRICS[id];
}
