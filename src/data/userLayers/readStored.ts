// Reading the stored layers back when the page opens, off the main thread: IndexedDB hands a
// stored 100k-feature layer over as one structured clone, rebuilt in one task of the thread
// that reads it (656 ms on the page's main thread). The import worker reads it instead and
// posts it in slices of features (transfer.ts), each a short task to receive.
import { openLayerStore } from './store';
import { ResultAssembler, splitResult, type WorkerMessage } from './transfer';
import type { UserLayer } from './types';

/** What the page posts to ask the worker for every stored layer. */
export interface ListRequest {
  kind: 'list-stored';
  database: string;
}

/** What the worker posts: each layer as slices and a 'done', then 'listed' (or a failure). */
export type ListMessage = WorkerMessage | { kind: 'listed' } | { kind: 'listed-failed' };

export function isListRequest(data: unknown): data is ListRequest {
  return (data as Partial<ListRequest> | null)?.kind === 'list-stored';
}

/**
 * In the worker: reads every stored layer and returns the messages to post, layer by layer.
 * @param request - the database to read
 * @returns the messages, in order, ending with 'listed'
 */
export async function listStoredMessages(request: ListRequest): Promise<ListMessage[]> {
  const store = await openLayerStore(request.database);
  try {
    const layers = await store.list();
    return [
      ...layers.flatMap((layer) => splitResult({ ok: true, layer, warnings: [] })),
      { kind: 'listed' },
    ];
  } finally {
    store.close();
  }
}

/** The part of `Worker` this uses. */
export type ListWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/** The reading worker (listWorker.ts). */
export function createListWorker(): ListWorker {
  return new Worker(new URL('./listWorker.ts', import.meta.url), {
    type: 'module',
    name: 'sitrep-layers-read',
  });
}

/**
 * On the page: the stored layers, read by a worker and received in slices.
 * @param database - the IndexedDB database of the layer store
 * @param createWorker - makes the worker (createListWorker)
 * @param timeoutMs - gives up after this long
 * @returns the layers in creation order, or null when the worker could not do it (the caller
 *   then reads the store itself)
 */
export function readStoredLayers(
  database: string,
  createWorker: () => ListWorker = createListWorker,
  timeoutMs = 60_000,
): Promise<UserLayer[] | null> {
  return new Promise((resolve) => {
    let worker: ListWorker | undefined;
    const layers: UserLayer[] = [];
    const assembler = new ResultAssembler();
    const finish = (result: UserLayer[] | null) => {
      clearTimeout(timer);
      worker?.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    try {
      worker = createWorker();
      worker.addEventListener('message', (event: MessageEvent<ListMessage>) => {
        const message = event.data;
        if (message.kind === 'listed') return finish(layers);
        if (message.kind === 'listed-failed') return finish(null);
        const result = assembler.add(message);
        if (result?.ok) layers.push(result.layer);
      });
      worker.addEventListener('messageerror', () => finish(null));
      worker.addEventListener('error', (event: Event) => {
        event.preventDefault();
        finish(null);
      });
      const request: ListRequest = { kind: 'list-stored', database };
      worker.postMessage(request);
    } catch {
      finish(null);
    }
  });
}
