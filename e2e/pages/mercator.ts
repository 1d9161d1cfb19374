/**
 * Web Mercator arithmetic for reading the map from outside, without asking the app: a link's
 * `map=zoom/lat/lng` is the map's centre and zoom (OpenStreetMap's convention), so with the
 * map container's size it fixes where every latitude/longitude is drawn.
 */

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

const TILE_SIZE = 256;

/**
 * Projects a position to world pixels at a zoom (Leaflet's EPSG:3857 with 256 px tiles).
 * @param lat latitude in degrees
 * @param lng longitude in degrees
 * @param zoom map zoom
 * @returns pixel coordinates in the whole world's square
 */
export function worldPixel(lat: number, lng: number, zoom: number): ScreenPoint {
  const size = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/**
 * Where a position is drawn inside a map container showing `view`.
 * @param view the map's centre and zoom
 * @param container the container's size in CSS pixels
 * @param lat latitude in degrees
 * @param lng longitude in degrees
 * @returns offset from the container's top-left corner in CSS pixels
 */
export function containerPoint(
  view: MapView,
  container: { width: number; height: number },
  lat: number,
  lng: number,
): ScreenPoint {
  const centre = worldPixel(view.lat, view.lng, view.zoom);
  const point = worldPixel(lat, lng, view.zoom);
  return {
    x: container.width / 2 + (point.x - centre.x),
    y: container.height / 2 + (point.y - centre.y),
  };
}
