/**
 * The theatre: everything particular to one situation that is not a report, an area or a
 * measure. It is the file geodata/theatre.json (format in geodata/README.md) read together with
 * the places of geodata/places.geojson, and it reaches code only through the dataset
 * (`ds.theatre`): which places the map labels, the routes, the cross-checks of figures, the
 * country names, the view a link without one opens on. No code names a place, an area or a
 * measure of a particular situation; a second theatre is a second folder of files.
 *
 * The build checks the file (geodataSchema.ts); this module only types and indexes it.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BBox } from '../geo/types';

/** A place's properties in geodata/places.geojson (geodataSchema.ts checks the file). */
export interface PlaceProperties {
  id: string;
  name: string;
  names: { en: string; ru: string; uk?: string | undefined; ko?: string | undefined };
  aliases: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  admin1: string;
  geonamesId: number;
  featureCode: string;
  population?: number | undefined;
  /** The area this place is (a settlement area), else null. */
  area: string | null;
}

export type PlacesCollection = FeatureCollection<Point, PlaceProperties>;
export type Place = Feature<Point, PlaceProperties>;

/** A route drawn on the map as a great circle, e.g. a deployment from one place to another. */
export interface RouteSpec {
  id: string;
  /** Place ids (geodata/places.geojson) of the two ends. */
  from: string;
  to: string;
  /** The label's first line. */
  title: string;
  /** The figures listed under the title: these measures' figures of this area. */
  figures?: { area: string; measures: string[] };
  /** Where along the line the label sits, 0 (origin) … 1 (destination). */
  labelAt: number;
  /** Areas whose panel shows the route's great-circle distance. */
  distanceIn?: string[];
}

/** Claims per day × days counted, from the claim's start to the day counted up to. */
export interface RateDaysSpec {
  type: 'rate-days';
  rate: string;
  label: string;
  unit: string;
  /** How many days "early <month>" spans: the range starts as late as that. */
  earlyWindowDays: number;
  caveat?: string;
}

/** A share in % of a whole: share × whole / 100. */
export interface ShareSpec {
  type: 'share';
  share: string;
  of: string;
  label: string;
  unit: string;
  /** The share's label among the inputs (default: the measure's label). */
  shareLabel?: string;
  caveat?: string;
}

/** The product of figures of two or more measures. */
export interface ProductSpec {
  type: 'product';
  factors: string[];
  label: string;
  unit: string;
  caveat?: string;
}

/** The sum of figures of two or more measures. */
export interface SumSpec {
  type: 'sum';
  parts: string[];
  label: string;
  unit: string;
  caveat?: string;
}

export type DerivedSpec = RateDaysSpec | ShareSpec | ProductSpec | SumSpec;

/** A cross-check: a reported measure beside figures derived from other measures, one chart. */
export interface CrossCheckSpec {
  id: string;
  title: string;
  /** The chart's unit. */
  unit: string;
  /** The measure whose reported figures the derived ones are set against. */
  reported: string;
  derived: DerivedSpec[];
}

/** geodata/theatre.json as written. */
export interface TheatreFile {
  /** The header's line under the title. */
  tagline: string;
  /** Names suggested in the search box's placeholder. */
  searchExample: string;
  /** Where a link without a view opens: [west, south, east, north]. */
  bbox: BBox;
  /** Country names by ISO 3166-1 alpha-2 code, for search details. */
  countries: Record<string, string>;
  /** Places (ids in places.geojson) drawn and labelled on the map; the rest are search-only. */
  labelledPlaces: string[];
  routes: RouteSpec[];
  crossChecks: CrossCheckSpec[];
}

/** The theatre with its places, as the dataset carries it. */
export interface Theatre extends TheatreFile {
  places: PlacesCollection;
  placesById: ReadonlyMap<string, Place>;
}

/**
 * The theatre from its file and places (both checked by the build).
 * @param file - geodata/theatre.json, parsed
 * @param places - geodata/places.geojson, parsed
 * @returns the theatre, places indexed by id
 */
export function makeTheatre(file: TheatreFile, places: PlacesCollection): Theatre {
  return {
    ...file,
    places,
    placesById: new Map(places.features.map((f) => [f.properties.id, f])),
  };
}

/** A theatre with nothing in it: no places, routes or cross-checks. */
export const EMPTY_THEATRE: Theatre = makeTheatre(
  {
    tagline: '',
    searchExample: '',
    bbox: [-180, -85, 180, 85],
    countries: {},
    labelledPlaces: [],
    routes: [],
    crossChecks: [],
  },
  { type: 'FeatureCollection', features: [] },
);

/**
 * A place's position.
 * @param theatre - the theatre
 * @param id - place id
 * @returns [lng, lat], or null for an unknown place
 */
export function placeLngLat(theatre: Theatre, id: string): [number, number] | null {
  const place = theatre.placesById.get(id);
  if (!place) return null;
  const [lng = NaN, lat = NaN] = place.geometry.coordinates;
  return [lng, lat];
}
