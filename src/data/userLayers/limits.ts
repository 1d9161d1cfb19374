import type { ValidationError } from './types';

/** Limits applied to imported files. Each can be overridden per call. */
export const DEFAULT_LIMITS = {
  /** Largest file read at all, checked from `File.size` before reading. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Deepest nesting of `[`/`{`. A MultiPolygon inside a FeatureCollection needs 8. */
  maxDepth: 64,
  /** Most features in one layer. */
  maxFeatures: 200_000,
  /** Most positions in one layer, summed over all geometries. */
  maxVertices: 2_000_000,
  /** Problems listed before validation stops. */
  maxErrors: 20,
  /**
   * Texts up to this size also get a second opinion from @placemarkio/check-geojson. It builds
   * a full syntax tree (about 1.5 s and 180 MB per MB of text), so big files get only our checks.
   */
  strictCheckMaxBytes: 1024 * 1024,
} as const;

export type ValidationLimits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };

/** Overrides for {@link DEFAULT_LIMITS}. */
export type ValidationOptions = Partial<ValidationLimits>;

/** Merges overrides with the defaults. */
export function resolveLimits(options: ValidationOptions = {}): ValidationLimits {
  return { ...DEFAULT_LIMITS, ...options };
}

/**
 * Formats a byte count for people: `25.3 MB`, `512 KB`, `12 bytes`.
 *
 * @param bytes - a size in bytes
 * @returns the size with a unit (1 MB = 1024 × 1024 bytes)
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/**
 * Checks a file's size before anything reads it, so a huge file is refused without cost.
 *
 * @param size - `File.size` in bytes
 * @param name - the file name, quoted in the message as text
 * @param maxBytes - the cap, default 20 MB
 * @returns ok, or the reason in plain words
 * @example
 * checkFileSize(file.size, file.name); // { ok: true } or { ok: false, errors: [...] }
 */
export function checkFileSize(
  size: number,
  name: string,
  maxBytes: number = DEFAULT_LIMITS.maxFileBytes,
): { ok: true } | { ok: false; errors: ValidationError[] } {
  if (!Number.isFinite(size) || size < 0) {
    return {
      ok: false,
      errors: [{ message: `The file "${name}" has no readable size.`, path: '$' }],
    };
  }
  if (size === 0) {
    return { ok: false, errors: [{ message: `The file "${name}" is empty.`, path: '$' }] };
  }
  if (size > maxBytes) {
    const message =
      `The file "${name}" is ${formatBytes(size)}; the largest file Sitrep imports is ` +
      `${formatBytes(maxBytes)}. Split it or simplify its geometry, then import the parts.`;
    return { ok: false, errors: [{ message, path: '$' }] };
  }
  return { ok: true };
}
