/** The analyst's marks in the exports: PNG footer lines, the JSON export, a .geojson file. */
import { annotationsToGeoJson } from '../../state/annotations/restore';
import { shapeLabel, type Annotation } from '../../state/annotations/types';
import { downloadBlob } from './download';

/**
 * One footer line per mark, named as the map's tooltips and the marks list name them.
 * @param annotations - the marks
 * @returns e.g. ['Point 1: command post', 'Line 2'] (a mark without a note is still listed)
 */
export function markLines(annotations: readonly Annotation[]): string[] {
  return annotations.map((annotation, index) => {
    const name = `Mark ${index + 1} (${shapeLabel(annotation.geometry).toLowerCase()})`;
    return annotation.note ? `${name}: ${annotation.note}` : name;
  });
}

/**
 * Adds the marks to the JSON export as an `annotations` GeoJSON FeatureCollection.
 * @param json - the export's text (a JSON object)
 * @param annotations - the marks; none leaves the text as it is
 * @returns the text, two-space indented
 */
export function withMarks(json: string, annotations: readonly Annotation[]): string {
  if (annotations.length === 0) return json;
  const document = JSON.parse(json) as Record<string, unknown>;
  return `${JSON.stringify({ ...document, annotations: annotationsToGeoJson(annotations) }, null, 2)}\n`;
}

/**
 * Saves the marks as `sitrep-marks.geojson` (RFC 7946 FeatureCollection, `note` properties).
 * @param annotations - the marks
 */
export function downloadMarksFile(annotations: readonly Annotation[]): void {
  const text = `${JSON.stringify(annotationsToGeoJson(annotations), null, 1)}\n`;
  downloadBlob(new Blob([text], { type: 'application/geo+json' }), 'sitrep-marks.geojson');
}
