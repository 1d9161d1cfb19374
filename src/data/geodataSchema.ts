/**
 * The geodata files' formats as zod schemas, and every check of them: geodata/areas.json,
 * geodata/places.geojson and the basemap's properties, parents that contain their children.
 * The build runs these on the shipped files (geodataProblems, from the claims plugin) and fails
 * on any problem; the tests run them too. The dashboard never imports this module (geodata.ts
 * reads the checked files without zod).
 */
import './zodConfig';
import { z } from 'zod';
import { interiorPoint } from '../geo/interiorPoint';
import { pointInArea } from '../geo/pointInArea';
import areasJson from '@geodata/areas.json';
import placesText from '@geodata/places.geojson?raw';
import theatreJson from '@geodata/theatre.json';
import {
  AREA_KINDS,
  areaFeature,
  loadVocabulary,
  placesCollection,
  type Area,
  type Basemap,
  type PlacesCollection,
} from './geodata';
import type { PlaceProperties as PlacePropertiesType, TheatreFile } from './theatre';
import type { Vocabulary } from './vocabulary';

const AREAS_FILE = 'geodata/areas.json';
const PLACES_FILE = 'geodata/places.geojson';
const THEATRE_FILE = 'geodata/theatre.json';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id');
const text = z.string().trim().min(1, 'must not be empty');
const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2');
const alpha3 = z.string().regex(/^[A-Z]{3}$/, 'must be ISO 3166-1 alpha-3');
const iso3166_2 = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be ISO 3166-2');

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
// The type the app reads areas with (geodata.ts) is the schema's, both ways.
const areaTypesAgree: [z.infer<typeof areaSchema>, Area] = [
  {} as Area,
  {} as z.infer<typeof areaSchema>,
];
void areaTypesAgree;

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
// The hand-written type the app reads places with (theatre.ts) is the schema's, both ways.
const placeTypesAgree: [PlaceProperties, PlacePropertiesType] = [
  {} as PlacePropertiesType,
  {} as PlaceProperties,
];
void placeTypesAgree;

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
const measureId = id;
const caveat = text.optional();
const derivedSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('rate-days'),
    rate: measureId,
    label: text,
    unit: text,
    earlyWindowDays: z.number().int().min(1).max(31),
    caveat,
  }),
  z.strictObject({
    type: z.literal('share'),
    share: measureId,
    of: measureId,
    label: text,
    unit: text,
    shareLabel: text.optional(),
    caveat,
  }),
  z.strictObject({
    type: z.literal('product'),
    factors: z.array(measureId).min(2),
    label: text,
    unit: text,
    caveat,
  }),
  z.strictObject({
    type: z.literal('sum'),
    parts: z.array(measureId).min(2),
    label: text,
    unit: text,
    caveat,
  }),
]);

export const theatreFileSchema = z.strictObject({
  $schema: z.string().optional(),
  tagline: text,
  searchExample: text,
  bbox: z.tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ]),
  countries: z.record(alpha2, text),
  labelledPlaces: z.array(id),
  routes: z.array(
    z.strictObject({
      id,
      from: id,
      to: id,
      title: text,
      figures: z.strictObject({ area: id, measures: z.array(measureId).min(1) }).optional(),
      labelAt: z.number().min(0).max(1),
      distanceIn: z.array(id).optional(),
    }),
  ),
  crossChecks: z.array(
    z.strictObject({
      id,
      title: text,
      unit: text,
      reported: measureId,
      derived: z.array(derivedSpecSchema).min(1),
    }),
  ),
});
// The app reads the file with the hand-written type (theatre.ts): it must be the schema's.
const theatreTypesAgree: TheatreFile = {} as Omit<z.infer<typeof theatreFileSchema>, '$schema'>;
void theatreTypesAgree;

/**
 * Check geodata/theatre.json: its shape, and that every place, area and measure it names exists.
 * @param raw - parsed JSON
 * @param places - the theatre's places
 * @param areaIds - the theatre's area ids
 * @param vocabulary - the theatre's measures
 * @returns one message per problem, naming file and field; empty when all is well
 */
export function theatreProblems(
  raw: unknown,
  places: PlacesCollection,
  areaIds: ReadonlySet<string>,
  vocabulary: Vocabulary,
): string[] {
  const result = theatreFileSchema.safeParse(raw);
  if (!result.success) return describe(THEATRE_FILE, result.error).split('\n');
  const theatre = result.data;
  const placeIds = new Set(places.features.map((f) => f.properties.id));
  const problems: string[] = [];
  const known = (set: ReadonlySet<string>, kind: string) => (value: string, at: string) => {
    if (!set.has(value)) problems.push(`${THEATRE_FILE}: ${at}: unknown ${kind} '${value}'`);
  };
  const place = known(placeIds, 'place');
  const area = known(areaIds, 'area');
  const measure = known(new Set(vocabulary.measures.keys()), 'measure');
  theatre.labelledPlaces.forEach((p, i) => place(p, `labelledPlaces.${i}`));
  theatre.routes.forEach((route, i) => {
    place(route.from, `routes.${i}.from`);
    place(route.to, `routes.${i}.to`);
    if (route.figures) {
      area(route.figures.area, `routes.${i}.figures.area`);
      route.figures.measures.forEach((m, j) => measure(m, `routes.${i}.figures.measures.${j}`));
    }
    route.distanceIn?.forEach((a, j) => area(a, `routes.${i}.distanceIn.${j}`));
  });
  theatre.crossChecks.forEach((check, i) => {
    measure(check.reported, `crossChecks.${i}.reported`);
    check.derived.forEach((spec, j) => {
      const at = `crossChecks.${i}.derived.${j}`;
      const ids =
        spec.type === 'rate-days'
          ? { rate: spec.rate }
          : spec.type === 'share'
            ? { share: spec.share, of: spec.of }
            : spec.type === 'product'
              ? Object.fromEntries(spec.factors.map((m, k) => [`factors.${k}`, m]))
              : Object.fromEntries(spec.parts.map((m, k) => [`parts.${k}`, m]));
      for (const [key, m] of Object.entries(ids)) measure(m, `${at}.${key}`);
    });
  });
  return problems;
}

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

const countryPropsSchema = z.object({ iso_a3: alpha3, name: text });
const provincePropsSchema = z.object({
  code: iso3166_2,
  name: text,
  country: alpha2,
  name_ru: text.optional(),
  name_uk: text.optional(),
  name_ko: text.optional(),
});

/**
 * Checks the basemap's feature properties (ISO codes and names) as the build reads them.
 * @param basemap - outlines from basemapFromTopologies()
 * @returns one message per problem, naming the object and feature
 */
export function basemapProblems(basemap: Basemap): string[] {
  const problems: string[] = [];
  const check = (name: string, features: { properties: unknown }[], schema: z.ZodType) =>
    features.forEach((f, i) => {
      const props = schema.safeParse(f.properties);
      if (!props.success) problems.push(describe(`basemap ${name}.${i}`, props.error));
    });
  check('countries', basemap.countries.features, countryPropsSchema);
  check('provinces', basemap.provinces.features, provincePropsSchema);
  return problems;
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

/**
 * Every check of the shipped geodata files, as the build runs them.
 * @param basemap - the decoded basemap
 * @returns one message per problem; empty when all is well
 */
export function geodataProblems(basemap: Basemap): string[] {
  const problems: string[] = [];
  const attempt = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  };
  let places: PlacesCollection = placesCollection;
  attempt(() => (places = parsePlaces(JSON.parse(placesText))));
  let areas: Area[] | null = null;
  attempt(() => (areas = parseAreas(areasJson, places)));
  const areaIds = new Set((areas ?? ([] as Area[])).map((a) => a.id));
  problems.push(...theatreProblems(theatreJson, places, areaIds, loadVocabulary()));
  problems.push(...basemapProblems(basemap));
  if (areas) attempt(() => problems.push(...containmentProblems(areas ?? [], basemap, places)));
  return problems;
}
