import type { PanelTab } from '../state/viewState';
import { FramePanel } from '../ui/FramePanel';
import { Tabs } from '../ui/Tabs';
import { PANEL_TABS } from './panelTabs';

/**
 * The side panel's place while its code loads (after the first map): the same column and the
 * same tab bar, so neither the map beside it nor the content under the tabs moves when the
 * panel arrives. It shows the page's first frame's panel when there is one
 * (src/ui/FramePanel.tsx).
 */
export function PanelPlaceholder({
  tab,
  onTab,
}: {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
}) {
  return (
    <aside className="app-panel" aria-label="Figures" aria-busy="true">
      <Tabs label="Panel" tabs={PANEL_TABS} selected={tab} onSelect={onTab}>
        <FramePanel fallback={<p className="loading">Loading the report data…</p>} />
      </Tabs>
    </aside>
  );
}
