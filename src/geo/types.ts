import type { MultiPolygon, Polygon } from 'geojson';

/** A position as GeoJSON orders it: `[longitude, latitude]` in degrees. */
export type LngLat = [lng: number, lat: number];

/** Outlines that have an area: a region or a country. */
export type AreaGeometry = Polygon | MultiPolygon;

/** A bounding box `[west, south, east, north]` in degrees. */
export type BBox = [west: number, south: number, east: number, north: number];

/**
 * The latitude limit of Web Mercator (atan(sinh(π)) in degrees): the map shows nothing
 * beyond it, and the link refuses it.
 */
export const MAX_LATITUDE = 85.0511287798;
