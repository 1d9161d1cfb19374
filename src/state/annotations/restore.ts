/**
 * Reads annotations from outside input (a decoded link, a file): any JSON value in, valid
 * annotations and a count of what was left out, never a throw. Accepts a GeoJSON
 * FeatureCollection of Point, LineString and Polygon features with an optional `note`
 * property; everything else is counted as invalid.
 */
import {
  ANNOTATION_LIMITS,
  cleanNote,
  roundCoordinate,
  roundGeometry,
  type Annotation,
  type AnnotationGeometry,
  type Position2,
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

/** `true` for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one `[lng, lat]` position: two finite numbers within ±180 / ±90 (not rounded).
 * @param value - any JSON value
 * @returns the position, or null
 */
export function readPosition(value: unknown): Position2 | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [lng, lat] = value as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number') return null;
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) return null;
  return [lng, lat];
}

/**
 * Reads a list of positions of at least `min` and at most `ANNOTATION_LIMITS.positions`.
 * @param value - any JSON value
 * @param min - fewest positions accepted
 * @returns the positions (not rounded), or null when any is invalid
 */
export function readPositions(value: unknown, min: number): Position2[] | null {
  if (!Array.isArray(value) || value.length < min || value.length > ANNOTATION_LIMITS.positions) {
    return null;
  }
  const positions: Position2[] = [];
  for (const item of value) {
    const position = readPosition(item);
    if (!position) return null;
    positions.push(position);
  }
  return positions;
}

function readGeometry(value: unknown): AnnotationGeometry | null {
  if (!isRecord(value)) return null;
  const { type, coordinates } = value;
  if (type === 'Point') {
    const point = readPosition(coordinates);
    return point ? roundGeometry({ type, coordinates: point }) : null;
  }
  if (type === 'LineString') {
    const line = readPositions(coordinates, 2);
    return line ? roundGeometry({ type, coordinates: line }) : null;
  }
  if (type === 'Polygon') {
    if (!Array.isArray(coordinates) || coordinates.length !== 1) return null;
    const ring = readPositions(coordinates[0], 4);
    if (!ring) return null;
    const rounded = ring.map(([lng, lat]): Position2 => [
      roundCoordinate(lng),
      roundCoordinate(lat),
    ]);
    const [first, last] = [rounded[0], rounded.at(-1)];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return null;
    return { type, coordinates: [rounded] };
  }
  return null;
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
    const shape = readGeometry(geometry);
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
