import { bboxClip } from '@turf/turf';
import type { Feature, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import type { BBox } from './types';

/**
 * An outline cut to a box (turf's bboxClip), or null when nothing of it is inside.
 * @param feature - a polygon or multipolygon
 * @param box - [west, south, east, north]
 * @returns the part inside the box
 */
export function clipToBox<P extends GeoJsonProperties>(
  feature: Feature<Polygon | MultiPolygon, P>,
  box: BBox,
): Feature<Polygon | MultiPolygon, P> | null {
  const clipped = bboxClip(feature, box) as Feature<Polygon | MultiPolygon, P>;
  const g = clipped.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return rings.some((ring) => ring.length >= 4) ? clipped : null;
}
