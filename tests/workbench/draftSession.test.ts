import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/workbench/draft';
import {
  openDraftChannel,
  readDraftMessage,
  type DraftMessage,
} from '../../src/workbench/draftChannel';
import { draftSession, type DraftSession } from '../../src/workbench/draftSession';
import { openDraftStore } from '../../src/workbench/store';
import { seedDraft } from './seedDraft';

let n = 0;

/**
 * Two tabs: two sessions, each with its own handle on one database, and a bus between them
 * that can be cut (a message lost or late). `delivered()` waits for what was posted.
 */
async function twoTabs() {
  const name = `wb-session-${++n}`;
  const heard: Promise<void>[] = [];
  const bus = { connected: true };
  const tabs: DraftSession[] = [];
  const tab = async (other: () => DraftSession) => {
    const store = await openDraftStore(name);
    return draftSession(
      store,
      {
        post: (message: DraftMessage) => {
          if (bus.connected) heard.push(other().hear(message));
        },
      },
      () => undefined,
    );
  };
  tabs.push(await tab(() => tabs[1] as DraftSession));
  tabs.push(await tab(() => tabs[0] as DraftSession));
  const [a, b] = tabs as [DraftSession, DraftSession];
  const delivered = async () => {
    await Promise.all([a.settled(), b.settled()]);
    await Promise.all(heard);
  };
  return { a, b, bus, delivered, store: await openDraftStore(name) };
}

const withNote = (note: string) => (d: Draft) => ({
  ...d,
  claims: d.claims.map((c, i) => (i === 0 ? { ...c, note } : c)),
});
const noteOf = (s: DraftSession) => s.state().draft?.claims[0]?.note;

describe('draftSession: two tabs on one draft', () => {
  it('keeps the tabs in step: a tab with nothing pending takes the other’s newer revision', async () => {
    const { a, b, delivered, store } = await twoTabs();
    a.open(seedDraft());
    await delivered();
    expect(await b.continueDraft('seed')).toBe(true);
    a.update(withNote('from A'));
    await delivered();
    expect(noteOf(b)).toBe('from A');
    b.update((d) => ({ ...d, meta: { ...d.meta, title: 'from B' } }));
    await delivered();
    expect(a.state().draft?.meta.title).toBe('from B');
    expect(noteOf(a)).toBe('from A');
    expect(a.state().conflict).toBeNull();
    expect(b.state().conflict).toBeNull();
    const stored = await store.get('seed');
    expect([stored?.meta.title, stored?.claims[0]?.note]).toEqual(['from B', 'from A']);
  });

  it('refuses a save on a copy the tab has not seen updated, keeps it on the page, and asks', async () => {
    const { a, b, bus, delivered, store } = await twoTabs();
    a.open(seedDraft());
    await delivered();
    await b.continueDraft('seed');
    bus.connected = false;
    a.update(withNote('from A'));
    await delivered();
    b.update(withNote('from B'));
    await delivered();
    expect(noteOf(b)).toBe('from B');
    expect(b.state().conflict?.theirs?.claims[0]?.note).toBe('from A');
    expect(b.state().conflict?.message).toMatch(/changed in another tab/);
    // Further edits stay on the page and are not saved until the tab is told what to keep.
    b.update((d) => ({ ...d, meta: { ...d.meta, title: 'more from B' } }));
    await delivered();
    expect((await store.get('seed'))?.claims[0]?.note).toBe('from A');
    expect((await store.get('seed'))?.meta.title).not.toBe('more from B');

    b.resolve('mine');
    await delivered();
    expect(b.state().conflict).toBeNull();
    const stored = await store.get('seed');
    expect([stored?.claims[0]?.note, stored?.meta.title]).toEqual(['from B', 'more from B']);
    // A, which has not heard either, is refused in turn on its next save: never silent.
    a.update(withNote('A again'));
    await delivered();
    expect(a.state().conflict?.theirs?.claims[0]?.note).toBe('from B');
    a.resolve('theirs');
    expect(noteOf(a)).toBe('from B');
    expect(a.state().conflict).toBeNull();
    a.update((d) => ({ ...d, meta: { ...d.meta, title: 'A after taking theirs' } }));
    await delivered();
    expect(a.state().conflict).toBeNull();
    expect((await store.get('seed'))?.meta.title).toBe('A after taking theirs');
  });

  it('does not take the other tab’s revision over a save of its own still pending', async () => {
    const { a, b, delivered, store } = await twoTabs();
    a.open(seedDraft());
    await delivered();
    await b.continueDraft('seed');
    // Both type before either save lands: the first save wins, the second asks.
    a.update(withNote('from A'));
    b.update(withNote('from B'));
    await delivered();
    await delivered();
    const conflicts = [a, b].filter((s) => s.state().conflict);
    expect(conflicts).toHaveLength(1);
    const stored = (await store.get('seed'))?.claims[0]?.note;
    const loser = conflicts[0] as DraftSession;
    expect(noteOf(loser)).not.toBe(stored);
    expect(loser.state().conflict?.theirs?.claims[0]?.note).toBe(stored);
  });

  it('tells a tab when its draft was discarded in another, and can save it again', async () => {
    const { a, b, delivered, store } = await twoTabs();
    a.open(seedDraft());
    await delivered();
    await b.continueDraft('seed');
    await a.discard();
    await delivered();
    expect(a.state().draft).toBeNull();
    expect(b.state().conflict).toMatchObject({ theirs: null });
    expect(b.state().conflict?.message).toMatch(/discarded in another tab/);
    b.resolve('mine');
    await delivered();
    expect((await store.get('seed'))?.claims).toHaveLength(6);
    expect(b.state().conflict).toBeNull();
  });

  it('a save queued before closing still lands, on the right revision', async () => {
    const { a, delivered, store } = await twoTabs();
    a.open(seedDraft());
    a.update(withNote('typed, then closed'));
    a.close();
    await delivered();
    expect(a.state().storageProblem).toBeNull();
    const stored = await store.get('seed');
    expect([stored?.claims[0]?.note, stored?.revision]).toEqual(['typed, then closed', 2]);
  });
});

describe('draftChannel', () => {
  it('reads only well-formed messages', () => {
    expect(readDraftMessage({ kind: 'saved', id: 'x', revision: 3 })).toEqual({
      kind: 'saved',
      id: 'x',
      revision: 3,
    });
    expect(readDraftMessage({ kind: 'removed', id: 'x' })).toEqual({ kind: 'removed', id: 'x' });
    for (const junk of [null, 'x', { kind: 'saved', id: 'x' }, { kind: 'saved', id: 1 }, {}]) {
      expect(readDraftMessage(junk)).toBeNull();
    }
  });

  it('carries a message between two channels of one name', async () => {
    const got = new Promise<DraftMessage>((done) => {
      const listener = openDraftChannel((m) => {
        listener.close();
        done(m);
      }, 'wb-test-channel');
    });
    const sender = openDraftChannel(() => undefined, 'wb-test-channel');
    sender.post({ kind: 'saved', id: 'seed', revision: 4 });
    expect(await got).toEqual({ kind: 'saved', id: 'seed', revision: 4 });
    sender.close();
  });
});
