import { restoreAnnotations } from './restore.ts';
import { ANNOTATION_LIMITS, cleanNote, roundGeometry, type Annotation } from './types.ts';

/**
 * Brings annotations into the form a link holds: coordinates rounded to 5 decimals, notes
 * cleaned and cut, at most `ANNOTATION_LIMITS.shapes` shapes. Ids are kept.
 * @param annotations - shapes as drawn
 * @returns a new array (the same array when it is empty)
 */
export function normalizeAnnotations(annotations: Annotation[]): Annotation[] {
  if (annotations.length === 0) return annotations;
  return annotations.slice(0, ANNOTATION_LIMITS.shapes).map((annotation) => ({
    id: annotation.id,
    geometry: roundGeometry(annotation.geometry),
    note: cleanNote(annotation.note),
  }));
}

/**
 * Tells whether annotations are in link form: an array of valid shapes with rounded
 * coordinates and clean notes, within the limits, ids unique.
 * @param annotations - any value
 * @returns true when valid
 */
export function areValidAnnotations(annotations: unknown): boolean {
  if (!Array.isArray(annotations)) return false;
  const list = annotations as Annotation[];
  if (list.length > ANNOTATION_LIMITS.shapes) return false;
  if (new Set(list.map((annotation) => annotation?.id)).size !== list.length) return false;
  const restored = restoreAnnotations({
    type: 'FeatureCollection',
    features: list.map((annotation) => ({
      type: 'Feature',
      properties: { note: annotation?.note },
      geometry: annotation?.geometry,
    })),
  });
  if (!restored || restored.annotations.length !== list.length) return false;
  return restored.annotations.every((restoredOne, i) => {
    const original = list[i];
    return (
      original !== undefined &&
      typeof original.id === 'string' &&
      original.note === restoredOne.note &&
      JSON.stringify(original.geometry) === JSON.stringify(restoredOne.geometry)
    );
  });
}
