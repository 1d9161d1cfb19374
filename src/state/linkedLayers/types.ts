/**
 * Linked layers: small imported layers the analyst put in the link (`lyr=`), so whoever opens
 * it sees them without the file. They are part of the view state; see `url/linkedLayersKey.ts`
 * for the link value and `restore.ts` for reading outside input.
 */
import type {
  LineString,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { ANNOTATION_LIMITS } from '../annotations/types.ts';

/** A property value a link keeps: text, a number, yes/no or null (nested values are left out). */
export type LinkedValue = string | number | boolean | null;

export type LinkedGeometry =
  Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

export interface LinkedFeature {
  type: 'Feature';
  /** Plain values only; shown as text, never as HTML. */
  properties: Record<string, LinkedValue>;
  /** Coordinates rounded to 5 decimals, as annotations are. */
  geometry: LinkedGeometry;
}

export interface LinkedLayer {
  /** The imported layer's storage key (`[a-z0-9-]{1,40}`); its layer id is `user:<key>`. */
  key: string;
  /** Plain text, at most `LINKED_LAYER_LIMITS.nameLength` characters. */
  name: string;
  features: LinkedFeature[];
}

/** What one link may carry. Feature and position limits are the annotations' own. */
export const LINKED_LAYER_LIMITS = {
  /** Layers in one link. */
  layers: 5,
  /** Features in one link, all layers together (as many as annotations). */
  features: ANNOTATION_LIMITS.shapes,
  /** Positions in one feature, all its parts together. */
  positions: ANNOTATION_LIMITS.positions,
  /** Properties kept per feature. */
  properties: 20,
  /** Characters of a property name. */
  propertyNameLength: 40,
  /** Characters of a text value (as a note). */
  valueLength: ANNOTATION_LIMITS.noteLength,
  /** Characters of a layer name (as an imported layer's). */
  nameLength: 80,
} as const;
