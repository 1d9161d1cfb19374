/**
 * Turns the dataset and the basemap into what the map layers draw: area outlines with their
 * headline figure, the report's places, the deployment route and uncertainty rings.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { circleAround } from '../geo/circleAround';
import { greatCircleRoute } from '../geo/greatCircleRoute';
import { bboxOf } from '../geo/bboxOf';
import type { BBox, LngLat } from '../geo/types';
import type { Dataset } from '../data/dataset';
import { areaFeature, type Area, type Basemap } from '../data/geodata';
import { placeLngLat, type RouteSpec } from '../data/theatre';
import type { SearchEntry } from '../data/search';
import { formatQualified } from '../ui/format';
import { areaFigures } from './figures';
import { currentPicture, pictureLabel } from './currentPicture';
import type { MapArea, MapPlace, MapRoute, MapUncertainty } from './mapTypes';
import type { FigureView } from './model';

/**
 * Region areas (oblasts) with outlines, labelled with their current picture as of a date.
 * Without claims (the outlines drawn before the report data is in, in the app script's task)
 * no area has a figure: no picture is worked out.
 */
export function mapAreas(ds: Dataset, basemap: Basemap, asOf: string): MapArea[] {
  const figures = ds.claims.length > 0;
  return ds.areas
    .filter((area) => area.kind === 'region')
    .map((area) => {
      const feature = areaFeature(area, basemap, ds.theatre.places) as Feature<
        Polygon | MultiPolygon
      >;
      return {
        id: area.id,
        name: area.name,
        feature,
        headline: figures ? pictureLabel(currentPicture(ds, area.id, asOf)) : null,
        provinceCode: area.geometry.type === 'province' ? area.geometry.code : null,
      };
    });
}

/**
 * The places the theatre labels (`labelledPlaces`; the others, such as homonyms, are
 * search-only); a place standing for an area (a settlement area) selects that area.
 */
export function mapPlaces(ds: Dataset): MapPlace[] {
  return ds.theatre.labelledPlaces.flatMap((id) => {
    const feature = ds.theatre.placesById.get(id);
    if (!feature) return [];
    const areaId = feature.properties.area ?? null;
    const area = areaId ? ds.areasById.get(areaId) : undefined;
    return [
      {
        id,
        name: feature.properties.name,
        coordinates: feature.geometry.coordinates as [number, number],
        areaId: area ? area.id : null,
        approximate: area?.precision.kind === 'approximate',
      },
    ];
  });
}

/** Uncertainty rings around areas whose location is approximate. */
export function mapUncertainty(ds: Dataset): MapUncertainty[] {
  return ds.areas.flatMap((area) => {
    if (area.precision.kind !== 'approximate' || !area.precision.radiusKm) return [];
    if (area.geometry.type !== 'place') return [];
    const center = placeLngLat(ds.theatre, area.geometry.place);
    if (!center) return [];
    return [
      {
        id: area.id,
        label: `${area.name}: location uncertain by about ${area.precision.radiusKm} km`,
        ring: circleAround(center, area.precision.radiusKm),
      },
    ];
  });
}

/** At most this many figures of one measure on the route's label (those of its latest date). */
const ROUTE_FIGURES_PER_MEASURE = 2;

/**
 * The figures about the latest time among them, then reported last (conflicting figures of
 * that time side by side), at most ROUTE_FIGURES_PER_MEASURE: a label on the map says what is
 * known now — a later report about an earlier time does not displace it — and it stays a few
 * lines however many reports repeat a measure (the panel lists them all).
 */
function latestOf(figures: readonly FigureView[]): FigureView[] {
  const key = (f: FigureView) => `${f.aboutOn}|${f.reportedOn}`;
  const latest = figures.reduce((max, f) => (key(f) > max ? key(f) : max), '');
  return figures.filter((f) => key(f) === latest).slice(0, ROUTE_FIGURES_PER_MEASURE);
}

/**
 * One route of the theatre as a great circle, labelled with its title and the figures it
 * names (e.g. the troops sent along it), as of a date: for each measure the figure about the
 * latest time, with the month of that time (it may be months older than the as-of date).
 */
function mapRouteOf(ds: Dataset, route: RouteSpec, asOf: string): MapRoute | null {
  const from = placeLngLat(ds.theatre, route.from);
  const to = placeLngLat(ds.theatre, route.to);
  if (!from || !to) return null;
  const measures = route.figures?.measures ?? [];
  const figures = route.figures ? areaFigures(ds, route.figures.area, asOf) : [];
  const parts = measures.flatMap((measure) =>
    latestOf(figures.filter((f) => f.value && f.metric === measure)).map(
      (figure) =>
        `${figure.value ? formatQualified(figure.value) : ''} ${figure.metricLabel.toLowerCase()} · ${figure.aboutShort}`,
    ),
  );
  const line = greatCircleRoute(from, to, 256);
  const coordinates = line.geometry.coordinates;
  // `labelAt` is a fraction of the way: near the destination, the label sits in the theatre's
  // view (drawn to the right of this point).
  const at = Math.min(coordinates.length - 1, Math.floor(coordinates.length * route.labelAt));
  const labelAt = coordinates[at] ?? to;
  return {
    id: route.id,
    line,
    labelAt: [labelAt[0] ?? to[0], labelAt[1] ?? to[1]],
    label: [route.title, ...parts],
  };
}

/** The theatre's routes (geodata/theatre.json) as great circles, with their figures. */
export function mapRoutes(ds: Dataset, asOf: string): MapRoute[] {
  return ds.theatre.routes.flatMap((route) => mapRouteOf(ds, route, asOf) ?? []);
}

/** Bounding box [west, south, east, north] of an area, for zooming to it. */
export function areaBbox(ds: Dataset, area: Area, basemap: Basemap): BBox {
  const feature = areaFeature(area, basemap, ds.theatre.places);
  if (feature.geometry.type === 'Point') {
    const [lng, lat] = feature.geometry.coordinates as LngLat;
    const radiusKm = area.precision.radiusKm ?? 3;
    // Room for the ring and some context around it (about zoom 9–10).
    const dLat = Math.max(radiusKm * 5, 25) / 111;
    const dLng = dLat / Math.cos((lat * Math.PI) / 180);
    return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
  }
  return bboxOf(feature);
}

/** The search gazetteer: areas of the report first, then GeoNames places. */
export function searchEntries(ds: Dataset): SearchEntry[] {
  const countryName = (code: string) => ds.theatre.countries[code];
  const areaEntries: SearchEntry[] = ds.areas.map((area) => {
    const parent = area.parent ? ds.areasById.get(area.parent) : undefined;
    const kind =
      area.kind === 'region' ? 'Region' : area.kind === 'settlement' ? 'Village' : 'Country';
    const where = [parent?.kind === 'region' ? parent.name : null, countryName(area.country)];
    return {
      id: area.id,
      kind: 'area',
      label: area.kind === 'region' ? `${area.name}` : area.name,
      detail: [kind, ...where.filter(Boolean)].join(' · ') + ' — in this report',
      names: [...Object.values(area.names), ...area.aliases],
      priority: area.kind === 'country' ? 1 : 0,
    };
  });
  const areaPlaces = new Set(
    ds.areas.flatMap((a) => (a.geometry.type === 'place' ? [a.geometry.place] : [])),
  );
  const placeEntries: SearchEntry[] = ds.theatre.places.features
    .filter((feature) => !areaPlaces.has(feature.properties.id))
    .map((feature) => {
      const p = feature.properties;
      const kind = p.featureCode.startsWith('PPLC')
        ? 'Capital'
        : p.featureCode.startsWith('PPLA')
          ? 'City'
          : 'Settlement';
      return {
        id: p.id,
        kind: 'place',
        label: p.name,
        detail: `${kind} · ${p.admin1} · ${countryName(p.country) ?? p.country}`,
        names: [
          ...Object.values(p.names).filter((n): n is string => typeof n === 'string'),
          ...p.aliases,
        ],
        priority: 2,
      };
    });
  return [...areaEntries, ...placeEntries];
}

/** A place's position for zooming to it from search. */
export function placePosition(ds: Dataset, id: string): LngLat | null {
  return placeLngLat(ds.theatre, id);
}
