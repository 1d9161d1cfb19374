import { distance } from '@turf/turf';
import type { LngLat } from './types';

/**
 * Great-circle (haversine) distance between two positions, in kilometres.
 *
 * @param from start `[lng, lat]`
 * @param to end `[lng, lat]`
 * @returns the distance in km
 * @example
 * distanceKm([125.75432, 39.03385], [36.18735, 51.73733]); // Pyongyang → Kursk ≈ 6,685
 */
export function distanceKm(from: LngLat, to: LngLat): number {
  return distance(from, to, { units: 'kilometers' });
}
