import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleId, openDraftStore, revisionOf } from '../../src/workbench/store';
import { seedDraft } from './seedDraft';

let n = 0;
const dbName = () => `wb-test-${++n}`;

afterEach(() => vi.restoreAllMocks());

describe('draft store', () => {
  it('keeps a draft, with its article text, across a reopen (a reload)', async () => {
    const name = dbName();
    const first = await openDraftStore(name);
    const draft = seedDraft();
    expect(await first.put(draft, 0)).toEqual({ ok: true, revision: 1 });
    first.close();
    const second = await openDraftStore(name);
    expect(await second.get('seed')).toEqual({ ...draft, revision: 1 });
    expect(await second.list()).toEqual([
      { id: 'seed', title: draft.meta.title, claims: 6, updatedAt: draft.updatedAt },
    ]);
    expect(await second.remove('seed')).toEqual({ ok: true });
    expect(await second.list()).toEqual([]);
  });

  it('says storage is full and keeps the copy saved before on a quota error', async () => {
    const store = await openDraftStore(dbName());
    const draft = seedDraft();
    await store.put(draft, 0);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await store.put({ ...draft, claims: [] }, 1);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^Browser storage is full: /);
    vi.restoreAllMocks();
    expect((await store.get('seed'))?.claims).toHaveLength(6);
    expect(revisionOf(await store.get('seed'))).toBe(1);
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

describe('draft store: compare-and-set on save', () => {
  it('raises the revision with each save made on the stored one', async () => {
    const store = await openDraftStore(dbName());
    const draft = seedDraft();
    expect(await store.put(draft, 0)).toEqual({ ok: true, revision: 1 });
    expect(await store.put({ ...draft, claims: [] }, 1)).toEqual({ ok: true, revision: 2 });
    const stored = await store.get('seed');
    expect(stored?.revision).toBe(2);
    expect(stored?.claims).toEqual([]);
  });

  it('refuses a save made on a revision that has moved, writes nothing, and hands back the stored copy', async () => {
    const store = await openDraftStore(dbName());
    const draft = seedDraft();
    await store.put(draft, 0);
    const theirs = { ...draft, meta: { ...draft.meta, title: 'Saved by the other tab' } };
    expect(await store.put(theirs, 1)).toEqual({ ok: true, revision: 2 });
    // This tab still builds on revision 1.
    const outcome = await store.put({ ...draft, claims: [] }, 1);
    expect(outcome).toMatchObject({
      ok: false,
      conflict: true,
      theirs: { ...theirs, revision: 2 },
    });
    if (!outcome.ok) expect(outcome.message).toMatch(/changed in another tab .* not saved/);
    expect(await store.get('seed')).toEqual({ ...theirs, revision: 2 });
    // A new draft (base 0) over a stored one is refused too.
    expect(await store.put(draft, 0)).toMatchObject({ ok: false, conflict: true });
  });

  it('refuses a save on a draft deleted since (theirs: null); saving it anew works', async () => {
    const store = await openDraftStore(dbName());
    const draft = seedDraft();
    await store.put(draft, 0);
    await store.remove('seed');
    const outcome = await store.put(draft, 1);
    expect(outcome).toMatchObject({ ok: false, conflict: true, theirs: null });
    if (!outcome.ok) expect(outcome.message).toMatch(/discarded in another tab/);
    expect(await store.get('seed')).toBeNull();
    expect(await store.put(draft, 0)).toEqual({ ok: true, revision: 1 });
  });

  it('counts a draft kept before revisions existed as revision 0', async () => {
    const name = dbName();
    const store = await openDraftStore(name);
    store.close();
    const raw = indexedDB.open(name, 1);
    await new Promise((done) => (raw.onsuccess = done));
    const tx = raw.result.transaction('drafts', 'readwrite');
    const old = seedDraft();
    expect(old).not.toHaveProperty('revision');
    tx.objectStore('drafts').put(old);
    await new Promise((done) => (tx.oncomplete = done));
    raw.result.close();
    const again = await openDraftStore(name);
    expect(revisionOf(await again.get('seed'))).toBe(0);
    expect(await again.put(old, 0)).toEqual({ ok: true, revision: 1 });
  });
});

describe('articleId', () => {
  it('is stable for the same text and differs for another', () => {
    expect(articleId('abc')).toBe(articleId('abc'));
    expect(articleId('abc')).not.toBe(articleId('abd'));
  });
});
