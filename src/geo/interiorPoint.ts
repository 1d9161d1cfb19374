import { pointOnFeature } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import type { AreaGeometry, LngLat } from './types';

/**
 * A position guaranteed to lie inside an outline (unlike the centroid of a crescent or of
 * several islands), or the point itself for a Point feature.
 *
 * @param feature a Polygon, MultiPolygon or Point feature
 * @returns `[lng, lat]` inside the feature
 * @example
 * interiorPoint(kurskOblast); // a position inside Kursk Oblast
 */
export function interiorPoint(feature: Feature<AreaGeometry | Point>): LngLat {
  const [lng = NaN, lat = NaN] = pointOnFeature(feature).geometry.coordinates;
  return [lng, lat];
}
