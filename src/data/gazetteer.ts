/**
 * The settlements gazetteer (geodata/gazetteer.json, built by `npm run geodata` from GeoNames
 * cities500, CC BY 4.0): every populated place of 500 people or more, or an admin seat, in the
 * basemap's provinces. It is a same-origin asset fetched after the first map, never bundled.
 * A malformed row is left out and named; the rest still loads.
 */
import gazetteerUrl from '@geodata/gazetteer.json?url';

export interface GazetteerPlace {
  geonamesId: number;
  /** English (GeoNames' Latin name, soft-sign apostrophes dropped). */
  name: string;
  /** Ukrainian and Russian names, '' where GeoNames has none we could tell apart. */
  uk: string;
  ru: string;
  lng: number;
  lat: number;
  /** 0 when GeoNames gives none. */
  population: number;
  /** Labelled from this zoom on (5 capitals and oblast seats … 10 everything). */
  minZoom: number;
  /** ISO 3166-2 code of the province, e.g. UA-14. */
  region: string;
  /** "Donetsk Oblast", "Krasnodar Krai", "Kyiv City". */
  regionName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Other spellings (Latin, Cyrillic, Hangul) that search reads. */
  alternates: readonly string[];
}

export interface Gazetteer {
  places: readonly GazetteerPlace[];
  /** Rows left out, in words. */
  problems: readonly string[];
}

/** The hashed URL of the asset. */
export const GAZETTEER_URL: string = gazetteerUrl;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function parseRow(row: unknown, regions: Record<string, unknown>): GazetteerPlace | string {
  if (!Array.isArray(row) || row.length !== 10) return 'not a row of 10 columns';
  const [id, name, uk, ru, lng, lat, population, minZoom, region, alternates] = row as unknown[];
  if (!isNumber(id) || !Number.isInteger(id) || id <= 0)
    return 'geonamesId is not a positive integer';
  if (!isText(name) || !name.trim()) return `${id}: no name`;
  if (!isText(uk) || !isText(ru)) return `${id}: uk/ru names must be text`;
  if (!isNumber(lng) || !isNumber(lat) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    return `${id}: coordinates out of range`;
  }
  if (!isNumber(population) || population < 0) return `${id}: population must be ≥ 0`;
  if (!isNumber(minZoom) || minZoom < 0 || minZoom > 18) return `${id}: minZoom out of range`;
  const info = isText(region) ? regions[region] : undefined;
  if (!isText(region) || !isRecord(info) || !isText(info.name)) return `${id}: unknown region`;
  if (!isText(info.country) || !/^[A-Z]{2}$/.test(info.country)) {
    return `${id}: country must be an ISO 3166-1 alpha-2 code`;
  }
  if (!Array.isArray(alternates) || !alternates.every(isText)) {
    return `${id}: alternates must be a list of names`;
  }
  return {
    geonamesId: id,
    name,
    uk,
    ru,
    lng,
    lat,
    population,
    minZoom,
    region,
    regionName: info.name,
    country: info.country,
    alternates,
  };
}

/**
 * Validate the gazetteer file; bad rows are left out and listed, never fatal.
 * @param raw the parsed JSON
 * @returns the places and the problems found
 * @throws Error when the file has no places list or regions table at all
 */
export function parseGazetteer(raw: unknown): Gazetteer {
  if (!isRecord(raw) || !Array.isArray(raw.places) || !isRecord(raw.regions)) {
    throw new Error('gazetteer: expected { regions: {…}, places: […] }');
  }
  const regions = raw.regions;
  const places: GazetteerPlace[] = [];
  const problems: string[] = [];
  for (const [index, row] of raw.places.entries()) {
    const parsed = parseRow(row, regions);
    if (typeof parsed === 'string') problems.push(`gazetteer row ${index}: ${parsed}`);
    else places.push(parsed);
  }
  return { places, problems };
}

/**
 * Fetch and validate the gazetteer asset.
 * @param signal optional abort signal
 * @returns the gazetteer
 */
export async function loadGazetteer(signal?: AbortSignal): Promise<Gazetteer> {
  const response = await fetch(GAZETTEER_URL, signal ? { signal } : {});
  if (!response.ok) throw new Error(`gazetteer: ${GAZETTEER_URL} answered ${response.status}`);
  return parseGazetteer(await response.json());
}
