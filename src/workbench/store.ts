// Workbench drafts kept in this browser (IndexedDB via idb), one record per article, so a
// reload or a crash loses nothing. Every call resolves; none rejects. A failed write (quota)
// is one aborted transaction: the copy saved before stays, and the caller keeps the draft in
// memory and says so. The article text lives here and nowhere else: it is never exported.
//
// Several tabs may hold one draft. Each record carries a revision, raised by every save, and a
// save names the revision it was made on (compare-and-set, read and written in one
// transaction): when the stored revision has moved, nothing is written and the caller gets the
// stored copy to show ("changed in another tab"). A save never overwrites unseen work.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Draft } from './draft';

export const DEFAULT_WORKBENCH_DB = 'sitrep-workbench';

interface WorkbenchDb extends DBSchema {
  drafts: { key: string; value: Draft };
}

/** What a save did: written (with the draft's new revision), refused, or failed. */
export type SaveOutcome =
  | { ok: true; revision: number }
  /** The stored revision is not the one the save was made on; `theirs` is the stored copy (null: deleted). */
  | { ok: false; conflict: true; theirs: Draft | null; message: string }
  | { ok: false; conflict?: false; message: string };

export type RemoveOutcome = { ok: true } | { ok: false; message: string };

/** A stored draft's revision: 0 for none, and for a draft saved before revisions were kept. */
export function revisionOf(draft: Draft | null | undefined): number {
  return draft?.revision ?? 0;
}

/** A stored draft, as listed. */
export interface DraftSummary {
  id: string;
  title: string;
  claims: number;
  updatedAt: string;
}

export interface DraftStore {
  /** Stored drafts, latest first; [] when storage is unavailable. */
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<Draft | null>;
  /**
   * Saves a draft made on stored revision `base` (0 for a draft not stored yet). Writes it as
   * revision `base + 1` when the stored one is still `base`; otherwise writes nothing.
   */
  put(draft: Draft, base: number): Promise<SaveOutcome>;
  remove(id: string): Promise<RemoveOutcome>;
  close(): void;
}

/** A storage error as a sentence; a full quota says so and that nothing was lost. */
export function describeDraftError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'Browser storage is full: the latest changes are kept on this page but not saved. The copy saved before is unchanged; export the report or free space for this site.';
  }
  return `Browser storage failed (${name || 'unknown error'}): the latest changes are kept on this page but not saved.`;
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.text === 'string' &&
    typeof v.meta === 'object' &&
    v.meta !== null &&
    Array.isArray(v.claims) &&
    Array.isArray(v.sources) &&
    (v.revision === undefined || (typeof v.revision === 'number' && Number.isInteger(v.revision)))
  );
}

async function attempt(run: () => Promise<unknown>): Promise<RemoveOutcome> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeDraftError(error) };
  }
}

/** The words of a refused save. */
export function conflictMessage(theirs: Draft | null): string {
  return theirs
    ? `This draft was changed in another tab (saved ${theirs.updatedAt.slice(0, 19).replace('T', ' ')} UTC) after this tab last saved it: this tab’s latest change is not saved.`
    : 'This draft was discarded in another tab: this tab’s latest change is not saved.';
}

async function compareAndSet(
  db: IDBPDatabase<WorkbenchDb>,
  draft: Draft,
  base: number,
): Promise<SaveOutcome> {
  try {
    const tx = db.transaction('drafts', 'readwrite');
    const found: unknown = await tx.store.get(draft.id);
    const stored = isDraft(found) ? found : null;
    if (revisionOf(stored) !== base) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, conflict: true, theirs: stored, message: conflictMessage(stored) };
    }
    const revision = base + 1;
    await Promise.all([tx.store.put({ ...draft, revision }), tx.done]);
    return { ok: true, revision };
  } catch (error) {
    return { ok: false, message: describeDraftError(error) };
  }
}

function draftStore(db: IDBPDatabase<WorkbenchDb>): DraftStore {
  return {
    async list() {
      try {
        const all: unknown[] = await db.getAll('drafts');
        return all
          .filter(isDraft)
          .map((d) => ({
            id: d.id,
            title: d.meta.title || d.fileName || '(untitled)',
            claims: d.claims.length,
            updatedAt: d.updatedAt,
          }))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      } catch {
        return [];
      }
    },
    async get(id) {
      try {
        const draft: unknown = await db.get('drafts', id);
        return isDraft(draft) ? draft : null;
      } catch {
        return null;
      }
    },
    put: (draft, base) => compareAndSet(db, draft, base),
    remove: (id) => attempt(() => db.delete('drafts', id)),
    close: () => db.close(),
  };
}

/**
 * Opens the drafts kept in this browser. Never rejects: without IndexedDB the store lists
 * nothing and every save resolves to a message.
 * @param name - database name
 */
export async function openDraftStore(name: string = DEFAULT_WORKBENCH_DB): Promise<DraftStore> {
  try {
    const db = await openDB<WorkbenchDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('drafts', { keyPath: 'id' });
      },
    });
    return draftStore(db);
  } catch (error) {
    const message = describeDraftError(error).replace('failed', 'is unavailable');
    const fail = async (): Promise<{ ok: false; message: string }> => ({ ok: false, message });
    return {
      list: async () => [],
      get: async () => null,
      put: fail,
      remove: fail,
      close: () => undefined,
    };
  }
}

/** A short stable id for an article's text (FNV-1a, 32-bit, hex), so re-opening it continues its draft. */
export function articleId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `a-${hash.toString(16).padStart(8, '0')}-${text.length}`;
}
