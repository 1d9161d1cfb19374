/**
 * Where the names of countries, provinces and seas go: inside their shapes. A shape's label sits
 * at the centroid of its largest polygon when that lies inside it, else at a point that surely
 * does. A province also offers fallback points inside its shape, for when its first spot is
 * taken (see `regionAnchors`). Russia's anchors are placed by hand (see HAND_ANCHORS) and the
 * seas, which the basemap has no shapes for, are hand-placed points.
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
  /** Other anchors to try when the first is taken (hand-placed countries, every region). */
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

function largestPart(feature: Feature<Polygon | MultiPolygon, unknown>): Outline {
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
  return largest;
}

function anchorIn(largest: Outline): [number, number] {
  const [lng = 0, lat = 0] = centroid(largest).geometry.coordinates;
  return pointInArea([lng, lat], largest) ? [lng, lat] : interiorPoint(largest);
}

function anchorOf(feature: Feature<Polygon | MultiPolygon, unknown>): [number, number] {
  return anchorIn(largestPart(feature));
}

/**
 * Where a region's name may go when its first spot is taken (by an area's headline, say):
 * a quarter of the shape's extent south, north, east and west of the first anchor, then the
 * diagonals, keeping only the points inside the shape. A region name moves within its region
 * rather than vanishing.
 */
const REGION_STEPS: readonly (readonly [number, number])[] = [
  [0, -1],
  [0, 1],
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/**
 * A region's anchors: the first (see `anchorOf`), then the fallbacks inside its largest part.
 * @param feature the region's outline
 * @returns the first anchor and the others, in order
 */
export function regionAnchors(
  feature: Feature<Polygon | MultiPolygon, unknown>,
): [[number, number], ...[number, number][]] {
  const largest = largestPart(feature);
  const [lng, lat] = anchorIn(largest);
  const [w, s, e, n] = bboxOf(largest);
  const dx = (e - w) / 4;
  const dy = (n - s) / 4;
  const more = REGION_STEPS.map(([i, j]): [number, number] => [lng + i * dx, lat + j * dy]).filter(
    (point) => pointInArea(point, largest),
  );
  return [[lng, lat], ...more];
}

/**
 * The labels less the names of provinces a report area's own label already names: Kursk Oblast's
 * label (its name and current picture) is not to have a second, small "Kursk" beside it.
 * @param labels from areaLabels
 * @param provinceCodes codes of the provinces whose report area is labelled on the map
 * @returns the labels to draw (the same array when there is nothing to leave out)
 */
export function withoutLabelledProvinces(
  labels: readonly AreaLabel[],
  provinceCodes: ReadonlySet<string>,
): readonly AreaLabel[] {
  if (provinceCodes.size === 0) return labels;
  return labels.filter(
    (label) => label.kind !== 'region' || !provinceCodes.has(label.id.slice(REGION_PREFIX.length)),
  );
}

const REGION_PREFIX = 'region-';

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
    const [[lng, lat], ...more] = regionAnchors(f);
    labels.push({
      id: `${REGION_PREFIX}${props.code}`,
      text: SHORT_NAMES[props.name] ?? props.name,
      kind: 'region',
      lng,
      lat,
      ...(more.length ? { more } : {}),
      bbox: bboxOf(f),
      minZoom: 5.5,
      maxZoom: 9.5,
    });
  }
  return labels;
}
