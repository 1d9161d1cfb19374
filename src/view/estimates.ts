/**
 * Estimates over time: for one area, every figure of a measure (or of measures sharing a
 * chart in geodata/measures.json) placed by the date it was reported, one mark per claim,
 * with the derived sums of parts (killed + wounded) as dashed marks. Pure: the chart
 * component only draws what this returns. Figures reported after the as-of date are kept
 * and flagged `later` (the chart greys them); those after a since date are flagged `isNew`.
 */
import { claimsForArea, type Dataset } from '../data/dataset';
import { measureOf, type Vocabulary } from '../data/vocabulary';
import { openEnd, type OpenEnd } from '../data/qualifiers';
import type { Claim } from '../data/schema';
import { relationSums, type DerivedSum } from '../data/sums';

export interface EstimateMark {
  /** Claim id, or the derived sum's id. */
  id: string;
  metric: string;
  metricLabel: string;
  /** Date reported (reportedOn.end): the x of the mark. */
  date: string;
  /** Start of the reported span when the date is a week, month or period, else null. */
  spanStart: string | null;
  low: number;
  high: number;
  unit: string;
  qualifier: string;
  open: OpenEnd;
  /** Key of the source (ids joined) for colour and shape; label in short names. */
  sourceKey: string;
  sourceLabel: string;
  derived: boolean;
  /** Reported after the as-of date: drawn grey. */
  later: boolean;
  /** Reported after the since date: marked new. */
  isNew: boolean;
  /** How many reports carried the claim (1 for derived sums: they follow their inputs). */
  reportCount: number;
  /** Whether the figure is about a wider area shown as context (Russia on Kursk's panel). */
  context: boolean;
}

export interface EstimateSource {
  key: string;
  label: string;
  /** A party to the war (any of the claim's sources). */
  party: boolean;
  /** Index into the palette of its kind (parties and others have separate palettes). */
  index: number;
}

export interface EstimatesChartModel {
  id: string;
  title: string;
  unit: string;
  marks: EstimateMark[];
  sources: EstimateSource[];
  asOf: string;
  since: string | null;
}

type Sources = Pick<Dataset, 'sources'>['sources'];

function shortNames(sources: Sources, ids: readonly string[]): string {
  return ids.map((id) => sources.get(id)?.shortName ?? id).join(' + ');
}

function chartKey(vocabulary: Vocabulary, metric: string): string {
  return measureOf(vocabulary, metric).chart ?? metric;
}

function spanStart(ref: Claim['reportedOn']): string | null {
  return ref.precision === 'day' || ref.start === null || ref.start === ref.end ? null : ref.start;
}

function markOf(
  ds: Pick<Dataset, 'sources' | 'carriedBy' | 'vocabulary'>,
  item: Claim | DerivedSum,
  areaId: string,
  asOf: string,
  since: string | null,
): EstimateMark {
  const derived = 'derived' in item;
  const low = derived ? (item.range?.low ?? item.value) : (item.value?.low ?? 0);
  const high = derived ? (item.range?.high ?? item.value) : (item.value?.high ?? 0);
  const qualifier = derived ? item.qualifier : (item.value?.qualifier ?? '');
  const date = item.reportedOn.end;
  return {
    id: item.id,
    metric: item.metric,
    metricLabel: measureOf(ds.vocabulary, item.metric).label,
    date,
    spanStart: spanStart(item.reportedOn),
    low,
    high,
    unit: derived ? item.unit : (item.value?.unit ?? ''),
    qualifier,
    open: openEnd(qualifier),
    sourceKey: [...item.source].sort().join('+'),
    sourceLabel: shortNames(ds.sources, item.source),
    derived,
    later: date > asOf,
    isNew: since !== null && date > since,
    reportCount: derived ? 1 : (ds.carriedBy.get(item.id)?.length ?? 1),
    context: item.area !== areaId,
  };
}

/**
 * The estimates-over-time charts of an area: one per measure (or shared chart) whose figures
 * were reported on more than one date. Uses every claim, not only those known as of the date,
 * so later figures can be shown greyed.
 * @param ds - the dataset
 * @param areaId - the area; its ancestors' figures are included as context
 * @param asOf - the as-of date (ISO)
 * @param since - figures reported after it are marked new; null for none
 * @returns the charts, in measure order
 */
export function estimatesCharts(
  ds: Pick<Dataset, 'claims' | 'areasById' | 'sources' | 'carriedBy' | 'vocabulary'>,
  areaId: string,
  asOf: string,
  since: string | null = null,
): EstimatesChartModel[] {
  const { own, context } = claimsForArea(ds, areaId);
  const claims = [...own, ...context].filter((claim) => claim.value !== null);
  const sums = relationSums(claims, ds.vocabulary);
  const groups = new Map<string, EstimateMark[]>();
  for (const item of [...claims, ...sums]) {
    const key = chartKey(ds.vocabulary, item.metric);
    groups.set(key, [...(groups.get(key) ?? []), markOf(ds, item, areaId, asOf, since)]);
  }
  const charts: EstimatesChartModel[] = [];
  for (const [key, marks] of groups) {
    if (new Set(marks.map((mark) => mark.date)).size < 2) continue;
    marks.sort((a, b) => a.date.localeCompare(b.date) || a.low - b.low);
    const first = marks[0];
    if (!first) continue;
    const info = measureOf(ds.vocabulary, first.metric);
    charts.push({
      id: `estimates-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      title: info.chart ?? info.label,
      unit: info.unit ?? '',
      marks,
      sources: sourcesOf(ds.sources, marks),
      asOf,
      since,
    });
  }
  const order = (chart: EstimatesChartModel) =>
    Math.min(...chart.marks.map((mark) => measureOf(ds.vocabulary, mark.metric).order));
  return charts.sort((a, b) => order(a) - order(b));
}

function sourcesOf(sources: Sources, marks: readonly EstimateMark[]): EstimateSource[] {
  const list: EstimateSource[] = [];
  const counts = { party: 0, other: 0 };
  for (const mark of marks) {
    if (list.some((source) => source.key === mark.sourceKey)) continue;
    const party = mark.sourceKey.split('+').some((id) => sources.get(id)?.party === true);
    const index = party ? counts.party++ : counts.other++;
    list.push({ key: mark.sourceKey, label: mark.sourceLabel, party, index });
  }
  return list;
}
