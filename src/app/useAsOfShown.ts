import { useDeferredValue, useLayoutEffect } from 'react';

/**
 * The as-of date the panel and the map show. The slider and the badge follow the date at
 * once; the figures follow in a deferred render that React drops when the date moves again,
 * so a slider drag stays at frame rate however many figures there are.
 *
 * Each date the figures reach is marked `sitrep:asof-shown` (detail: the date) in the
 * Performance timeline, when its DOM is in place: the benchmark times an as-of change to it.
 * @param asOf - the date asked for
 * @returns the date shown, which lags `asOf` while a newer render is pending
 */
export function useAsOfShown(asOf: string): string {
  const shown = useDeferredValue(asOf);
  useLayoutEffect(
    function markShown() {
      performance.mark('sitrep:asof-shown', { detail: shown });
    },
    [shown],
  );
  return shown;
}
