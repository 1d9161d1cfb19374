/**
 * Resolves the dataset into what the panels show: names for ids, formatted values and dates.
 * Pure functions of (dataset, as-of date, area); the app memoises them.
 */
import type { Claim, SitrepEvent } from '../data/schema';
import { measureOf } from '../data/vocabulary';
import { ancestorIds, type Dataset } from '../data/dataset';
import { areaClaimsAsOf, areaCountAsOf, areaHasClaims } from '../data/areaIndex';
import type { Area } from '../data/geodata';
import { formatQualified } from '../ui/format';
import { aboutRef, formatShortAbout } from './aboutDate';
import { formatDateRef } from './dateRef';
import { currentPicture } from './currentPicture';
import type { AreaSummary, ChartView, EventView, FigureView } from './model';
import { carriersOf } from './carriers';
import { cachedFigureView } from './figureCache';

const KIND_LABEL: Record<Area['kind'], string> = {
  region: 'Region',
  settlement: 'Settlement',
  country: 'Country',
};

export { formatDateRef } from './dateRef';

/** Outlet name by outlet source id, per dataset (a lookup, not a search of every report). */
const outletNames = new WeakMap<Dataset, Map<string, string>>();

function outletName(ds: Dataset, sourceId: string): string | undefined {
  let names = outletNames.get(ds);
  if (!names) {
    names = new Map();
    for (const report of ds.reports) {
      if (report.outletSource && !names.has(report.outletSource)) {
        names.set(report.outletSource, report.outlet);
      }
    }
    outletNames.set(ds, names);
  }
  return names.get(sourceId);
}

function sourceNames(ds: Dataset, ids: readonly string[], short = false): string[] {
  return ids.map((id) => {
    const source = ds.sources.get(id);
    if (!source) return id;
    if (source.kind === 'outlet') return outletName(ds, id) ?? source.name;
    return short ? source.shortName : source.name;
  });
}

/**
 * One claim as the panels show it.
 * @param ds the dataset
 * @param claim the claim
 * @param forArea the area whose panel shows it (context when the claim is an ancestor's)
 */
export function figureView(ds: Dataset, claim: Claim, forArea: string | null = null): FigureView {
  return cachedFigureView(ds, claim, forArea !== null && claim.area !== forArea, buildFigureView);
}

function buildFigureView(ds: Dataset, claim: Claim, forArea: string | null): FigureView {
  const metric = measureOf(ds.vocabulary, claim.metric);
  const area = ds.areasById.get(claim.area);
  const report = ds.reportsById.get(claim.report);
  return {
    id: claim.id,
    metric: claim.metric,
    metricLabel: metric.label,
    areaId: claim.area,
    areaName: area?.name ?? claim.area,
    context: forArea !== null && claim.area !== forArea,
    value: claim.value,
    valueText: claim.value ? formatQualified(claim.value) : (claim.statement ?? metric.label),
    statement: claim.statement ?? null,
    sources: sourceNames(ds, claim.source),
    sourcesShort: sourceNames(ds, claim.source, true),
    chain: sourceNames(ds, claim.via),
    reportedOn: claim.reportedOn.end,
    reportedOnText: formatDateRef(claim.reportedOn),
    refersToText: formatDateRef(claim.refersTo),
    aboutOn: aboutRef(claim).end,
    aboutShort: formatShortAbout(aboutRef(claim)),
    grade: `${claim.grade.source}${claim.grade.info}`,
    gradeReason: claim.grade.reason,
    quote: claim.quote,
    note: claim.note,
    report: {
      title: report?.title ?? claim.report,
      outlet: report?.outlet ?? '',
      published: report?.published ?? '',
      dateline: report?.dateline ?? '',
      language: report?.language ?? '',
    },
    carriers: carriersOf(ds, claim.id),
    quotesVerified: (report?.text ?? null) !== null,
  };
}

/** Orders figures by metric order, then by data order. */
function byMetricOrder(ds: Dataset): (a: FigureView, b: FigureView) => number {
  return (a, b) =>
    measureOf(ds.vocabulary, a.metric).order - measureOf(ds.vocabulary, b.metric).order;
}

/**
 * The figures known as of a date, for one area (own first, then ancestors' as context).
 * `withContext: false` leaves the ancestors' out (summaries and map labels use own figures).
 */
export function areaFigures(
  ds: Dataset,
  areaId: string,
  asOf: string,
  withContext = true,
): FigureView[] {
  // As claimsForArea(ds, areaId, claimsAsOf(ds.asOfIndex, asOf)), from per-area indexes.
  const own = areaClaimsAsOf(ds, areaId, asOf);
  const context = withContext
    ? ancestorIds(ds.areasById, areaId).flatMap((id) => areaClaimsAsOf(ds, id, asOf))
    : [];
  return [
    ...own.map((claim) => figureView(ds, claim, areaId)).sort(byMetricOrder(ds)),
    ...context.map((claim) => figureView(ds, claim, areaId)).sort(byMetricOrder(ds)),
  ];
}

/** Metrics with figures from more than one source, as charts on a shared axis. */
export function comparisonCharts(figures: readonly FigureView[]): ChartView[] {
  const byUnit = new Map<string, FigureView[]>();
  for (const figure of figures) {
    if (!figure.value) continue;
    const key = figure.value.unit;
    byUnit.set(key, [...(byUnit.get(key) ?? []), figure]);
  }
  const charts: ChartView[] = [];
  for (const [unit, group] of byUnit) {
    if (group.length < 2) continue;
    charts.push({
      id: `unit-${unit}`,
      title: group
        .map((figure) => figure.metricLabel)
        .filter(unique)
        .join(' · '),
      unit,
      rows: group.map((figure) => ({
        id: figure.id,
        label: figure.sourcesShort.join(' + '),
        low: figure.value?.low ?? 0,
        high: figure.value?.high ?? 0,
        qualifier: figure.value?.qualifier ?? '',
        valueText: `${figure.valueText} (${figure.metricLabel.toLowerCase()})`,
        shortValue: figure.valueText,
        derived: false,
      })),
    });
  }
  return charts;
}

function unique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}

/**
 * Every area that has claims, with its current picture as of a date (the overview's cards):
 * per-area indexes and binary searches, no list of every figure of an area per date.
 */
export function areaSummaries(ds: Dataset, asOf: string): AreaSummary[] {
  return ds.areas
    .filter((area) => areaHasClaims(ds, area.id))
    .map((area) => {
      return {
        id: area.id,
        name: area.name,
        kindLabel: KIND_LABEL[area.kind],
        picture: currentPicture(ds, area.id, asOf),
        figureCount: areaCountAsOf(ds, area.id, asOf),
      };
    });
}

/** Every event as the timeline shows it, oldest first. */
export function eventViews(ds: Dataset): EventView[] {
  return [...ds.events]
    .sort((a: SitrepEvent, b: SitrepEvent) =>
      (a.date.start ?? a.date.end).localeCompare(b.date.start ?? b.date.end),
    )
    .map((event) => ({
      id: event.id,
      date: event.date.start ?? event.date.end,
      end: event.date.end,
      precision: event.date.precision,
      dateText: formatDateRef(event.date),
      title: event.title,
      areaId: event.area,
      areaName: ds.areasById.get(event.area)?.name ?? event.area,
      sources: sourceNames(ds, event.sources),
    }));
}

/** Area kind label for panels. */
export function kindLabel(area: Area): string {
  return KIND_LABEL[area.kind];
}
