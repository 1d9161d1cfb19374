/**
 * One tab's open draft and how it is kept: every change is saved at once, in order, each save
 * naming the stored revision it was made on. Kept apart from React so two tabs can be tested
 * against one store. The rules:
 * - a save the store refuses (another tab saved, or discarded, since) becomes a conflict; the
 *   tab keeps its copy on the page, saves nothing more, and asks: take theirs, or overwrite;
 * - a tab that hears of a newer revision of its draft takes it, unless it has a save pending
 *   or a conflict open (then its own save will be refused and ask);
 * - a failed write (quota) keeps the draft on the page and says why.
 */
import type { Draft } from './draft';
import type { DraftChannel, DraftMessage } from './draftChannel';
import { revisionOf, type DraftStore } from './store';

export interface DraftConflict {
  /** The stored copy that another tab saved; null when it was discarded there. */
  theirs: Draft | null;
  message: string;
}

export interface SessionState {
  draft: Draft | null;
  conflict: DraftConflict | null;
  /** The last storage failure, in words; null when the last save worked. */
  storageProblem: string | null;
}

export interface DraftSession {
  state(): SessionState;
  /** Starts a draft not stored yet (or stored by another tab: then the save asks). */
  open(draft: Draft): void;
  /** Continues a stored draft; false when there is none with that id. */
  continueDraft(id: string): Promise<boolean>;
  update(change: (draft: Draft) => Draft): void;
  /** Ends a conflict: take the other tab's copy, or write this tab's over it. */
  resolve(choice: 'theirs' | 'mine'): void;
  close(): void;
  /** Removes the open draft from the store and closes it. */
  discard(): Promise<void>;
  /** Resolves when every save asked for so far has landed. */
  settled(): Promise<void>;
  /** Takes word from another tab. */
  hear(message: DraftMessage): Promise<void>;
}

/**
 * @param store - the drafts in this browser
 * @param channel - word to and from the other tabs
 * @param onChange - called with the new state after every change
 */
export function draftSession(
  store: DraftStore,
  channel: Pick<DraftChannel, 'post'>,
  onChange: (state: SessionState) => void,
): DraftSession {
  let state: SessionState = { draft: null, conflict: null, storageProblem: null };
  /** The stored revision each draft of this tab is built on, by id (kept after closing it). */
  const bases = new Map<string, number>();
  let pending = 0;
  let queue: Promise<void> = Promise.resolve();

  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    onChange(state);
  };

  const save = (draft: Draft) => {
    pending += 1;
    queue = queue.then(async () => {
      try {
        const shown = state.draft?.id === draft.id;
        // A save behind a refused one would be refused too; the conflict asks first.
        if (shown && state.conflict) return;
        const outcome = await store.put(draft, bases.get(draft.id) ?? 0);
        if (outcome.ok) {
          bases.set(draft.id, outcome.revision);
          channel.post({ kind: 'saved', id: draft.id, revision: outcome.revision });
          if (state.storageProblem) set({ storageProblem: null });
        } else if (outcome.conflict && shown) {
          set({ conflict: { theirs: outcome.theirs, message: outcome.message } });
        } else if (outcome.conflict) {
          // Closed meanwhile: nothing is left to ask about, so say what was not saved.
          set({ storageProblem: `${draft.meta.title || 'A closed draft'}: ${outcome.message}` });
        } else {
          set({ storageProblem: outcome.message });
        }
      } finally {
        pending -= 1;
      }
    });
  };

  const show = (draft: Draft | null, revision: number) => {
    if (draft) bases.set(draft.id, revision);
    set({ draft, conflict: null });
  };

  return {
    state: () => state,
    open(draft) {
      show(draft, 0);
      save(draft);
    },
    async continueDraft(id) {
      const found = await store.get(id);
      if (!found) return false;
      show(found, revisionOf(found));
      return true;
    },
    update(change) {
      if (!state.draft) return;
      const next = { ...change(state.draft), updatedAt: new Date().toISOString() };
      set({ draft: next });
      save(next);
    },
    resolve(choice) {
      const { conflict, draft } = state;
      if (!conflict || !draft) return;
      if (choice === 'theirs') {
        show(conflict.theirs, revisionOf(conflict.theirs));
        return;
      }
      bases.set(draft.id, revisionOf(conflict.theirs));
      set({ conflict: null });
      save(draft);
    },
    close() {
      show(null, 0);
    },
    async discard() {
      const { draft } = state;
      if (!draft) return;
      await queue;
      const outcome = await store.remove(draft.id);
      if (!outcome.ok) return set({ storageProblem: outcome.message });
      channel.post({ kind: 'removed', id: draft.id });
      show(null, 0);
    },
    settled: () => queue,
    async hear(message) {
      const { draft } = state;
      if (!draft || message.id !== draft.id || state.conflict) return;
      if (message.kind === 'removed') {
        set({
          conflict: {
            theirs: null,
            message:
              'This draft was discarded in another tab. It is still on this page, but no longer saved in this browser.',
          },
        });
        return;
      }
      const base = bases.get(draft.id) ?? 0;
      if (message.revision <= base || pending > 0) return;
      const found = await store.get(message.id);
      // Typed here meanwhile: this tab's save will be refused and ask instead.
      if (!found || pending > 0 || state.conflict || state.draft?.id !== found.id) return;
      if (revisionOf(found) > (bases.get(found.id) ?? 0)) show(found, revisionOf(found));
    },
  };
}
