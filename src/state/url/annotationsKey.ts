/**
 * The `ann=` link value: the analyst's annotations as a GeoJSON FeatureCollection,
 * compressed (see compressedJson.ts), after a version prefix: `ann=1.<base64url>`.
 * Parsing keeps every valid shape and reports, in one notice, what it left out.
 */
import { annotationsToGeoJson, restoreAnnotations } from '../annotations/restore.ts';
import { ANNOTATION_LIMITS, type Annotation } from '../annotations/types.ts';
import type { FieldResult } from './fieldResult.ts';
import {
  cachedListWriter,
  MAX_INFLATED_BYTES,
  MAX_VALUE_LENGTH,
  plural,
  readVersionedValue,
} from './versionedValue.ts';

/** A longer `ann=` value is refused unread (the whole link's budget is 8,000 characters). */
export const MAX_ANN_VALUE_LENGTH = MAX_VALUE_LENGTH;
/** The JSON may inflate to at most this many bytes (about 40× what 8,000 characters hold). */
export const MAX_ANN_INFLATED_BYTES = MAX_INFLATED_BYTES;

/**
 * Writes `ann=` (cached per array: the codec runs on every map move).
 * @param annotations - the shapes; [] gives ''
 * @returns '1.' plus base64url, or '' when there is none
 */
export const encodeAnnotations: (annotations: readonly Annotation[]) => string =
  cachedListWriter(annotationsToGeoJson);

/**
 * Reads `ann=`; never throws. Unusable as a whole (bad version, bad base64, a bomb, not JSON,
 * not a FeatureCollection, no valid shape) → rejected; otherwise the valid shapes are kept
 * and `dropped` words what was left out or changed.
 * @param raw - the decoded value
 * @returns the annotations, or why they were rejected
 */
export function parseAnnotations(raw: string): FieldResult<Annotation[]> {
  if (raw === '') return { ok: true, value: [] };
  const read = readVersionedValue(raw, 'annotations', 'unknown annotation format');
  if (!read.ok) return read;
  const restored = restoreAnnotations(read.json);
  if (!restored) return { ok: false, reason: 'annotations are not a GeoJSON FeatureCollection' };
  const { annotations, invalid, overLimit, notesCut, notesWithMarkup } = restored;
  if (annotations.length === 0 && invalid + overLimit > 0) {
    return { ok: false, reason: `no valid shape (${plural(invalid, 'invalid', 'invalid')})` };
  }
  const notes: string[] = [];
  if (invalid) notes.push(`${plural(invalid, 'invalid shape', 'invalid shapes')} dropped`);
  if (overLimit) {
    notes.push(
      `${plural(overLimit, 'shape', 'shapes')} past the first ${ANNOTATION_LIMITS.shapes} dropped`,
    );
  }
  if (notesCut)
    notes.push(`${plural(notesCut, 'note', 'notes')} cut to plain text of 280 characters`);
  if (notesWithMarkup) {
    notes.push(
      `${plural(notesWithMarkup, 'note holds', 'notes hold')} markup, shown as plain text`,
    );
  }
  if (notes.length === 0) return { ok: true, value: annotations };
  return { ok: true, value: annotations, dropped: { value: '', reason: notes.join('; ') } };
}
