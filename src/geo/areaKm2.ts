import { area } from '@turf/turf';
import type { Feature } from 'geojson';
import type { AreaGeometry } from './types';

/**
 * Geodesic area of a polygon outline, in square kilometres.
 *
 * @param feature a Polygon or MultiPolygon feature (holes are subtracted)
 * @returns the area in km²
 * @example
 * areaKm2(kurskOblast); // ≈ 30013
 */
export function areaKm2(feature: Feature<AreaGeometry>): number {
  return area(feature) / 1_000_000;
}
