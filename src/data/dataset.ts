/**
 * The dataset: every valid report file merged with the areas, plus the lookups the panels
 * use. A file that fails validation is listed in `problems` and left out; the rest keeps
 * working. Claims from different reports are never merged or overwritten: two sources
 * giving the same metric for the same area are two claims, shown side by side.
 *
 * "As of" rule: a claim is known as of date D when `reportedOn.end <= D`, i.e. by D it had
 * certainly been reported. A claim "said in January" appears from 31 January; one "said
 * earlier" (precision 'before') appears from the date of the report that carries it.
 */
import type { Claim, Report, SitrepEvent, Source } from './schema';
import type { MetricId, Unit } from './metrics';
import { measureOf, type Vocabulary } from './vocabulary';
import type { Theatre } from './theatre';
import type { Carrier } from './carries';
import type { AreaShape } from './validate';
import type { Problem } from './problem';
import type { Area } from './geodata';

/** Claims sorted by `reportedOn.end`, for binary search by "as of" date. */
export interface AsOfIndex {
  /** `reportedOn.end` of each claim, ascending, parallel to `claims`. */
  dates: readonly string[];
  claims: readonly Claim[];
}

export interface Dataset<A extends AreaShape = Area> {
  /** Valid reports, by file name (so by published date). */
  reports: Report[];
  reportsById: Map<string, Report>;
  /**
   * Every source of the registry (geodata/sources.json), in its order, then those valid
   * reports define in `newSources`; each id once. `aliases` are the names articles use.
   */
  sources: Map<string, Source>;
  areas: A[];
  areasById: Map<string, A>;
  /** Every claim of every valid report, in file order. */
  claims: Claim[];
  events: SitrepEvent[];
  /** Claims by reportedOn.end, for claimsAsOf. */
  asOfIndex: AsOfIndex;
  /** Files (or features) that failed validation; a failing report file is skipped. */
  problems: Problem[];
  /** The measures, units and relations the claims were checked against. */
  vocabulary: Vocabulary;
  /** Claim id → every report that carried it, the defining one first (see carries.ts). */
  carriedBy: Map<string, Carrier[]>;
  /** The situation's places, routes, cross-checks and view (geodata/theatre.json). */
  theatre: Theatre;
}

/** What a dataset is made of, before its lookup maps and as-of index are built. */
export type DatasetParts<A extends AreaShape> = Omit<
  Dataset<A>,
  'reportsById' | 'areasById' | 'asOfIndex' | 'areas'
> & { areas: readonly A[] };

/**
 * A dataset from its parts: the lookup maps and the as-of index built once, here, whether the
 * reports were validated now (buildDataset) or at build time (shipped shards).
 * @param parts - reports, sources, areas, claims, events, problems, vocabulary, carriers
 * @returns the dataset
 */
export function assembleDataset<A extends AreaShape>(parts: DatasetParts<A>): Dataset<A> {
  const { reports, areas, claims } = parts;
  return {
    ...parts,
    reportsById: new Map(reports.map((report) => [report.id, report])),
    areas: [...areas],
    areasById: new Map(areas.map((area) => [area.id, area])),
    asOfIndex: buildAsOfIndex(claims),
  };
}

/**
 * Sorts claims by the date they had certainly been reported.
 * @param claims - any claims
 * @returns the index claimsAsOf searches
 */
export function buildAsOfIndex(claims: readonly Claim[]): AsOfIndex {
  const sorted = [...claims].sort((a, b) =>
    a.reportedOn.end < b.reportedOn.end ? -1 : a.reportedOn.end > b.reportedOn.end ? 1 : 0,
  );
  return { dates: sorted.map((claim) => claim.reportedOn.end), claims: sorted };
}

/**
 * Claims known as of a date (reportedOn.end ≤ asOf), by binary search: O(log n) plus the copy.
 * @param index - from buildAsOfIndex (or dataset.asOfIndex)
 * @param asOf - ISO date 'YYYY-MM-DD'
 * @returns the claims known by then, oldest first
 */
export function claimsAsOf(index: AsOfIndex, asOf: string): Claim[] {
  return index.claims.slice(0, countAsOf(index, asOf));
}

/**
 * How many claims of an index are known as of a date (reportedOn.end ≤ asOf), by binary
 * search: the length of claimsAsOf's list, without copying it.
 * @param index - from buildAsOfIndex
 * @param asOf - ISO date
 * @returns the count
 */
export function countAsOf(index: AsOfIndex, asOf: string): number {
  let low = 0;
  let high = index.dates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((index.dates[mid] ?? '') <= asOf) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Events whose date had ended by `asOf` (date.end ≤ asOf).
 * @param events - any events
 * @param asOf - ISO date
 * @returns the events, in the given order
 */
export function eventsAsOf(events: readonly SitrepEvent[], asOf: string): SitrepEvent[] {
  return events.filter((event) => event.date.end <= asOf);
}

/**
 * The latest date in the data: the default "as of", at which everything is known.
 * @param ds - the dataset
 * @returns ISO date, or null for an empty dataset
 */
export function latestDate(ds: Pick<Dataset<AreaShape>, 'reports' | 'claims' | 'events'>) {
  let latest: string | null = null;
  const later = (date: string) => {
    if (latest === null || date > latest) latest = date;
  };
  for (const report of ds.reports) later(report.published);
  for (const claim of ds.claims) later(claim.reportedOn.end);
  for (const event of ds.events) later(event.date.end);
  return latest;
}

/** Ids of an area's ancestors, nearest first (kursk → ['russia']). Stops on a cycle. */
export function ancestorIds(areasById: ReadonlyMap<string, AreaShape>, areaId: string): string[] {
  const ids: string[] = [];
  let parent = areasById.get(areaId)?.parent ?? null;
  while (parent !== null && !ids.includes(parent) && parent !== areaId) {
    ids.push(parent);
    parent = areasById.get(parent)?.parent ?? null;
  }
  return ids;
}

/**
 * An area's claims and, as context, the claims of its ancestors (the Kursk panel shows the
 * whole-deployment figures attached to Russia).
 * @param ds - the dataset (or claims and areas)
 * @param areaId - area id
 * @param claims - the claims to pick from; defaults to all (pass claimsAsOf(...) to filter)
 * @returns own claims and ancestor claims (nearest ancestor first), each in data order
 */
export function claimsForArea(
  ds: Pick<Dataset<AreaShape>, 'claims' | 'areasById'>,
  areaId: string,
  claims: readonly Claim[] = ds.claims,
): { own: Claim[]; context: Claim[] } {
  const ancestors = ancestorIds(ds.areasById, areaId);
  const own = claims.filter((claim) => claim.area === areaId);
  const context = ancestors.flatMap((id) => claims.filter((claim) => claim.area === id));
  return { own, context };
}

/** One metric's figures for an area, for the panel's headline. */
export interface HeadlineFigure {
  metric: MetricId;
  label: string;
  unit: Unit | null;
  /** Claims with a value, latest reported first; from the area itself before its ancestors. */
  claims: Claim[];
}

/**
 * The figures (claims with a value) for an area, grouped by metric in metric order.
 * @param ds - the dataset
 * @param areaId - area id
 * @param options - `asOf` limits to claims known by then; `withContext` adds ancestors' claims
 * @returns one group per metric that has figures
 */
export function headlineFigures(
  ds: Pick<Dataset<AreaShape>, 'claims' | 'areasById' | 'asOfIndex' | 'vocabulary'>,
  areaId: string,
  options: { asOf?: string; withContext?: boolean } = {},
): HeadlineFigure[] {
  const info = (metric: MetricId) => measureOf(ds.vocabulary, metric);
  const pool = options.asOf === undefined ? ds.claims : claimsAsOf(ds.asOfIndex, options.asOf);
  const { own, context } = claimsForArea(ds, areaId, pool);
  const chosen = options.withContext ? [...own, ...context] : own;
  const groups = new Map<MetricId, Claim[]>();
  for (const claim of chosen) {
    if (claim.value === null) continue;
    groups.set(claim.metric, [...(groups.get(claim.metric) ?? []), claim]);
  }
  const byLatest = (a: Claim, b: Claim) =>
    Number(b.area === areaId) - Number(a.area === areaId) ||
    (b.reportedOn.end < a.reportedOn.end ? -1 : b.reportedOn.end > a.reportedOn.end ? 1 : 0);
  return [...groups.entries()]
    .sort(([a], [b]) => info(a).order - info(b).order)
    .map(([metric, list]) => ({
      metric,
      label: info(metric).label,
      unit: info(metric).unit,
      claims: [...list].sort(byLatest),
    }));
}
