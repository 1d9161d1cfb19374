// Importing a file as a user layer without freezing the page: the size is checked here from
// File.size, everything else (reading, parsing, validating) happens in a Web Worker that is
// terminated on timeout or abort. The promise always resolves, never rejects.
import type { ImportRequest } from './handleMessage';
import { checkFileSize, DEFAULT_LIMITS, type ValidationOptions } from './limits';
import { ResultAssembler, type WorkerMessage } from './transfer';
import type { ImportResult } from './types';

export interface ImportOptions {
  /** Give up (and terminate the worker) after this long. Default 10 000 ms. */
  timeoutMs?: number;
  /** Cancels the import; the result then says so. */
  signal?: AbortSignal;
  /** Overrides of the validation limits. */
  limits?: ValidationOptions;
  /**
   * Have the worker store the layer in this IndexedDB database (see `openLayerStore`); the
   * result's `saved` then says whether that worked.
   */
  saveTo?: string;
}

/** The part of `Worker` an import uses; tests pass a fake. */
export type ImportWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

export const DEFAULT_IMPORT_TIMEOUT_MS = 10_000;

function failure(message: string): ImportResult {
  return { ok: false, errors: [{ message, path: '$' }] };
}

function createImportWorker(): ImportWorker {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'sitrep-import',
  });
}

/**
 * {@link importGeoJsonFile} with the worker factory made explicit (for tests).
 *
 * @param createWorker - makes the worker that runs `handleImportRequest`
 * @param file - the file (or any Blob with a name) to import
 * @param options - timeout, abort signal, limits
 * @returns the layer, or the reasons it was refused
 */
export function importWithWorker(
  createWorker: () => ImportWorker,
  file: Blob & { name: string },
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { timeoutMs = DEFAULT_IMPORT_TIMEOUT_MS, signal, limits, saveTo } = options;
  const size = checkFileSize(
    file.size,
    file.name,
    limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
  );
  if (!size.ok) return Promise.resolve(size);
  if (signal?.aborted)
    return Promise.resolve(failure(`The import of "${file.name}" was cancelled.`));

  return new Promise<ImportResult>((resolve) => {
    let worker: ImportWorker | undefined;
    let settled = false;
    const finish = (result: ImportResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker?.terminate();
      resolve(result);
    };
    const onAbort = () => finish(failure(`The import of "${file.name}" was cancelled.`));
    signal?.addEventListener('abort', onAbort);
    const timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      finish(
        failure(
          `Checking "${file.name}" took longer than ${seconds} s, so it was stopped. ` +
            'The file may be too large or complex; simplify it or split it, then import the parts.',
        ),
      );
    }, timeoutMs);
    try {
      worker = createWorker();
      const assembler = new ResultAssembler();
      worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
        // The check is over once slices arrive: the timeout no longer applies, abort still does.
        clearTimeout(timer);
        const result = assembler.add(event.data);
        if (result) finish(result);
      });
      worker.addEventListener('messageerror', () =>
        finish(failure(`The result for "${file.name}" could not be received.`)),
      );
      worker.addEventListener('error', (event: Event) => {
        event.preventDefault();
        finish(failure(`The file checker stopped with an error while reading "${file.name}".`));
      });
      const request: ImportRequest = {
        file,
        name: file.name,
        ...(limits ? { options: limits } : {}),
        ...(saveTo === undefined ? {} : { saveTo }),
      };
      worker.postMessage(request);
    } catch {
      finish(failure(`The file checker could not start, so "${file.name}" was not imported.`));
    }
  });
}

/**
 * Imports a GeoJSON or TopoJSON file as a new visible user layer. Checks `file.size` against the
 * cap (20 MB) before anything reads it; reads and validates in a Web Worker; stops the worker
 * after `timeoutMs`. Never throws: every failure resolves to `{ ok: false, errors }` whose
 * messages are plain text for an element with role `alert`.
 *
 * @param file - from a file input or a drop
 * @param options - `timeoutMs` (default 10 s), `signal` to cancel, `limits` overrides
 * @returns `{ ok: true, layer, warnings }` or `{ ok: false, errors }`
 * @example
 * const result = await importGeoJsonFile(input.files[0]);
 * if (result.ok) await store.put(result.layer);
 */
export function importGeoJsonFile(file: File, options?: ImportOptions): Promise<ImportResult> {
  return importWithWorker(createImportWorker, file, options);
}
