/**
 * Where the names of countries, provinces and seas go: inside their shapes. A shape's label sits
 * at the centroid of its largest polygon when that lies inside it, else at a point that surely
 * does. Two anchors are placed by hand (see HAND_ANCHORS) and the seas, which the basemap has
 * no shapes for, are hand-placed points.
 */
import { area, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { interiorPoint } from '../../geo/interiorPoint';
import { pointInArea } from '../../geo/pointInArea';
import { bboxOf } from '../../geo/bboxOf';
import type { BBox } from '../../geo/types';
import type { Basemap } from '../../data/geodata';

export interface AreaLabel {
  id: string;
  text: string;
  kind: 'country' | 'region' | 'sea';
  lng: number;
  lat: number;
  /** Other anchors to try when the first is taken (hand-placed labels only). */
  more?: readonly [number, number][];
  /** The shape's extent: the label is shown only when it fits inside it. Null for seas. */
  bbox: BBox | null;
  minZoom: number;
  maxZoom: number;
}

/**
 * Hand-placed anchors: Russia's own label point lies in Siberia, far out of the theatre, so
 * "Russia" is written in the west of the country, north-east of Kursk (then, if that spot is taken, east of Voronezh or near Moscow). Seas are points
 * in open water, read off the basemap (Black Sea south of Crimea; Sea of Azov mid-sea).
 */
const HAND_ANCHORS: Readonly<Record<string, readonly [number, number][]>> = {
  'country-RUS': [
    [40.0, 53.3],
    [44.0, 50.5],
    [38.0, 55.0],
  ],
};
export const SEA_LABELS: readonly AreaLabel[] = [
  {
    id: 'sea-black',
    text: 'Black Sea',
    kind: 'sea',
    lng: 34.2,
    lat: 43.4,
    bbox: null,
    minZoom: 4,
    maxZoom: 9,
  },
  {
    id: 'sea-azov',
    text: 'Sea of Azov',
    kind: 'sea',
    lng: 36.6,
    lat: 46.1,
    bbox: null,
    minZoom: 5.5,
    maxZoom: 10,
  },
];

/** Short names where Natural Earth's is too long to fit anywhere. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'Autonomous Republic of Crimea': 'Crimea',
};

type Outline = Feature<Polygon | MultiPolygon>;

function anchorOf(feature: Feature<Polygon | MultiPolygon, unknown>): [number, number] {
  const polygons =
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates;
  let largest: Outline = { type: 'Feature', properties: {}, geometry: feature.geometry };
  let largestArea = -1;
  for (const coordinates of polygons) {
    const part: Outline = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const size = area(part);
    if (size > largestArea) [largest, largestArea] = [part, size];
  }
  const [lng = 0, lat = 0] = centroid(largest).geometry.coordinates;
  return pointInArea([lng, lat], largest) ? [lng, lat] : interiorPoint(largest);
}

/**
 * Label anchors of every country and province of the basemap, plus the seas.
 * @param basemap decoded outlines
 * @returns labels, countries first
 */
export function areaLabels(basemap: Basemap): AreaLabel[] {
  const labels: AreaLabel[] = [];
  for (const f of basemap.countries.features) {
    const props = f.properties;
    const id = `country-${props.iso_a3}`;
    const [first = anchorOf(f), ...more] = HAND_ANCHORS[id] ?? [];
    const [lng, lat] = first;
    labels.push({
      id,
      text: props.name,
      kind: 'country',
      lng,
      lat,
      ...(more.length ? { more } : {}),
      bbox: bboxOf(f),
      minZoom: 3,
      maxZoom: 7.9,
    });
  }
  labels.push(...SEA_LABELS);
  for (const f of basemap.provinces.features) {
    const props = f.properties;
    const [lng, lat] = anchorOf(f);
    labels.push({
      id: `region-${props.code}`,
      text: SHORT_NAMES[props.name] ?? props.name,
      kind: 'region',
      lng,
      lat,
      bbox: bboxOf(f),
      minZoom: 5.5,
      maxZoom: 9.5,
    });
  }
  return labels;
}
