import { circle } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { LngLat } from './types';

/**
 * A geodesic circle of `radiusKm` around a position, as a polygon: the uncertainty ring drawn
 * around a place whose location is approximate.
 *
 * @param center `[lng, lat]`
 * @param radiusKm radius in km (> 0)
 * @param steps vertices of the ring (default 64)
 * @returns a Polygon feature
 * @example
 * circleAround([37.32139, 47.20533], 5); // 5 km ring around Nikolske
 */
export function circleAround(center: LngLat, radiusKm: number, steps = 64): Feature<Polygon> {
  if (!(radiusKm > 0)) throw new RangeError(`radiusKm must be > 0, got ${radiusKm}`);
  return circle(center, radiusKm, { units: 'kilometers', steps });
}
