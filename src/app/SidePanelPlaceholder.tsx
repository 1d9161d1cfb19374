import { FramePanel } from '../ui/FramePanel';

/**
 * The side panel's place while its code loads (after the first map): the same column, so the
 * map beside it never moves when the panel arrives. It shows the page's first frame's panel
 * when there is one (src/ui/FramePanel.tsx).
 */
export function PanelPlaceholder() {
  return (
    <aside className="app-panel" aria-label="Figures" aria-busy="true">
      <FramePanel fallback={<p className="loading">Loading the report data…</p>} />
    </aside>
  );
}
