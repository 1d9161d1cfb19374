import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { makeUserLayer } from '../../../src/data/userLayers/layer';
import {
  listStoredMessages,
  readStoredLayers,
  isListRequest,
  type ListMessage,
  type ListWorker,
} from '../../../src/data/userLayers/readStored';
import { openLayerStore } from '../../../src/data/userLayers/store';
import { FEATURES_PER_MESSAGE } from '../../../src/data/userLayers/transfer';

function points(count: number, name: string) {
  const features: Feature<Point>[] = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { name: `${name} ${i}` },
    geometry: { type: 'Point', coordinates: [30 + i * 1e-4, 48] },
  }));
  return makeUserLayer(
    name,
    { type: 'FeatureCollection', features },
    { features: count, vertices: count, bbox: [30, 48, 31, 48] },
    new Date(`2025-02-2${name === 'first' ? 7 : 8}T09:00:00Z`),
  );
}

/** Runs the worker's side in this thread, delivering its messages one task each, in order. */
function inProcessWorker(): ListWorker & { received: number } {
  const listeners: ((event: MessageEvent<ListMessage>) => void)[] = [];
  const worker = {
    received: 0,
    addEventListener: (type: string, listener: (event: MessageEvent<ListMessage>) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    postMessage: (request: unknown) => {
      if (!isListRequest(request)) throw new Error('not a list request');
      void listStoredMessages(request).then(async (messages) => {
        for (const data of messages) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          worker.received += 1;
          for (const listener of listeners) listener({ data } as MessageEvent<ListMessage>);
        }
      });
    },
    terminate: () => undefined,
  };
  return worker as unknown as ListWorker & { received: number };
}

describe('readStoredLayers (stored layers read back by the worker, in slices)', () => {
  it('gives the layers the store holds, received as slices of features', async () => {
    const database = 'read-stored-1';
    const store = await openLayerStore(database);
    const big = points(5_000, 'first');
    const small = points(3, 'second');
    expect((await store.put(big)).ok).toBe(true);
    expect((await store.put(small)).ok).toBe(true);
    const expected = await store.list();
    store.close();

    const worker = inProcessWorker();
    const layers = await readStoredLayers(database, () => worker);
    expect(layers).toEqual(expected);
    expect(layers?.map((layer) => layer.collection.features.length)).toEqual([5_000, 3]);
    // 5,000 features in slices of 2,000 (3 messages) and a 'done', 3 features and a 'done',
    // then 'listed'.
    expect(FEATURES_PER_MESSAGE).toBe(2_000);
    expect(worker.received).toBe(3 + 1 + 1 + 1 + 1);
  });

  it('says it could not (null) when the worker fails, so the page reads the store itself', async () => {
    const failing = {
      addEventListener: (type: string, listener: (event: Event) => void) => {
        if (type === 'error') setTimeout(() => listener(new Event('error')), 0);
      },
      postMessage: () => undefined,
      terminate: () => undefined,
    } as unknown as ListWorker;
    expect(await readStoredLayers('read-stored-2', () => failing)).toBeNull();
    const throwing = () => {
      throw new Error('no workers here');
    };
    expect(await readStoredLayers('read-stored-3', throwing)).toBeNull();
  });
});
