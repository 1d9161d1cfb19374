/**
 * Annotations: points, lines and polygons the analyst draws on the map, each with a plain-text
 * note. They are part of the view state (the link carries them, see `url/annotationsKey.ts`).
 * Coordinates are `[lng, lat]`, rounded to `ANNOTATION_DECIMALS` (about 1 m).
 */

export type Position2 = [number, number];

export type AnnotationGeometry =
  | { type: 'Point'; coordinates: Position2 }
  | { type: 'LineString'; coordinates: Position2[] }
  /** One outer ring, closed (first position repeated last); drawn polygons have no holes. */
  | { type: 'Polygon'; coordinates: [Position2[]] };

export interface Annotation {
  /** Stable within this page only (not in the link): keys the map layer and the note editor. */
  id: string;
  geometry: AnnotationGeometry;
  /** Plain text, at most `MAX_NOTE_LENGTH` characters; never rendered as HTML. */
  note: string;
}

export const ANNOTATION_LIMITS = {
  /** Characters in a note (code points). */
  noteLength: 280,
  /** Shapes in one set; a link with more keeps the first ones. */
  shapes: 200,
  /** Positions in one shape (a line's vertices, a ring's positions). */
  positions: 1000,
  /** Decimals kept in a coordinate: 5 is about 1.1 m at the equator. */
  decimals: 5,
} as const;

const SCALE = 10 ** ANNOTATION_LIMITS.decimals;

/**
 * Rounds a coordinate to the decimals a link keeps.
 * @param value - degrees
 * @returns the value rounded to 5 decimals (-0 becomes 0)
 */
export function roundCoordinate(value: number): number {
  return Math.round(value * SCALE) / SCALE + 0;
}

let lastId = 0;
/**
 * A fresh id for a shape drawn in this page (ids read from a link are `n1`, `n2`, …).
 * @returns e.g. 'a3'
 */
export function nextAnnotationId(): string {
  lastId += 1;
  return `a${lastId}`;
}

/**
 * Cuts a note to the allowed length and removes control characters (except line breaks and
 * tabs), so what is shown is what the link carries.
 * @param note - any text
 * @returns the cleaned note
 */
export function cleanNote(note: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const plain = note.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
  const chars = Array.from(plain);
  return chars.length > ANNOTATION_LIMITS.noteLength
    ? chars.slice(0, ANNOTATION_LIMITS.noteLength).join('')
    : plain;
}

/**
 * Rounds every coordinate of a geometry (the form the link holds).
 * @param geometry - a drawn geometry
 * @returns a new geometry with rounded coordinates
 */
export function roundGeometry(geometry: AnnotationGeometry): AnnotationGeometry {
  const round = ([lng, lat]: Position2): Position2 => [roundCoordinate(lng), roundCoordinate(lat)];
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: round(geometry.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(round) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: [geometry.coordinates[0].map(round)] };
  }
}

/** Short name of a shape for lists and legends: 'Point', 'Line', 'Polygon'. */
export function shapeLabel(geometry: AnnotationGeometry): string {
  return geometry.type === 'LineString' ? 'Line' : geometry.type;
}
