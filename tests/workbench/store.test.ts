import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleId, openDraftStore } from '../../src/workbench/store';
import { seedDraft } from './seedDraft';

let n = 0;
const dbName = () => `wb-test-${++n}`;

afterEach(() => vi.restoreAllMocks());

describe('draft store', () => {
  it('keeps a draft, with its article text, across a reopen (a reload)', async () => {
    const name = dbName();
    const first = await openDraftStore(name);
    const draft = seedDraft();
    expect(await first.put(draft)).toEqual({ ok: true });
    first.close();
    const second = await openDraftStore(name);
    expect(await second.get('seed')).toEqual(draft);
    expect(await second.list()).toEqual([
      { id: 'seed', title: draft.meta.title, claims: 6, updatedAt: draft.updatedAt },
    ]);
    expect(await second.remove('seed')).toEqual({ ok: true });
    expect(await second.list()).toEqual([]);
  });

  it('says storage is full and keeps the copy saved before on a quota error', async () => {
    const store = await openDraftStore(dbName());
    const draft = seedDraft();
    await store.put(draft);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await store.put({ ...draft, claims: [] });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^Browser storage is full: /);
    vi.restoreAllMocks();
    expect((await store.get('seed'))?.claims).toHaveLength(6);
  });

  it('skips records that are not drafts', async () => {
    const name = dbName();
    const store = await openDraftStore(name);
    store.close();
    const raw = indexedDB.open(name, 1);
    await new Promise((done) => (raw.onsuccess = done));
    const tx = raw.result.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put({ id: 'junk', text: 3 });
    await new Promise((done) => (tx.oncomplete = done));
    raw.result.close();
    const again = await openDraftStore(name);
    expect(await again.list()).toEqual([]);
    expect(await again.get('junk')).toBeNull();
  });
});

describe('articleId', () => {
  it('is stable for the same text and differs for another', () => {
    expect(articleId('abc')).toBe(articleId('abc'));
    expect(articleId('abc')).not.toBe(articleId('abd'));
  });
});
