import { claimsForArea, type Dataset } from '../data/dataset';
import {
  casualtyCrossCheck,
  placeDistanceKm,
  type DerivedFigure,
  type PlaceFeature,
} from '../data/derived';
import { placesCollection } from '../data/geodata';
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

function place(id: string): PlaceFeature | null {
  const feature = placesCollection.features.find((f) => f.properties.id === id);
  return feature ? (feature as unknown as PlaceFeature) : null;
}

/** Reported casualty totals beside derived ones, on one axis. */
function casualtyChart(reported: FigureView[], derived: DerivedFigure[]): ChartView | null {
  if (reported.length + derived.length < 2) return null;
  return {
    id: 'casualties-compared',
    title: 'Casualties: reported count vs derived estimates (people)',
    unit: 'people',
    rows: [
      ...reported.map((figure) => ({
        id: figure.id,
        label: figure.sourcesShort.join(' + '),
        low: figure.value?.low ?? 0,
        high: figure.value?.high ?? 0,
        qualifier: figure.value?.qualifier ?? '',
        valueText: `${figure.valueText} killed or wounded (reported)`,
        shortValue: figure.valueText,
        derived: false,
      })),
      ...derived.map((figure) => ({
        id: figure.id,
        label: figure.id.startsWith('implied') ? 'ISW rate × days' : 'Share × force',
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
    const p = placesCollection.features.find((f) => f.properties.id === id)?.properties;
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
  const check = casualtyCrossCheck([...own, ...context], asOf < latestReport ? asOf : latestReport);
  const derived: DerivedFigure[] = [
    ...check.derived,
    ...relationSums([...own, ...context], ds.vocabulary),
  ];
  const pyongyang = place('pyongyang');
  const kurskCity = place('kursk-city');
  if (areaId === 'kursk' && pyongyang && kurskCity)
    derived.push(placeDistanceKm(pyongyang, kurskCity));
  const reported = check.reported.map((claim) => figureView(ds, claim, areaId));
  const casualties = casualtyChart(reported, check.derived);
  const charts = [...(casualties ? [casualties] : []), ...comparisonCharts(figures)];
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
