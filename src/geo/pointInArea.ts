import { booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import type { AreaGeometry, LngLat } from './types';

/**
 * Whether a position lies inside (or on the border of) a Polygon or MultiPolygon outline.
 *
 * @param point the position `[lng, lat]`
 * @param feature the outline
 * @returns true when inside or on the boundary
 * @example
 * pointInArea([36.19, 51.74], kurskOblast); // true
 */
export function pointInArea(point: LngLat, feature: Feature<AreaGeometry>): boolean {
  return booleanPointInPolygon(point, feature);
}
