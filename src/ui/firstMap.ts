/**
 * The first map comes first. The side panel, the tools on the map, the Share dialog and the
 * map's other layers (places, overlays, the analyst's layers and marks) are rendered once the
 * report's regions are on the map, so that neither their code nor their rendering holds the
 * regions back. AreasLayer announces the regions; a map that draws no regions (the areas
 * layer hidden, no basemap, a load failure) announces at once, and a timer is the last
 * resort, so the panels never wait for a map that will not come.
 */
import { useEffect, useSyncExternalStore } from 'react';

/** Why the rest of the dashboard may come: what the performance mark's detail says. */
export type FirstMapReason = 'regions' | 'no-regions' | 'load-failed' | 'timeout';

/** How long the panels wait for the regions at most. */
export const FIRST_MAP_FALLBACK_MS = 3000;

let shown = false;
const listeners = new Set<() => void>();

/**
 * Says the first map is drawn, or will not be: the rest of the dashboard may come now. Only
 * the first call counts; it leaves a `sitrep:first-map` performance mark with the reason.
 * @param reason - why now
 */
export function announceFirstMap(reason: FirstMapReason): void {
  if (shown) return;
  shown = true;
  performance.mark('sitrep:first-map', { detail: reason });
  for (const listener of [...listeners]) listener();
  listeners.clear();
}

/**
 * @returns a promise that resolves once the first map is announced (at once if it was)
 */
export function whenFirstMapShown(): Promise<void> {
  if (shown) return Promise.resolve();
  return new Promise((resolve) => {
    listeners.add(resolve);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => shown;

/**
 * @param fallbackMs - announce anyway after this long
 * @returns true once the first map is drawn (or will not be)
 */
export function useFirstMapShown(fallbackMs = FIRST_MAP_FALLBACK_MS): boolean {
  const done = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(
    function giveUpWaiting() {
      if (done) return undefined;
      const timer = window.setTimeout(() => announceFirstMap('timeout'), fallbackMs);
      return () => window.clearTimeout(timer);
    },
    [done, fallbackMs],
  );
  return done;
}
