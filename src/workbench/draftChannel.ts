/**
 * Word between tabs of this browser about stored drafts (BroadcastChannel): "draft X was
 * saved as revision N", "draft X was discarded". A tab that hears of a newer revision of the
 * draft it shows takes it when it has no change of its own pending; otherwise its own next
 * save is refused by the store's compare-and-set and asks. Where BroadcastChannel is missing
 * (or a message comes late) the store's check alone keeps edits from being lost.
 */

export type DraftMessage =
  { kind: 'saved'; id: string; revision: number } | { kind: 'removed'; id: string };

export interface DraftChannel {
  post(message: DraftMessage): void;
  close(): void;
}

export const DRAFT_CHANNEL = 'sitrep-workbench-drafts';

/** A message from another tab, checked: anything else is ignored. */
export function readDraftMessage(data: unknown): DraftMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.id !== 'string') return null;
  if (m.kind === 'removed') return { kind: 'removed', id: m.id };
  if (m.kind === 'saved' && typeof m.revision === 'number' && Number.isInteger(m.revision)) {
    return { kind: 'saved', id: m.id, revision: m.revision };
  }
  return null;
}

/**
 * Opens the channel; never throws. Without BroadcastChannel it posts nowhere and hears nothing.
 * @param onMessage - called with each well-formed message from another tab
 * @param name - channel name (tests use their own)
 */
export function openDraftChannel(
  onMessage: (message: DraftMessage) => void,
  name: string = DRAFT_CHANNEL,
): DraftChannel {
  if (typeof BroadcastChannel !== 'function') return { post: () => undefined, close: () => {} };
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(name);
  } catch {
    return { post: () => undefined, close: () => {} };
  }
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readDraftMessage(event.data);
    if (message) onMessage(message);
  };
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel: the other tabs learn of it from the store's check instead.
      }
    },
    close: () => channel.close(),
  };
}
