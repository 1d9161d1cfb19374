// importWithWorker with fake workers: the real worker runs handleImportRequest (tested apart).
import { describe, expect, it, vi } from 'vitest';
import {
  handleImportRequest,
  type ImportRequest,
} from '../../../src/data/userLayers/handleMessage';
import { importWithWorker, type ImportWorker } from '../../../src/data/userLayers/importFile';
import { splitResult } from '../../../src/data/userLayers/transfer';

type Listener = (event: MessageEvent | Event) => void;

/** A worker in this thread: `respond` decides what happens to a posted request. */
function fakeWorker(
  respond: (request: ImportRequest, emit: (type: string, data?: unknown) => void) => void,
) {
  const listeners = new Map<string, Listener[]>();
  const worker = {
    terminated: false,
    posted: 0,
    addEventListener: (type: string, listener: Listener) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    postMessage(request: ImportRequest) {
      worker.posted++;
      respond(request, (type, data) => {
        const event =
          type === 'message'
            ? new MessageEvent('message', { data })
            : new Event(type, { cancelable: true });
        for (const listener of listeners.get(type) ?? []) listener(event);
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const asWorker = (worker: ReturnType<typeof fakeWorker>) => () => worker as unknown as ImportWorker;
const file = (text: string, name = 'layer.geojson') => new File([text], name);
const POINT = '{"type":"Point","coordinates":[37.5,48.07]}';

describe('importWithWorker', () => {
  it('returns the layer the worker built, then terminates the worker', async () => {
    const worker = fakeWorker(
      (request, emit) =>
        void handleImportRequest(request).then((result) => {
          for (const message of splitResult(result, 1)) emit('message', message);
        }),
    );
    const result = await importWithWorker(asWorker(worker), file(POINT, 'Nikolske.geojson'));
    expect(result.ok && result.layer.name).toBe('Nikolske');
    expect(result.ok && result.layer.collection.features).toHaveLength(1);
    expect(worker.terminated).toBe(true);
  });

  it('refuses a file over the cap without starting a worker', async () => {
    const create = vi.fn();
    const big = file('x'.repeat(100));
    const result = await importWithWorker(create, big, { limits: { maxFileBytes: 50 } });
    expect(create).not.toHaveBeenCalled();
    expect(!result.ok && result.errors[0]?.message).toContain(
      'the largest file Sitrep imports is 50 bytes',
    );
  });

  it('stops a worker that takes too long and says so', async () => {
    vi.useFakeTimers();
    try {
      const worker = fakeWorker(() => undefined);
      const pending = importWithWorker(asWorker(worker), file(POINT, 'slow.geojson'), {
        timeoutMs: 10_000,
      });
      await vi.advanceTimersByTimeAsync(10_000);
      const result = await pending;
      expect(worker.terminated).toBe(true);
      expect(!result.ok && result.errors[0]?.message).toContain(
        'Checking "slow.geojson" took longer than 10 s',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('cancels on abort, before or during the check', async () => {
    const before = new AbortController();
    before.abort();
    const unused = fakeWorker(() => undefined);
    expect(
      (await importWithWorker(asWorker(unused), file(POINT), { signal: before.signal })).ok,
    ).toBe(false);
    expect(unused.posted).toBe(0);

    const during = new AbortController();
    const worker = fakeWorker(() => during.abort());
    const result = await importWithWorker(asWorker(worker), file(POINT), { signal: during.signal });
    expect(!result.ok && result.errors[0]?.message).toContain('was cancelled');
    expect(worker.terminated).toBe(true);
  });

  it('resolves with a message when the worker fails or cannot start', async () => {
    const crashing = fakeWorker((_request, emit) => emit('error'));
    const crashed = await importWithWorker(asWorker(crashing), file(POINT));
    expect(!crashed.ok && crashed.errors[0]?.message).toContain('stopped with an error');

    const refused = await importWithWorker(() => {
      throw new DOMException('blocked by CSP', 'SecurityError');
    }, file(POINT));
    expect(!refused.ok && refused.errors[0]?.message).toContain('could not start');
  });
});
