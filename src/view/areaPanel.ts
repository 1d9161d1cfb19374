import { claimsForArea, type Dataset } from '../data/dataset';
import { crossCheck, placeDistanceKm, type CrossCheck, type DerivedFigure } from '../data/derived';
import type { CrossCheckSpec } from '../data/theatre';
import { measureOf } from '../data/vocabulary';
import { formatNumber, formatRange } from '../ui/format';
import { hiddenLater, knownClaims, knownEventIds } from './asOf';
import { areaFigures, comparisonCharts, figureView, kindLabel } from './figures';
import { currentPicture, type CurrentPicture } from './currentPicture';
import { eventsOfArea } from './timeline';
import type {
  AreaPanelModel,
  ChartView,
  DerivedView,
  EventView,
  FigureView,
  LocationNote,
} from './model';
import { relationSums } from '../data/sums';
import { estimatesCharts } from './estimates';

function derivedView(figure: DerivedFigure): DerivedView {
  const value = figure.range
    ? `${formatNumber(Math.round(figure.value))} ${figure.unit} (range ${formatRange(
        Math.round(figure.range.low),
        Math.round(figure.range.high),
        '',
      )})`
    : `${formatNumber(Math.round(figure.value))} ${figure.unit}`;
  return {
    id: figure.id,
    label: figure.label,
    valueText: value,
    method: figure.method,
    inputs: figure.inputs.map((input) => ({
      label: input.label,
      valueText:
        typeof input.value === 'number'
          ? `${formatNumber(input.value)} ${input.unit}`
          : `${input.value}${input.unit === 'date' || input.unit === 'area' ? '' : ` ${input.unit}`}`,
    })),
  };
}

/** A cross-check's reported figures beside its derived ones, on one axis. */
function crossCheckChart(
  spec: CrossCheckSpec,
  reportedLabel: string,
  reported: FigureView[],
  { derived, specs }: CrossCheck,
): ChartView | null {
  if (reported.length + derived.length < 2) return null;
  return {
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    rows: [
      ...reported.map((figure) => ({
        id: figure.id,
        label: figure.sourcesShort.join(' + '),
        low: figure.value?.low ?? 0,
        high: figure.value?.high ?? 0,
        qualifier: figure.value?.qualifier ?? '',
        valueText: `${figure.valueText} ${reportedLabel} (reported)`,
        shortValue: figure.valueText,
        derived: false,
      })),
      ...derived.map((figure, i) => ({
        id: figure.id,
        label: specs[i]?.label ?? figure.label,
        low: Math.round(figure.range?.low ?? figure.value),
        high: Math.round(figure.range?.high ?? figure.value),
        qualifier: '',
        valueText: `${formatNumber(Math.round(figure.value))} (derived: ${figure.label})`,
        shortValue: `≈ ${formatNumber(Math.round(figure.value))} derived`,
        derived: true,
      })),
    ],
  };
}

function locationNote(ds: Dataset, areaId: string): LocationNote | null {
  const area = ds.areasById.get(areaId);
  if (!area || area.precision.kind !== 'approximate') return null;
  const alternatives = (area.precision.alternatives ?? []).map((id) => {
    const p = ds.theatre.placesById.get(id)?.properties;
    return p ? `${p.name} (${p.admin1}, ${p.country})` : id;
  });
  return { approximate: true, text: area.precision.reason ?? '', alternatives };
}

/** The picture with each headline figure reported after the since date marked new. */
function markNewInPicture(picture: CurrentPicture, since: string | null): CurrentPicture {
  if (since === null) return picture;
  return {
    ...picture,
    families: picture.families.map((family) =>
      family.figure && family.figure.reportedOn > since
        ? { ...family, figure: { ...family.figure, newSince: since } }
        : family,
    ),
  };
}

/** The great-circle length of each route the theatre shows in this area's panel. */
function routeDistances(ds: Dataset, areaId: string): DerivedFigure[] {
  return ds.theatre.routes.flatMap((route) => {
    const from = ds.theatre.placesById.get(route.from);
    const to = ds.theatre.placesById.get(route.to);
    if (!from || !to || !route.distanceIn?.includes(areaId)) return [];
    return [placeDistanceKm(from, to)];
  });
}

/** The selected area's panel, as of a date. */
export function areaPanelModel(
  ds: Dataset,
  areaId: string,
  asOf: string,
  events: EventView[],
  since: string | null = null,
): AreaPanelModel | null {
  const area = ds.areasById.get(areaId);
  if (!area) return null;
  const figures = areaFigures(ds, areaId, asOf);
  const { own, context } = claimsForArea(ds, areaId, knownClaims(ds, asOf));
  const latestReport =
    ds.reports
      .map((r) => r.published)
      .sort()
      .at(-1) ?? asOf;
  const claims = [...own, ...context];
  const until = asOf < latestReport ? asOf : latestReport;
  const derived: DerivedFigure[] = [];
  const charts: ChartView[] = [];
  for (const spec of ds.theatre.crossChecks) {
    const check = crossCheck(spec, claims, until);
    derived.push(...check.derived);
    const reported = check.reported.map((claim) => figureView(ds, claim, areaId));
    const label = measureOf(ds.vocabulary, spec.reported).label.toLowerCase();
    const chart = crossCheckChart(spec, label, reported, check);
    if (chart) charts.push(chart);
  }
  derived.push(...relationSums(claims, ds.vocabulary), ...routeDistances(ds, areaId));
  charts.push(...comparisonCharts(figures));
  const knownEvents = knownEventIds(ds.events, asOf);
  return {
    area: { id: area.id, name: area.name, kindLabel: kindLabel(area), codes: area.iso3166 ?? '' },
    location: locationNote(ds, areaId),
    picture: markNewInPicture(currentPicture(ds, areaId, asOf), since),
    figures,
    charts,
    estimates: estimatesCharts(ds, areaId, asOf, since),
    derived: derived.map(derivedView),
    // Events of the area, its parent and its children (Nikolske's in Donetsk's panel), known
    // by the as-of date.
    events: eventsOfArea(ds, events, areaId).filter((event) => knownEvents.has(event.id)),
    hiddenLater: hiddenLater(ds, areaId, asOf),
  };
}
