/**
 * The side panel's place while its code loads (after the first map): the same column, so the
 * map beside it never moves when the panel arrives.
 */
export function PanelPlaceholder() {
  return (
    <aside className="app-panel" aria-label="Figures" aria-busy="true">
      <p className="loading">Loading the report data…</p>
    </aside>
  );
}
