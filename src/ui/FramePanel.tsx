import { useCallback, useState, type ReactNode } from 'react';
import { staticFramePanel } from './staticFrame';

/**
 * While the side panel's code or the report data loads: the page's first frame's panel (every
 * area's headline figures as of the latest date, as index.html showed them before any script)
 * instead of a bare loading line, so the figures do not vanish when the app starts. The same
 * element is moved here (not copied: nothing is rendered from HTML); `fallback` when the page
 * has none for this link.
 */
export function FramePanel({ fallback }: { fallback: ReactNode }) {
  const [panel] = useState(staticFramePanel);
  const host = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && panel) element.appendChild(panel);
    },
    [panel],
  );
  if (!panel) return fallback;
  return <div ref={host} aria-busy="true" />;
}
