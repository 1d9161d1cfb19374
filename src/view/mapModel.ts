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
import { areaFeature, placesCollection, type Area, type Basemap } from '../data/geodata';
import type { SearchEntry } from '../data/search';
import { formatQualified } from '../ui/format';
import { areaFigures } from './figures';
import { currentPicture, pictureLabel } from './currentPicture';
import type { MapArea, MapPlace, MapRoute, MapUncertainty } from './mapTypes';

/** Places drawn on the map: the report's settlements (alternative homonyms are search-only). */
export const REPORT_PLACE_IDS = ['kursk-city', 'donetsk-city', 'nikolske'] as const;

function placeCoordinates(id: string): LngLat | null {
  const feature = placesCollection.features.find((f) => f.properties.id === id);
  return feature ? (feature.geometry.coordinates as LngLat) : null;
}

/** Region areas (oblasts) with outlines, labelled with their current picture as of a date. */
export function mapAreas(ds: Dataset, basemap: Basemap, asOf: string): MapArea[] {
  return ds.areas
    .filter((area) => area.kind === 'region')
    .map((area) => {
      const feature = areaFeature(area, basemap) as Feature<Polygon | MultiPolygon>;
      return {
        id: area.id,
        name: area.name,
        feature,
        headline: pictureLabel(currentPicture(ds, area.id, asOf)),
      };
    });
}

/** The report's places; a place standing for an area (Nikolske) selects that area. */
export function mapPlaces(ds: Dataset): MapPlace[] {
  return REPORT_PLACE_IDS.flatMap((id) => {
    const feature = placesCollection.features.find((f) => f.properties.id === id);
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
    const center = placeCoordinates(area.geometry.place);
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

/** The deployment route Pyongyang → Kursk as a great circle, with the troop figures. */
export function mapRoute(ds: Dataset, asOf: string): MapRoute | null {
  const from = placeCoordinates('pyongyang');
  const to = placeCoordinates('kursk-city');
  if (!from || !to) return null;
  const troops = areaFigures(ds, 'russia', asOf).filter(
    (f) => f.value && (f.metric === 'troops-present' || f.metric === 'troops-additional'),
  );
  const parts = troops.map(
    (figure) =>
      `${figure.value ? formatQualified(figure.value) : ''} ${figure.metricLabel.toLowerCase()}`,
  );
  const line = greatCircleRoute(from, to, 256);
  const coordinates = line.geometry.coordinates;
  // About 170 km short of Kursk on a ~6,700 km route: east of the oblasts in the theatre
  // view, so the label (drawn to the right of this point) covers neither area.
  const labelAt = coordinates[Math.floor(coordinates.length * 0.975)] ?? to;
  return {
    line,
    labelAt: [labelAt[0] ?? to[0], labelAt[1] ?? to[1]],
    label: ['Deployment route: North Korea → Kursk', ...parts],
  };
}

/** Bounding box [west, south, east, north] of an area, for zooming to it. */
export function areaBbox(area: Area, basemap: Basemap): BBox {
  const feature = areaFeature(area, basemap);
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

const COUNTRY_NAME: Record<string, string> = {
  RU: 'Russia',
  UA: 'Ukraine',
  KP: 'North Korea',
  KR: 'South Korea',
};

/** The search gazetteer: areas of the report first, then GeoNames places. */
export function searchEntries(ds: Dataset): SearchEntry[] {
  const areaEntries: SearchEntry[] = ds.areas.map((area) => {
    const parent = area.parent ? ds.areasById.get(area.parent) : undefined;
    const kind =
      area.kind === 'region' ? 'Region' : area.kind === 'settlement' ? 'Village' : 'Country';
    const where = [parent?.kind === 'region' ? parent.name : null, COUNTRY_NAME[area.country]];
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
  const placeEntries: SearchEntry[] = placesCollection.features
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
        detail: `${kind} · ${p.admin1} · ${COUNTRY_NAME[p.country] ?? p.country}`,
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
export function placePosition(id: string): LngLat | null {
  return placeCoordinates(id);
}
