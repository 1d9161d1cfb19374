/**
 * The open draft and its persistence: every change is written to IndexedDB at once (writes
 * are queued so they land in order), so a reload or a crash loses nothing. A failed write
 * keeps the draft on the page and says why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from './draft';
import { openDraftStore, type DraftStore, type DraftSummary } from './store';

export interface Drafts {
  ready: boolean;
  draft: Draft | null;
  saved: DraftSummary[];
  /** The last storage failure, in words; null when the last save worked. */
  storageProblem: string | null;
  open(draft: Draft): void;
  /** Opens a stored draft; false when there is none with that id. */
  continueDraft(id: string): Promise<boolean>;
  update(change: (draft: Draft) => Draft): void;
  close(): void;
  discard(): Promise<void>;
}

const LAST_OPEN = 'sitrep-workbench-open';

export function useDrafts(dbName?: string): Drafts {
  const store = useRef<DraftStore | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<DraftSummary[]>([]);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (store.current) setSaved(await store.current.list());
  }, []);

  const save = useCallback((next: Draft) => {
    queue.current = queue.current.then(async () => {
      const outcome = await store.current?.put(next);
      setStorageProblem(outcome && !outcome.ok ? outcome.message : null);
    });
  }, []);

  useEffect(
    function openStore() {
      let cancelled = false;
      void openDraftStore(dbName).then(async (opened) => {
        if (cancelled) return opened.close();
        store.current = opened;
        const list = await opened.list();
        const last = sessionStorage.getItem(LAST_OPEN);
        const reopened = last ? await opened.get(last) : null;
        if (cancelled) return;
        setSaved(list);
        setDraft(reopened);
        setReady(true);
      });
      return function closeStore() {
        cancelled = true;
        store.current?.close();
        store.current = null;
      };
    },
    [dbName],
  );

  const open = useCallback(
    (next: Draft) => {
      sessionStorage.setItem(LAST_OPEN, next.id);
      setDraft(next);
      save(next);
      void queue.current.then(refresh);
    },
    [save, refresh],
  );

  const continueDraft = useCallback(async (id: string) => {
    const found = await store.current?.get(id);
    if (!found) return false;
    sessionStorage.setItem(LAST_OPEN, id);
    setDraft(found);
    return true;
  }, []);

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      setDraft((current) => {
        if (!current) return current;
        const next = { ...change(current), updatedAt: new Date().toISOString() };
        save(next);
        return next;
      });
    },
    [save],
  );

  const close = useCallback(() => {
    sessionStorage.removeItem(LAST_OPEN);
    setDraft(null);
    void queue.current.then(refresh);
  }, [refresh]);

  const discard = useCallback(async () => {
    if (!draft) return;
    await queue.current;
    const outcome = await store.current?.remove(draft.id);
    if (outcome && !outcome.ok) setStorageProblem(outcome.message);
    close();
  }, [draft, close]);

  return { ready, draft, saved, storageProblem, open, continueDraft, update, close, discard };
}
