/**
 * Reads annotations from outside input (a decoded link, a file): any JSON value in, valid
 * annotations and a count of what was left out, never a throw. Accepts a GeoJSON
 * FeatureCollection of Point, LineString and Polygon features with an optional `note`
 * property; everything else is counted as invalid.
 */
import {
  isObject as isRecord,
  readGeometry,
  type GeometryReadOptions,
} from '../../data/geojsonReader.ts';
import {
  ANNOTATION_LIMITS,
  cleanNote,
  roundCoordinate,
  type Annotation,
  type AnnotationGeometry,
} from './types.ts';

export interface RestoredAnnotations {
  annotations: Annotation[];
  /** Features that were not a valid point, line or polygon. */
  invalid: number;
  /** Shapes left out past `ANNOTATION_LIMITS.shapes`. */
  overLimit: number;
  /** Notes cut to the length limit or stripped of control characters. */
  notesCut: number;
  /** Notes that look like HTML markup (kept, and shown as plain text). */
  notesWithMarkup: number;
}

const MARKUP = /<\s*[a-z!/?]|&[a-z#0-9]+;|\bon[a-z]+\s*=|javascript:/i;

/**
 * Tells whether a note looks like HTML or a script URL (it is still shown as plain text).
 * @param note - a note
 * @returns true for tags, entities, `on…=` attributes or `javascript:`
 */
export function noteHasMarkup(note: string): boolean {
  return MARKUP.test(note);
}

/** What a mark may be: a point, a line or a one-ring polygon, rounded as the link keeps it. */
export const MARK_GEOMETRY: Partial<GeometryReadOptions> = {
  types: ['Point', 'LineString', 'Polygon'],
  altitude: false,
  maxPositions: ANNOTATION_LIMITS.positions,
  maxRings: 1,
  round: roundCoordinate,
  maxProblems: 1,
  bbox: false,
};

function readShape(value: unknown): AnnotationGeometry | null {
  return readGeometry(value, MARK_GEOMETRY).value as AnnotationGeometry | null;
}

/**
 * Restores annotations from a parsed JSON value.
 * @param value - e.g. `JSON.parse(text)`; expected a FeatureCollection
 * @returns the valid annotations (ids `n1`, `n2`, … in order, so the same input always gives
 *   the same state; rounded coordinates; clean notes) and counts of what was left out or
 *   changed; null when the value is no FeatureCollection
 */
export function restoreAnnotations(value: unknown): RestoredAnnotations | null {
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return null;
  }
  const result: RestoredAnnotations = {
    annotations: [],
    invalid: 0,
    overLimit: 0,
    notesCut: 0,
    notesWithMarkup: 0,
  };
  for (const feature of value.features as unknown[]) {
    const geometry = isRecord(feature) && feature.type === 'Feature' ? feature.geometry : null;
    const shape = readShape(geometry);
    if (!shape || !isRecord(feature)) {
      result.invalid += 1;
      continue;
    }
    if (result.annotations.length >= ANNOTATION_LIMITS.shapes) {
      result.overLimit += 1;
      continue;
    }
    const properties = isRecord(feature.properties) ? feature.properties : {};
    const raw = typeof properties.note === 'string' ? properties.note : '';
    const note = cleanNote(raw);
    if (note !== raw) result.notesCut += 1;
    if (noteHasMarkup(note)) result.notesWithMarkup += 1;
    result.annotations.push({ id: `n${result.annotations.length + 1}`, geometry: shape, note });
  }
  return result;
}

/**
 * Writes annotations as a GeoJSON FeatureCollection (what the link compresses, and what the
 * `.geojson` download holds). Ids are left out: they only matter within a page.
 * @param annotations - the shapes
 * @returns a FeatureCollection with `note` properties (omitted when empty)
 */
export function annotationsToGeoJson(annotations: readonly Annotation[]) {
  return {
    type: 'FeatureCollection' as const,
    features: annotations.map((annotation) => ({
      type: 'Feature' as const,
      properties: annotation.note === '' ? {} : { note: annotation.note },
      geometry: annotation.geometry,
    })),
  };
}
