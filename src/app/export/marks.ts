/** The analyst's marks in the exports: PNG footer lines, the JSON export, a .geojson file. */
import { annotationsToGeoJson } from '../../state/annotations/restore';
import type { ExtraRows } from '../../data/export';
import {
  shapeLabel,
  type Annotation,
  type AnnotationGeometry,
  type Position2,
} from '../../state/annotations/types';
import { downloadBlob } from '../../ui/download';

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

/** The CSV columns of the marks, after the claim columns. */
export const MARK_CSV_COLUMNS = ['mark', 'mark_kind', 'mark_note', 'mark_wkt'] as const;

const wktPositions = (positions: readonly Position2[]) =>
  positions.map(([lng, lat]) => `${lng} ${lat}`).join(', ');

/**
 * A mark's geometry as WKT (OGC Simple Features), longitude first.
 * @param geometry - the mark's geometry
 * @returns e.g. 'POINT (36.1 51.7)', 'LINESTRING (35 51, 35.5 51.2)', 'POLYGON ((…))'
 */
export function markWkt(geometry: AnnotationGeometry): string {
  switch (geometry.type) {
    case 'Point':
      return `POINT (${wktPositions([geometry.coordinates])})`;
    case 'LineString':
      return `LINESTRING (${wktPositions(geometry.coordinates)})`;
    case 'Polygon':
      return `POLYGON ((${wktPositions(geometry.coordinates[0])}))`;
  }
}

/**
 * The marks as rows of the CSV export: one per mark, after the figures, with its number, kind
 * (point, line, polygon), note and WKT. The CSV writer defuses formulas in every cell.
 * @param annotations - the marks
 * @returns columns and rows for `claimsToCsv`
 */
export function markCsvRows(annotations: readonly Annotation[]): ExtraRows {
  return {
    columns: MARK_CSV_COLUMNS,
    rows: annotations.map((annotation, index) => ({
      mark: String(index + 1),
      mark_kind: shapeLabel(annotation.geometry).toLowerCase(),
      mark_note: annotation.note,
      mark_wkt: markWkt(annotation.geometry),
    })),
  };
}

/**
 * Saves the marks as `sitrep-marks.geojson` (RFC 7946 FeatureCollection, `note` properties).
 * @param annotations - the marks
 */
export function downloadMarksFile(annotations: readonly Annotation[]): void {
  const text = `${JSON.stringify(annotationsToGeoJson(annotations), null, 1)}\n`;
  downloadBlob('sitrep-marks.geojson', new Blob([text], { type: 'application/geo+json' }));
}
