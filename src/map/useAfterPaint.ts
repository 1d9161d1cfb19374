import { useEffect, useState } from 'react';
import { afterNextPaint } from '../ui/afterPaint';

/**
 * Whether a frame has been painted since `ready` first became true (and stays true after).
 * The map uses it to paint what the analyst came for (the report's regions) in the first
 * frame that has them, and the context under them (basemap, water, names) in the next one,
 * instead of holding the regions back until the context is drawn too.
 * @param ready - whether the first layers are on the map
 * @returns true from the task after the next paint
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(
    function waitForPaint() {
      if (!ready || painted) return;
      let live = true;
      void afterNextPaint().then(() => {
        if (live) setPainted(true);
      });
      return () => {
        live = false;
      };
    },
    [ready, painted],
  );
  return painted;
}
