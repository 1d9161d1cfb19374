import type { BBox } from '../../geo/types';
import type { FeatureCollection, Geometry } from 'geojson';

/** A validated layer's features. Geometry may be null (RFC 7946 allows unlocated features). */
export type UserCollection = FeatureCollection<Geometry | null>;

/** One problem found in an imported file, in plain words, with where it is. */
export interface ValidationError {
  /** What is wrong and where, for people: `Feature 3 (properties.name "Front line"): …`. */
  message: string;
  /**
   * Where in the file, as a JSONPath: `$` is the whole document, `$.features[3].geometry`.
   * Feature indexes count from 0, as the path does.
   */
  path: string;
}

/** Counts over a validated collection. */
export interface LayerStats {
  features: number;
  /** Every position counted, including repeated ring closers. */
  vertices: number;
  /** `[west, south, east, north]` in degrees, or null when no feature has a geometry. */
  bbox: BBox | null;
}

/** The outcome of validating a file's text: a clean collection or the reasons it was refused. */
export type ValidationResult =
  | { ok: true; collection: UserCollection; stats: LayerStats; warnings: string[] }
  | { ok: false; errors: ValidationError[] };

/** An analyst's imported layer, as kept in the browser and listed in the layer control. */
export interface UserLayer {
  /** `[a-z0-9-]{1,40}`: a slug of the file name plus a random suffix. */
  id: string;
  /** Display name: plain text (render with React text, never as HTML), at most 80 characters. */
  name: string;
  visible: boolean;
  /** ISO 8601 timestamp of the import. */
  createdAt: string;
  collection: UserCollection;
  stats: LayerStats;
}

/** The outcome of a write to the browser's layer store: ok, or a sentence for an alert. */
export type SaveResult = { ok: true } | { ok: false; message: string };

/**
 * The outcome of importing a file; never thrown, always returned. `saved` is set when the
 * worker was asked to store the layer (`saveTo`): the page then never serialises the features.
 */
export type ImportResult =
  | { ok: true; layer: UserLayer; warnings: string[]; saved?: SaveResult }
  | { ok: false; errors: ValidationError[] };
