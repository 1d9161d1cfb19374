import type { MultiPolygon, Polygon } from 'geojson';

/** A position as GeoJSON orders it: `[longitude, latitude]` in degrees. */
export type LngLat = [lng: number, lat: number];

/** Outlines that have an area: a region or a country. */
export type AreaGeometry = Polygon | MultiPolygon;
