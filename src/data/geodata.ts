/**
 * Geodata the app draws: the report's areas (geodata/areas.json, hand-curated), the GeoNames
 * places (geodata/places.geojson) and the embedded basemap (geodata/basemap/*.topo.json, built by
 * `npm run geodata`). Areas and places are small and bundled; the basemap is fetched as a Vite
 * asset, beside the app script, so it stays out of the JS bundle.
 *
 * No zod here: the build checks every one of these files (geodataSchema.ts, run by the claims
 * plugin) and fails on any problem, so the dashboard only reads them. A check at load would
 * cost the first map a schema library and its work on every visit, for files that cannot change
 * after the build.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
// `@geodata` is the theatre's folder: geodata/, or the one SITREP_GEODATA names (vite.config.ts).
import areasJson from '@geodata/areas.json';
import placesText from '@geodata/places.geojson?raw';
import theatreJson from '@geodata/theatre.json';
import measuresJson from '@geodata/measures.json';
import countriesUrl from '@geodata/basemap/countries.topo.json?url';
import provincesUrl from '@geodata/basemap/provinces.topo.json?url';
import {
  makeTheatre,
  type PlaceProperties,
  type PlacesCollection,
  type Theatre,
  type TheatreFile,
} from './theatre';
import {
  checkVocabulary,
  EMPTY_VOCABULARY,
  type Vocabulary,
  type VocabularyFile,
} from './vocabulary';

export type { PlaceProperties, PlacesCollection };

export const AREA_KINDS = ['region', 'settlement', 'country'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/**
 * One area of geodata/areas.json (format in geodata/README.md; geodataSchema.ts checks the
 * file, and that this type is its schema's).
 */
export interface Area {
  id: string;
  kind: AreaKind;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  parent: string | null;
  iso3166: string | null;
  names: { en: string; ru: string; uk: string; ko: string };
  aliases: string[];
  geometry:
    | { type: 'province'; code: string }
    | { type: 'country'; iso_a3: string }
    | { type: 'place'; place: string };
  precision: {
    kind: 'exact' | 'approximate';
    radiusKm?: number | undefined;
    reason?: string | undefined;
    alternatives?: string[] | undefined;
  };
}

/** The GeoNames places of the theatre (checked by the build: geodataSchema.ts). */
export const placesCollection = JSON.parse(placesText) as PlacesCollection;

/**
 * The theatre's configuration (geodata/theatre.json) with its places, both checked by the build.
 * @returns the theatre the dataset carries
 */
export function loadTheatre(): Theatre {
  return makeTheatre(theatreJson as unknown as TheatreFile, placesCollection);
}

/**
 * The theatre's measures and units (geodata/measures.json; its shape is checked by the build,
 * here it is only cross-checked, so the dashboard never loads zod for it).
 * @returns the vocabulary (empty, so every claim fails and says so, when the file is invalid)
 */
export function loadVocabulary(): Vocabulary {
  return checkVocabulary(measuresJson as VocabularyFile).vocabulary ?? EMPTY_VOCABULARY;
}

/**
 * The report's areas from the bundled geodata/areas.json (checked by the build).
 * @returns the areas, in file order
 */
export function loadAreas(): Area[] {
  return areasJson.areas as Area[];
}

export interface CountryProperties {
  iso_a3: string;
  name: string;
}
export interface ProvinceProperties {
  code: string;
  name: string;
  country: string;
  name_ru?: string;
  name_uk?: string;
  name_ko?: string;
}
export type Outline = Polygon | MultiPolygon;
export interface Basemap {
  countries: FeatureCollection<Outline, CountryProperties>;
  provinces: FeatureCollection<Outline, ProvinceProperties>;
}

/**
 * Decode one TopoJSON object into outlines (its properties are checked by the build:
 * basemapProblems in geodataSchema.ts).
 */
function outlines<P>(topology: Topology, objectName: string): FeatureCollection<Outline, P> {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`basemap: TopoJSON object '${objectName}' missing`);
  }
  const collection = feature(topology, object as GeometryCollection);
  const features = collection.features.map((f, i): Feature<Outline, P> => {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new Error(`basemap ${objectName}.${i}: geometry ${g.type} is not an outline`);
    }
    return { type: 'Feature', properties: f.properties as P, geometry: g };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Decode the two basemap topologies (synchronous: tests read the files with fs).
 * @param countries parsed countries.topo.json (object `countries`)
 * @param provinces parsed provinces.topo.json (object `provinces`)
 * @returns the outlines as GeoJSON
 */
export function basemapFromTopologies(countries: Topology, provinces: Topology): Basemap {
  return {
    countries: outlines<CountryProperties>(countries, 'countries'),
    provinces: outlines<ProvinceProperties>(provinces, 'provinces'),
  };
}

/** Responses already on their way (the app starts these fetches before this code loads). */
export interface BasemapRequests {
  countries?: Promise<Response>;
  provinces: Promise<Response>;
}

/** The URLs of the two basemap assets (same-origin, hashed by Vite). */
export const BASEMAP_URLS = { countries: countriesUrl, provinces: provincesUrl } as const;

async function readTopology(url: string, pending: Promise<Response>): Promise<Topology> {
  const response = await pending;
  if (!response.ok) throw new Error(`basemap: ${url} answered ${response.status}`);
  return (await response.json()) as Topology;
}

/**
 * Fetch and decode the embedded basemap (same-origin Vite assets, works offline).
 * @param signal optional abort signal
 * @param requests fetches already started (to overlap them with loading this code)
 * @returns country and province outlines
 */
export async function loadBasemap(
  signal?: AbortSignal,
  requests?: BasemapRequests,
): Promise<Basemap> {
  const init = signal ? { signal } : {};
  const [countries, provinces] = await Promise.all([
    readTopology(countriesUrl, requests?.countries ?? fetch(countriesUrl, init)),
    readTopology(provincesUrl, requests?.provinces ?? fetch(provincesUrl, init)),
  ]);
  return basemapFromTopologies(countries, provinces);
}

export interface AreaFeatureProperties {
  areaId: string;
  kind: AreaKind;
  name: string;
}

/**
 * The geometry of an area: its outline for a region or country, its point for a settlement.
 * @param area an area from loadAreas()
 * @param basemap outlines from loadBasemap() or basemapFromTopologies()
 * @param places the places collection (default: the bundled one)
 * @returns a Polygon/MultiPolygon or Point feature with `{ areaId, kind, name }`
 * @throws Error when the area's geometry reference is not in the basemap or places
 */
export function areaFeature(
  area: Area,
  basemap: Basemap,
  places: PlacesCollection = placesCollection,
): Feature<Outline | Point, AreaFeatureProperties> {
  const properties = { areaId: area.id, kind: area.kind, name: area.name };
  const ref = area.geometry;
  const geometry =
    ref.type === 'province'
      ? basemap.provinces.features.find((f) => f.properties.code === ref.code)?.geometry
      : ref.type === 'country'
        ? basemap.countries.features.find((f) => f.properties.iso_a3 === ref.iso_a3)?.geometry
        : places.features.find((f) => f.properties.id === ref.place)?.geometry;
  if (!geometry) throw new Error(`area '${area.id}': ${JSON.stringify(ref)} not found`);
  return { type: 'Feature', id: area.id, properties, geometry };
}
