import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, following changes (a window resized or rotated).
 * @param query - e.g. '(min-width: 761px)'
 * @returns true while it matches
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
