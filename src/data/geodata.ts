/**
 * Geodata the app draws: the report's areas (geodata/areas.json, hand-curated), the GeoNames
 * places (geodata/places.geojson) and the embedded basemap (geodata/basemap/*.topo.json, built by
 * `npm run geodata`). Areas and places are small and bundled; the basemap is fetched as a Vite
 * asset after first paint so it stays out of the JS bundle.
 */
import './zodConfig';
import { z } from 'zod';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import areasJson from '../../geodata/areas.json';
import placesText from '../../geodata/places.geojson?raw';
import { interiorPoint } from '../geo/interiorPoint';
import { pointInArea } from '../geo/pointInArea';
import countriesUrl from '../../geodata/basemap/countries.topo.json?url';
import provincesUrl from '../../geodata/basemap/provinces.topo.json?url';

const AREAS_FILE = 'geodata/areas.json';
const PLACES_FILE = 'geodata/places.geojson';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id');
const text = z.string().trim().min(1, 'must not be empty');
const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2');
const alpha3 = z.string().regex(/^[A-Z]{3}$/, 'must be ISO 3166-1 alpha-3');
const iso3166_2 = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be ISO 3166-2');

export const AREA_KINDS = ['region', 'settlement', 'country'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

const areaGeometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('province'), code: iso3166_2 }),
  z.strictObject({ type: z.literal('country'), iso_a3: alpha3 }),
  z.strictObject({ type: z.literal('place'), place: id }),
]);

const precisionSchema = z
  .strictObject({
    kind: z.enum(['exact', 'approximate']),
    radiusKm: z.number().positive().max(500).optional(),
    reason: text.optional(),
    alternatives: z.array(id).optional(),
  })
  .refine((p) => p.kind === 'exact' || (p.radiusKm !== undefined && p.reason !== undefined), {
    message: 'an approximate location needs radiusKm and reason',
  });

export const areaSchema = z.strictObject({
  id,
  kind: z.enum(AREA_KINDS),
  name: text,
  country: alpha2,
  parent: id.nullable(),
  iso3166: z.union([alpha2, iso3166_2]).nullable(),
  names: z.strictObject({ en: text, ru: text, uk: text, ko: text }),
  aliases: z.array(text),
  geometry: areaGeometrySchema,
  precision: precisionSchema,
});
export type Area = z.infer<typeof areaSchema>;

export const areasFileSchema = z.strictObject({ areas: z.array(areaSchema).min(1) });

export const placePropertiesSchema = z.strictObject({
  id,
  name: text,
  names: z.strictObject({ en: text, ru: text, uk: text.optional(), ko: text.optional() }),
  aliases: z.array(text),
  country: alpha2,
  admin1: text,
  geonamesId: z.number().int().positive(),
  featureCode: z.string().regex(/^[A-Z0-9]{2,6}$/),
  population: z.number().int().positive().optional(),
  area: id.nullable(),
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const placesFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      id,
      properties: placePropertiesSchema,
      geometry: z.strictObject({ type: z.literal('Point'), coordinates: lngLat }),
    }),
  ),
});
export type PlacesCollection = FeatureCollection<Point, PlaceProperties>;

/** Turn a zod failure into one line per problem, naming file and field. */
function describe(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

/**
 * Validate a places FeatureCollection (ids unique, coordinates in range).
 * @param raw parsed JSON
 * @returns the typed collection
 * @throws Error naming file and field
 */
export function parsePlaces(raw: unknown): PlacesCollection {
  const result = placesFileSchema.safeParse(raw);
  if (!result.success) throw new Error(describe(PLACES_FILE, result.error));
  const seen = new Set<string>();
  for (const [i, f] of result.data.features.entries()) {
    if (seen.has(f.id)) throw new Error(`${PLACES_FILE}: features.${i}.id: duplicate '${f.id}'`);
    seen.add(f.id);
  }
  return result.data;
}

/** The GeoNames places, validated once at module load (small: a few features). */
export const placesCollection: PlacesCollection = parsePlaces(JSON.parse(placesText));

/**
 * Validate areas.json: schema, unique ids, parents and place references that resolve.
 * @param raw parsed JSON of an areas file
 * @param places the places the areas may refer to
 * @returns the areas
 * @throws Error whose message names the file and field of every problem
 */
export function parseAreas(raw: unknown, places: PlacesCollection = placesCollection): Area[] {
  const result = areasFileSchema.safeParse(raw);
  if (!result.success) throw new Error(describe(AREAS_FILE, result.error));
  const areas = result.data.areas;
  const ids = new Set(areas.map((a) => a.id));
  const placeIds = new Set(places.features.map((f) => f.properties.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  areas.forEach((a, i) => {
    const at = `${AREAS_FILE}: areas.${i}`;
    if (seen.has(a.id)) problems.push(`${at}.id: duplicate '${a.id}'`);
    seen.add(a.id);
    if (a.parent !== null && !ids.has(a.parent)) {
      problems.push(`${at}.parent: unknown area '${a.parent}'`);
    }
    if (a.parent === a.id) problems.push(`${at}.parent: an area cannot be its own parent`);
    const expected = { country: 'country', region: 'province', settlement: 'place' }[a.kind];
    if (a.geometry.type !== expected) {
      problems.push(`${at}.geometry.type: a ${a.kind} needs '${expected}'`);
    }
    if (a.geometry.type === 'place' && !placeIds.has(a.geometry.place)) {
      problems.push(`${at}.geometry.place: unknown place '${a.geometry.place}'`);
    }
    for (const alt of a.precision.alternatives ?? []) {
      if (!placeIds.has(alt)) problems.push(`${at}.precision.alternatives: unknown place '${alt}'`);
    }
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return areas;
}

/**
 * The report's areas from the bundled geodata/areas.json, validated.
 * @returns the areas, in file order
 */
export function loadAreas(): Area[] {
  return parseAreas(areasJson);
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

const countryPropsSchema = z.object({ iso_a3: alpha3, name: text });
const provincePropsSchema = z.object({
  code: iso3166_2,
  name: text,
  country: alpha2,
  name_ru: text.optional(),
  name_uk: text.optional(),
  name_ko: text.optional(),
});

/** Decode one TopoJSON object into outlines whose properties pass `schema`. */
function outlines<P>(
  topology: Topology,
  objectName: string,
  schema: z.ZodType<P>,
): FeatureCollection<Outline, P> {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`basemap: TopoJSON object '${objectName}' missing`);
  }
  const collection = feature(topology, object as GeometryCollection);
  const features = collection.features.map((f, i): Feature<Outline, P> => {
    const props = schema.safeParse(f.properties);
    if (!props.success) throw new Error(describe(`basemap ${objectName}.${i}`, props.error));
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new Error(`basemap ${objectName}.${i}: geometry ${g.type} is not an outline`);
    }
    return { type: 'Feature', properties: props.data, geometry: g };
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
    countries: outlines(countries, 'countries', countryPropsSchema),
    provinces: outlines(provinces, 'provinces', provincePropsSchema),
  };
}

/** Responses already on their way (the app starts these fetches before this code loads). */
export interface BasemapRequests {
  countries: Promise<Response>;
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

/**
 * Check that every area lies inside its parent: a settlement's point, or a point inside a
 * region's outline, must fall in the parent's outline (turf point-in-polygon).
 * @param areas areas from loadAreas()
 * @param basemap decoded basemap
 * @param places the places collection (default: the bundled one)
 * @returns one message per problem, naming the file and field; empty when all is well
 */
export function containmentProblems(
  areas: Area[],
  basemap: Basemap,
  places: PlacesCollection = placesCollection,
): string[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const problems: string[] = [];
  areas.forEach((area, i) => {
    const parent = area.parent === null ? undefined : byId.get(area.parent);
    if (!parent) return;
    const outline = areaFeature(parent, basemap, places);
    if (outline.geometry.type === 'Point') return;
    const probe = interiorPoint(areaFeature(area, basemap, places));
    if (!pointInArea(probe, { ...outline, geometry: outline.geometry })) {
      problems.push(`${AREAS_FILE}: areas.${i}.parent: '${area.id}' lies outside '${parent.id}'`);
    }
  });
  return problems;
}
