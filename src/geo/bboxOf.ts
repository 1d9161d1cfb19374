import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { BBox } from './types';

/**
 * Bounding box of a feature or a collection, in degrees.
 *
 * @param feature any GeoJSON feature or feature collection
 * @returns `[west, south, east, north]`
 * @example
 * bboxOf(point([36.19, 51.74])); // [36.19, 51.74, 36.19, 51.74]
 */
export function bboxOf(feature: Feature | FeatureCollection): BBox {
  const [west, south, east, north] = bbox(feature);
  return [west, south, east, north];
}
