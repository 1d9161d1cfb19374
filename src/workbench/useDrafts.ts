/**
 * The open draft and its persistence, for the workbench: a draftSession (every change saved
 * at once, in order, with the stored revision it was made on) wired to React, to the store and
 * to the other tabs of this browser. A failed write keeps the draft on the page and says why;
 * a save over another tab's unseen change is refused and asks (`conflict`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from './draft';
import { openDraftChannel } from './draftChannel';
import { draftSession, type DraftConflict, type DraftSession } from './draftSession';
import { openDraftStore, type DraftStore, type DraftSummary } from './store';

export interface Drafts {
  ready: boolean;
  draft: Draft | null;
  saved: DraftSummary[];
  /** The last storage failure, in words; null when the last save worked. */
  storageProblem: string | null;
  /** Another tab saved (or discarded) this draft since this tab last saved it. */
  conflict: DraftConflict | null;
  open(draft: Draft): void;
  /** Opens a stored draft; false when there is none with that id. */
  continueDraft(id: string): Promise<boolean>;
  update(change: (draft: Draft) => Draft): void;
  resolveConflict(choice: 'theirs' | 'mine'): void;
  close(): void;
  discard(): Promise<void>;
}

const LAST_OPEN = 'sitrep-workbench-open';

export function useDrafts(dbName?: string): Drafts {
  const store = useRef<DraftStore | null>(null);
  const session = useRef<DraftSession | null>(null);
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const [saved, setSaved] = useState<DraftSummary[]>([]);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (store.current) setSaved(await store.current.list());
  }, []);

  useEffect(
    function openStore() {
      let cancelled = false;
      const channel = openDraftChannel((message) => {
        void session.current?.hear(message).then(refresh);
      });
      void openDraftStore(dbName).then(async (opened) => {
        if (cancelled) return opened.close();
        store.current = opened;
        const started = draftSession(opened, channel, (state) => {
          setDraft(state.draft);
          setConflict(state.conflict);
          setStorageProblem(state.storageProblem);
        });
        session.current = started;
        const last = sessionStorage.getItem(LAST_OPEN);
        if (last) await started.continueDraft(last);
        const list = await opened.list();
        if (cancelled) return;
        setSaved(list);
        setReady(true);
      });
      return function closeStore() {
        cancelled = true;
        channel.close();
        store.current?.close();
        store.current = null;
        session.current = null;
      };
    },
    [dbName, refresh],
  );

  const open = useCallback(
    (next: Draft) => {
      sessionStorage.setItem(LAST_OPEN, next.id);
      session.current?.open(next);
      void session.current?.settled().then(refresh);
    },
    [refresh],
  );

  const continueDraft = useCallback(async (id: string) => {
    const found = (await session.current?.continueDraft(id)) ?? false;
    if (found) sessionStorage.setItem(LAST_OPEN, id);
    return found;
  }, []);

  const update = useCallback((change: (draft: Draft) => Draft) => {
    session.current?.update(change);
  }, []);

  const resolveConflict = useCallback((choice: 'theirs' | 'mine') => {
    session.current?.resolve(choice);
    if (!session.current?.state().draft) sessionStorage.removeItem(LAST_OPEN);
  }, []);

  const close = useCallback(() => {
    sessionStorage.removeItem(LAST_OPEN);
    session.current?.close();
    void session.current?.settled().then(refresh);
  }, [refresh]);

  const discard = useCallback(async () => {
    await session.current?.discard();
    if (!session.current?.state().draft) sessionStorage.removeItem(LAST_OPEN);
    await refresh();
  }, [refresh]);

  return {
    ready,
    draft,
    saved,
    storageProblem,
    conflict,
    open,
    continueDraft,
    update,
    resolveConflict,
    close,
    discard,
  };
}
