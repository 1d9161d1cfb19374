import L from 'leaflet';
import type { AnnotationGeometry, Position2 } from '../../state/annotations/types';

const toPosition = (latLng: L.LatLng): Position2 => [latLng.lng, latLng.lat];

/**
 * Reads the geometry of a drawn or edited Leaflet layer, `[lng, lat]` order, not yet rounded.
 * @param layer - a CircleMarker/Marker (point), Polyline (line) or Polygon
 * @returns the geometry, or null for anything else (a polygon's holes are dropped)
 */
export function geometryOfLayer(layer: L.Layer): AnnotationGeometry | null {
  if (layer instanceof L.CircleMarker || layer instanceof L.Marker) {
    return { type: 'Point', coordinates: toPosition(layer.getLatLng()) };
  }
  if (layer instanceof L.Polygon) {
    const rings = layer.getLatLngs() as L.LatLng[][];
    const outer = (rings[0] ?? []).map(toPosition);
    const first = outer[0];
    if (!first || outer.length < 3) return null;
    return { type: 'Polygon', coordinates: [[...outer, [first[0], first[1]]]] };
  }
  if (layer instanceof L.Polyline) {
    const line = (layer.getLatLngs() as L.LatLng[]).map(toPosition);
    return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
  }
  return null;
}

/** `[lng, lat]` → Leaflet's `[lat, lng]` (the one place annotations switch order). */
export const latLngOf = ([lng, lat]: Position2): L.LatLngTuple => [lat, lng];
