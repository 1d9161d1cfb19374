/**
 * The `map=<zoom>/<lat>/<lng>` value, OpenStreetMap's convention, with coordinates
 * rounded to the precision the zoom needs.
 */
import { MAX_LATITUDE as MERCATOR_MAX_LATITUDE } from '../../geo/types.ts';
import type { MapViewport } from '../viewState.ts';
import type { FieldResult } from './fieldResult.ts';

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 18;
/**
 * The Web Mercator limit cut to 4 decimals (85.0511), so that a clamped latitude, once
 * rounded for the link, still reads back as valid.
 */
export const MAX_LATITUDE = Math.floor(MERCATOR_MAX_LATITUDE * 1e4) / 1e4;

/**
 * A plain decimal: optional '-', digits, optional fraction. No '+', no exponent, no
 * 'Infinity'/'NaN', no spaces, no hex: `Number()` would accept several of those.
 */
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,15})?$/;
const ZOOM = /^\d{1,2}(?:\.\d{1,15})?$/;

/**
 * Decimals a coordinate needs at a zoom: OpenStreetMap's rule
 * `ceil(log10(2^(zoom + 8) / 180))` (one pixel of a 256-pixel tile), but never fewer than
 * 4 (about 11 m; a shared view reopens within 1e-4°) and never more than 6.
 * @param zoom - map zoom
 * @returns number of decimals, 4–6 (5 from zoom ≈ 12.8, 6 from zoom ≈ 16.1)
 */
export function coordinateDecimals(zoom: number): number {
  const osm = Math.ceil(Math.log10(2 ** (zoom + 8) / 180));
  return Math.min(6, Math.max(4, osm));
}

/**
 * Rounds to a number of decimals; never returns -0.
 * @param value - a finite number
 * @param decimals - 0–6
 * @returns the nearest number with at most that many decimals
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

/**
 * Wraps a longitude into [-180, 180) (Leaflet reports e.g. 190 after panning east past
 * the antimeridian).
 * @param lng - degrees, finite
 * @returns the same meridian in [-180, 180)
 */
export function wrapLongitude(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/**
 * Brings a viewport into link form: zoom clamped to 2–18 and rounded to one decimal,
 * latitude clamped to ±85.0511, longitude wrapped; both rounded for the zoom.
 * @param view - any viewport
 * @returns the rounded viewport, or null when a number is not finite
 */
export function normalizeViewport(view: MapViewport): MapViewport | null {
  const { zoom, lat, lng } = view;
  if (!Number.isFinite(zoom) || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const z = roundTo(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)), 1);
  const decimals = coordinateDecimals(z);
  const clampedLat = Math.min(MAX_LATITUDE, Math.max(-MAX_LATITUDE, lat));
  let roundedLng = roundTo(wrapLongitude(lng), decimals);
  if (roundedLng === 180) roundedLng = -180; // rounding can reach 180 from below
  return { zoom: z, lat: roundTo(clampedLat, decimals), lng: roundedLng };
}

/**
 * Tells whether a viewport is already in link form (what `normalizeViewport` returns).
 * @param view - a viewport
 * @returns true when encoding and parsing it gives it back exactly
 */
export function isNormalizedViewport(view: MapViewport): boolean {
  const normal = normalizeViewport(view);
  return (
    normal !== null &&
    Object.is(normal.zoom, view.zoom) &&
    Object.is(normal.lat, view.lat) &&
    Object.is(normal.lng, view.lng)
  );
}

/**
 * Writes a viewport as `zoom/lat/lng`, e.g. `6/49.5000/36.5000`.
 * @param view - a viewport (normalised first)
 * @returns the link value, or null for a viewport with non-finite numbers
 */
export function encodeViewport(view: MapViewport): string | null {
  const normal = normalizeViewport(view);
  if (normal === null) return null;
  const decimals = coordinateDecimals(normal.zoom);
  const zoom = Number.isInteger(normal.zoom) ? String(normal.zoom) : normal.zoom.toFixed(1);
  return `${zoom}/${normal.lat.toFixed(decimals)}/${normal.lng.toFixed(decimals)}`;
}

/**
 * Reads `zoom/lat/lng`. Zoom outside 2–18 or latitude beyond ±85.0511 is rejected;
 * longitude is wrapped into [-180, 180); extra decimals are rounded away.
 * @param raw - the decoded value of `map=`
 * @returns the viewport, or the reason it was rejected
 */
export function parseViewport(raw: string): FieldResult<MapViewport> {
  const parts = raw.split('/');
  if (parts.length !== 3) return { ok: false, reason: 'expected zoom/lat/lng' };
  const [zoomText = '', latText = '', lngText = ''] = parts;
  if (!ZOOM.test(zoomText)) return { ok: false, reason: 'zoom is not a number' };
  if (!DECIMAL.test(latText)) return { ok: false, reason: 'latitude is not a number' };
  if (!DECIMAL.test(lngText)) return { ok: false, reason: 'longitude is not a number' };
  const zoom = roundTo(Number(zoomText), 1);
  const lat = Number(latText);
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    return { ok: false, reason: `zoom outside ${MIN_ZOOM}–${MAX_ZOOM}` };
  }
  if (Math.abs(lat) > MAX_LATITUDE) {
    return { ok: false, reason: `latitude outside ±${MAX_LATITUDE}` };
  }
  const view = normalizeViewport({ zoom, lat, lng: Number(lngText) });
  return view === null ? { ok: false, reason: 'not a finite number' } : { ok: true, value: view };
}
