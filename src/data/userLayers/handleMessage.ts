// The worker's job, as a plain async function so tests can call it without a Worker.
import { makeUserLayer } from './layer';
import { checkFileSize, DEFAULT_LIMITS, type ValidationOptions } from './limits';
import { openLayerStore } from './store';
import type { ImportResult, SaveResult, UserLayer } from './types';
import { validateGeoJsonText } from './validate';

/** What the page posts to the worker. A File is a Blob; structured clone passes it cheaply. */
export interface ImportRequest {
  file: Blob;
  /** The file name, used for the layer name and in messages. */
  name: string;
  options?: ValidationOptions;
  /**
   * Store the new layer in this IndexedDB database (the page's layer store) before replying.
   * Saving here keeps the structured clone of a big layer (0.4 s for 100k features) off the
   * page's main thread.
   */
  saveTo?: string;
}

/** Stores a layer in the named database; never throws. */
async function saveLayer(database: string, layer: UserLayer): Promise<SaveResult> {
  const store = await openLayerStore(database);
  try {
    return await store.put(layer);
  } finally {
    store.close();
  }
}

/**
 * Reads, validates and wraps one file as a user layer. Never throws.
 *
 * @param request - the file, its name and optional limits
 * @returns the new layer, or the reasons it was refused
 */
export async function handleImportRequest(request: ImportRequest): Promise<ImportResult> {
  const { file, name, options, saveTo } = request;
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
    const layer = makeUserLayer(name, result.collection, result.stats);
    const saved = saveTo === undefined ? undefined : await saveLayer(saveTo, layer);
    return { ok: true, layer, warnings: result.warnings, ...(saved ? { saved } : {}) };
  } catch (error) {
    const detail = error instanceof Error ? error.name : 'unknown error';
    return {
      ok: false,
      errors: [{ message: `The file "${name}" could not be read (${detail}).`, path: '$' }],
    };
  }
}
