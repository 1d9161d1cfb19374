/**
 * The first map comes first. The side panel, the tools on the map, the Share dialog and the
 * map's other layers (places, overlays, the analyst's layers and marks) are rendered once the
 * report's regions are on the map, so that neither their code nor their rendering holds the
 * regions back. AreasLayer announces the regions; a map that draws no regions (the areas
 * layer hidden, no basemap, a load failure) announces at once, and a timer is the last
 * resort, so the panels never wait for a map that will not come.
 *
 * The state is an instance (`createFirstMap`) that the app creates and hands down through
 * `FirstMapContext`: no page-wide flag, so every test and every page builds its own.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

/** Why the rest of the dashboard may come: what the performance mark's detail says. */
export type FirstMapReason = 'regions' | 'no-regions' | 'load-failed' | 'timeout';

/** How long the panels wait for the regions at most. */
export const FIRST_MAP_FALLBACK_MS = 3000;

/** Whether the first map is drawn, and who waits for it. */
export interface FirstMap {
  /**
   * Says the first map is drawn, or will not be: the rest of the dashboard may come now. Only
   * the first call counts; it leaves a `sitrep:first-map` performance mark with the reason.
   */
  announce(reason: FirstMapReason): void;
  /** Resolves once the first map is announced (at once if it was). */
  whenShown(): Promise<void>;
  /** True once announced. */
  shown(): boolean;
  /** Calls `listener` once on the announcement; returns the function that stops that. */
  subscribe(listener: () => void): () => void;
}

/**
 * @returns a first map not yet announced
 */
export function createFirstMap(): FirstMap {
  let shown = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  return Object.freeze({
    announce(reason: FirstMapReason) {
      if (shown) return;
      shown = true;
      performance.mark('sitrep:first-map', { detail: reason });
      for (const listener of [...listeners]) listener();
      listeners.clear();
    },
    whenShown: () =>
      shown ? Promise.resolve() : new Promise<void>((resolve) => void subscribe(resolve)),
    shown: () => shown,
    subscribe,
  });
}

/** The app's first map (created in main.tsx); components take it with `useFirstMap`. */
export const FirstMapContext = createContext<FirstMap | null>(null);

/**
 * @returns the first map of the FirstMapContext above
 * @throws when no FirstMapContext provides one
 */
export function useFirstMap(): FirstMap {
  const firstMap = useContext(FirstMapContext);
  if (!firstMap) throw new Error('No first map: render this inside <FirstMapContext value={…}>');
  return firstMap;
}

/**
 * @param fallbackMs - announce anyway after this long
 * @returns true once the first map is drawn (or will not be)
 */
export function useFirstMapShown(fallbackMs = FIRST_MAP_FALLBACK_MS): boolean {
  const firstMap = useFirstMap();
  const done = useSyncExternalStore(firstMap.subscribe, firstMap.shown, firstMap.shown);
  useEffect(
    function giveUpWaiting() {
      if (done) return undefined;
      const timer = window.setTimeout(() => firstMap.announce('timeout'), fallbackMs);
      return function stopWaiting() {
        window.clearTimeout(timer);
      };
    },
    [done, fallbackMs, firstMap],
  );
  return done;
}
