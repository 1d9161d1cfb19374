import { greatCircle } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import type { LngLat } from './types';

/**
 * The shortest path on the globe between two positions, as a line of `npoints` vertices.
 * Gotcha: turf returns a MultiLineString when the path crosses the antimeridian; the theatre's
 * routes never do, so that case is reported as an error rather than silently mis-drawn.
 *
 * @param from start `[lng, lat]`
 * @param to end `[lng, lat]`
 * @param npoints number of vertices, ends included (at least 2)
 * @returns a LineString feature from `from` to `to`
 * @example
 * greatCircleRoute([125.75, 39.03], [36.19, 51.74], 64).geometry.coordinates.length; // 64
 */
export function greatCircleRoute(from: LngLat, to: LngLat, npoints: number): Feature<LineString> {
  if (!Number.isInteger(npoints) || npoints < 2) {
    throw new RangeError(`npoints must be an integer ≥ 2, got ${npoints}`);
  }
  const line = greatCircle(from, to, { npoints });
  if (line.geometry.type !== 'LineString') {
    throw new RangeError('great circle crosses the antimeridian; split the route first');
  }
  return { type: 'Feature', properties: {}, geometry: line.geometry };
}
