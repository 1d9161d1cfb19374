/**
 * Web Mercator (EPSG:3857, Leaflet's default CRS) in world units: x and y in [0, 1] from the
 * top-left of the world, so a point's pixel at zoom z is `unit * 256 * 2^z`. Projecting once
 * into a typed array makes every redraw a multiply and a subtract per point.
 */

import { MAX_LATITUDE } from '../../geo/types';

/**
 * Projects interleaved [lng, lat] pairs to world units.
 * @param lngLat - [lng0, lat0, lng1, lat1, …] in degrees
 * @returns [x0, y0, x1, y1, …] with x, y in [0, 1] (latitude clamped like Leaflet's)
 */
export function projectLngLats(lngLat: ArrayLike<number>): Float64Array {
  const count = lngLat.length >> 1;
  const world = new Float64Array(count * 2);
  const d2r = Math.PI / 180;
  for (let i = 0; i < count; i += 1) {
    const lng = lngLat[2 * i] ?? 0;
    const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lngLat[2 * i + 1] ?? 0));
    const sin = Math.sin(lat * d2r);
    world[2 * i] = (lng + 180) / 360;
    world[2 * i + 1] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  }
  return world;
}

/** Pixels per world unit at a zoom level (256-pixel tiles). */
export function worldScaleAt(zoom: number): number {
  return 256 * 2 ** zoom;
}
