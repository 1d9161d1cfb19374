import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeUserLayer } from '../../../src/data/userLayers/layer';
import { openLayerStore, type LayerStore } from '../../../src/data/userLayers/store';
import type { UserLayer } from '../../../src/data/userLayers/types';

let dbCount = 0;
const stores: LayerStore[] = [];

async function freshStore(): Promise<LayerStore> {
  const store = await openLayerStore(`test-layers-${++dbCount}`);
  stores.push(store);
  return store;
}

function layer(name: string, lng = 37.5, createdAt = '2025-02-27T09:00:00Z'): UserLayer {
  return makeUserLayer(
    name,
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name },
          geometry: { type: 'Point', coordinates: [lng, 48] },
        },
      ],
    },
    { features: 1, vertices: 1, bbox: [lng, 48, lng, 48] },
    new Date(createdAt),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores.splice(0)) store.close();
});

describe('openLayerStore', () => {
  it('keeps layers across connections, oldest first', async () => {
    const store = await freshStore();
    const later = layer('later.geojson', 38, '2025-03-01T00:00:00Z');
    const earlier = layer('earlier.geojson', 37, '2025-02-01T00:00:00Z');
    expect(await store.put(later)).toEqual({ ok: true });
    expect(await store.put(earlier)).toEqual({ ok: true });
    store.close();
    const reopened = await openLayerStore(`test-layers-${dbCount}`);
    stores.push(reopened);
    expect((await reopened.list()).map((l) => l.name)).toEqual(['earlier', 'later']);
    expect((await reopened.list())[1]).toEqual(later);
  });

  it('renames (sanitized, kept as text), hides and removes', async () => {
    const store = await freshStore();
    const front = layer('front.geojson');
    await store.put(front);
    expect(await store.rename(front.id, '  <b>Front</b>\nline  ')).toEqual({ ok: true });
    expect(await store.setVisible(front.id, false)).toEqual({ ok: true });
    expect(await store.list()).toMatchObject([
      { id: front.id, name: '<b>Front</b> line', visible: false },
    ]);
    expect(await store.remove(front.id)).toEqual({ ok: true });
    expect(await store.list()).toEqual([]);
  });

  it('says so when the layer to change is gone', async () => {
    const store = await freshStore();
    const result = await store.rename('no-such-layer', 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('no longer stored');
  });

  it('skips records that no longer look like layers', async () => {
    const store = await freshStore();
    await store.put(layer('good.geojson'));
    await store.put({ ...layer('bad.geojson'), collection: 'oops' } as unknown as UserLayer);
    expect((await store.list()).map((l) => l.name)).toEqual(['good']);
  });
});

describe('a full browser storage', () => {
  it('gives a message and loses nothing when put throws QuotaExceededError', async () => {
    const store = await freshStore();
    const kept = layer('kept.geojson');
    await store.put(kept);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const replacement = { ...kept, name: 'overwritten?' };
    const results = [
      await store.put(layer('new.geojson')),
      await store.put(replacement),
      await store.rename(kept.id, 'x'),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^Browser storage is full: /);
    }
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([kept]);
  });

  it('gives a message and loses nothing when the transaction aborts with QuotaExceededError', async () => {
    const store = await freshStore();
    const kept = layer('kept.geojson');
    await store.put(kept);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = realPut.apply(this, args);
      // What browsers do when the disk quota is hit at commit time: the transaction aborts and
      // its error is the QuotaExceededError (its requests only see AbortError).
      const transaction = this.transaction;
      const quotaError = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      Object.defineProperty(transaction, 'error', { get: () => quotaError, set: () => undefined });
      transaction.abort();
      return request;
    });
    const result = await store.put({ ...kept, name: 'overwritten?', visible: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Browser storage is full');
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([kept]);
  });

  it('writes a layer whole or not at all: a failure on its features leaves no stray name', async () => {
    const store = await freshStore();
    const kept = layer('kept.geojson');
    await store.put(kept);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'collections') throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const result = await store.put(layer('new.geojson'));
    expect(!result.ok && result.message).toMatch(
      /^Browser storage is full: the layer "new" was not saved/,
    );
    vi.restoreAllMocks();
    const raw = await openDB(`test-layers-${dbCount}`);
    expect(await raw.getAllKeys('layers')).toEqual([kept.id]);
    raw.close();
    expect(await store.list()).toEqual([kept]);
  });
});
