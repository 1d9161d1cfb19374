// Imported layers kept in the browser (IndexedDB via idb), so they survive reloads. Every call
// resolves; none rejects. A failed write is one aborted transaction, so it changes nothing that
// was stored before (IndexedDB transactions are atomic). A layer's features live apart from its
// name and visibility, so renaming or hiding a 100k-feature layer does not rewrite its features.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { isUserLayerKey } from '../layerIds';
import { sanitizeLayerName } from './layer';
import { isObject } from './problems';
import type { SaveResult, UserCollection, UserLayer } from './types';

export const DEFAULT_LAYER_DB = 'sitrep-user-layers';
const STORES = ['layers', 'collections'] as const;

type LayerMeta = Omit<UserLayer, 'collection'>;

interface LayerDb extends DBSchema {
  layers: { key: string; value: LayerMeta };
  collections: { key: string; value: UserCollection };
}

/** The outcome of a change: ok, or a sentence for an element with role `alert`. */
export type StoreResult = SaveResult;

/** The imported layers kept in this browser. */
export interface LayerStore {
  /** Every stored layer, oldest first; [] when storage is unavailable. Malformed records are skipped. */
  list(): Promise<UserLayer[]>;
  /** Adds or replaces a layer (by id). On failure nothing stored before is changed. */
  put(layer: UserLayer): Promise<StoreResult>;
  /** Renames a layer; the name is sanitized like a file name. */
  rename(id: string, name: string): Promise<StoreResult>;
  setVisible(id: string, visible: boolean): Promise<StoreResult>;
  remove(id: string): Promise<StoreResult>;
  /** Closes the database connection (tests, or before deleting the database). */
  close(): void;
}

/** Turns a storage error into a sentence; quota errors say the storage is full. */
export function describeStorageError(error: unknown, what: string): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof DOMException && error.code === 22)) {
    return `Browser storage is full: ${what} was not saved. Layers saved before are unchanged; remove a layer you no longer need, or free space for this site, and try again.`;
  }
  if (name === 'NotFoundError') return `That layer is no longer stored, so ${what} was not saved.`;
  if (name === 'DataCloneError') return `Browser storage refused the data: ${what} was not saved.`;
  return `Browser storage failed (${name || 'unknown error'}): ${what} was not saved. Layers saved before are unchanged.`;
}

/** A record read back from storage is trusted only if it still looks like a UserLayer. */
function isUserLayer(value: unknown): value is UserLayer {
  return (
    isObject(value) &&
    isUserLayerKey(value.id) &&
    typeof value.name === 'string' &&
    typeof value.visible === 'boolean' &&
    typeof value.createdAt === 'string' &&
    isObject(value.collection) &&
    value.collection.type === 'FeatureCollection' &&
    Array.isArray(value.collection.features) &&
    isObject(value.stats)
  );
}

async function attempt(what: string, run: () => Promise<void>): Promise<StoreResult> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeStorageError(error, what) };
  }
}

function unavailableStore(error: unknown): LayerStore {
  const fail = async (): Promise<StoreResult> => ({
    ok: false,
    message: describeStorageError(error, 'the layer').replace(
      /^Browser storage failed/,
      'Browser storage is unavailable',
    ),
  });
  return {
    list: async () => [],
    put: fail,
    rename: fail,
    setVisible: fail,
    remove: fail,
    close: () => undefined,
  };
}

type Stores = {
  [K in (typeof STORES)[number]]: IDBPObjectStore<LayerDb, typeof STORES, K, 'readwrite'>;
};

/**
 * Runs one readwrite transaction and waits for it to commit. On failure the transaction is
 * aborted (so nothing changes) and the error thrown is the transaction's own when it has one:
 * a quota error at commit time reaches requests only as a generic AbortError.
 */
async function write(
  db: IDBPDatabase<LayerDb>,
  run: (stores: Stores) => Promise<unknown>,
): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite');
  const stores = { layers: tx.objectStore('layers'), collections: tx.objectStore('collections') };
  try {
    await Promise.all([run(stores), tx.done]);
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw tx.error ?? error;
  }
}

function layerStore(db: IDBPDatabase<LayerDb>): LayerStore {
  /** Reads, changes and writes one layer in a single transaction. */
  const update = (id: string, what: string, change: (layer: LayerMeta) => LayerMeta) =>
    attempt(what, () =>
      write(db, async ({ layers }) => {
        const layer = await layers.get(id);
        if (!layer) throw new DOMException(`No stored layer has the id ${id}`, 'NotFoundError');
        await layers.put(change(layer));
      }),
    );
  return {
    async list() {
      try {
        const tx = db.transaction(STORES, 'readonly');
        const [metas, collections, ids] = await Promise.all([
          tx.objectStore('layers').getAll(),
          tx.objectStore('collections').getAll(),
          tx.objectStore('collections').getAllKeys(),
        ]);
        const byId = new Map(ids.map((id, i) => [id, collections[i]]));
        const records: unknown[] = metas.map((meta) => ({
          ...meta,
          collection: byId.get(meta.id),
        }));
        return records.filter(isUserLayer).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      } catch {
        return [];
      }
    },
    put: (layer) =>
      attempt(`the layer "${layer.name}"`, async () => {
        const { collection, ...meta } = layer;
        await write(db, async ({ layers, collections }) => {
          await layers.put(meta);
          await collections.put(collection, layer.id);
        });
      }),
    rename: (id, name) =>
      update(id, 'the new name', (layer) => ({ ...layer, name: sanitizeLayerName(name) })),
    setVisible: (id, visible) =>
      update(id, 'the change of visibility', (layer) => ({ ...layer, visible })),
    remove: (id) =>
      attempt('the removal', async () => {
        await write(db, async ({ layers, collections }) => {
          await layers.delete(id);
          await collections.delete(id);
        });
      }),
    close: () => db.close(),
  };
}

/**
 * Opens the browser's store of imported layers. Never rejects: when IndexedDB is unavailable
 * (some private modes), the store lists nothing and every change resolves to a message.
 *
 * @param name - database name, default `sitrep-user-layers`
 * @returns the store
 * @example
 * const store = await openLayerStore();
 * const saved = await store.put(layer);
 * if (!saved.ok) showAlert(saved.message);
 */
export async function openLayerStore(name: string = DEFAULT_LAYER_DB): Promise<LayerStore> {
  try {
    const db = await openDB<LayerDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('layers', { keyPath: 'id' });
        database.createObjectStore('collections');
      },
    });
    return layerStore(db);
  } catch (error) {
    return unavailableStore(error);
  }
}
