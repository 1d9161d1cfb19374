// The worker's job, as a plain async function so tests can call it without a Worker.
import { makeUserLayer } from './layer';
import { checkFileSize, DEFAULT_LIMITS, type ValidationOptions } from './limits';
import type { ImportResult } from './types';
import { validateGeoJsonText } from './validate';

/** What the page posts to the worker. A File is a Blob; structured clone passes it cheaply. */
export interface ImportRequest {
  file: Blob;
  /** The file name, used for the layer name and in messages. */
  name: string;
  options?: ValidationOptions;
}

/**
 * Reads, validates and wraps one file as a user layer. Never throws.
 *
 * @param request - the file, its name and optional limits
 * @returns the new layer, or the reasons it was refused
 */
export async function handleImportRequest(request: ImportRequest): Promise<ImportResult> {
  const { file, name, options } = request;
  try {
    const size = checkFileSize(
      file.size,
      name,
      options?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
    );
    if (!size.ok) return size;
    const text = await file.text();
    const result = validateGeoJsonText(text, options);
    if (!result.ok) return result;
    return {
      ok: true,
      layer: makeUserLayer(name, result.collection, result.stats),
      warnings: result.warnings,
    };
  } catch (error) {
    const detail = error instanceof Error ? error.name : 'unknown error';
    return {
      ok: false,
      errors: [{ message: `The file "${name}" could not be read (${detail}).`, path: '$' }],
    };
  }
}
