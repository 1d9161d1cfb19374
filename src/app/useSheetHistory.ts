import { useCallback, useEffect, useState } from 'react';
import type { SheetSnap } from '../ui/BottomSheet';

/** The key of the phone sheet's mark in `history.state`: never in the link. */
const MARK = 'sitrepSheet';

interface SheetMark {
  snap: Exclude<SheetSnap, 'peek'>;
  /** The address when the sheet was opened: Back goes there only while it is unchanged. */
  base: string;
}

function markOf(state: unknown): SheetMark | null {
  if (typeof state !== 'object' || state === null) return null;
  const mark = (state as Record<string, unknown>)[MARK];
  if (typeof mark !== 'object' || mark === null) return null;
  const { snap, base } = mark as Record<string, unknown>;
  return (snap === 'half' || snap === 'full') && typeof base === 'string' ? { snap, base } : null;
}

/**
 * Where the phone's bottom sheet stands, with Back closing an open sheet before it leaves the
 * view. Opening the sheet pushes a history entry with the same address (so the link, and the
 * link writer in useLinkState, see no change) and a mark in `history.state`; Back returns to the
 * entry without the mark, and the sheet goes down to its peek. Closing the sheet by hand takes
 * that entry back off, unless the link was written while it was open (a pan, a picked area):
 * then the entry stays, as the step to the newer view, and only loses its mark.
 * @param enabled - false on wide screens, where there is no sheet: history is left alone
 * @returns the snap point and the function that moves the sheet
 */
export function useSheetHistory(enabled: boolean): [SheetSnap, (snap: SheetSnap) => void] {
  const [snap, setSnap] = useState<SheetSnap>('peek');

  useEffect(
    function followBackAndForward() {
      if (!enabled) return;
      // A reload keeps history.state: start at the peek, as the first frame does.
      if (markOf(window.history.state)) window.history.replaceState(null, '', window.location.href);
      const onPopState = () => setSnap(markOf(window.history.state)?.snap ?? 'peek');
      window.addEventListener('popstate', onPopState);
      return function stopFollowing() {
        window.removeEventListener('popstate', onPopState);
      };
    },
    [enabled],
  );

  const move = useCallback((next: SheetSnap) => {
    const mark = markOf(window.history.state);
    const here = window.location.href;
    if (next === 'peek') {
      if (mark && mark.base === here) window.history.back();
      else if (mark) window.history.replaceState(null, '', here);
    } else if (mark) {
      window.history.replaceState({ [MARK]: { ...mark, snap: next } }, '', here);
    } else {
      window.history.pushState({ [MARK]: { snap: next, base: here } }, '', here);
    }
    setSnap(next);
  }, []);

  return [snap, move];
}
