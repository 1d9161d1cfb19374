import type { PanelTab } from '../state/viewState';
import type { TabSpec } from '../ui/Tabs';

/**
 * The side panel's tabs. The panel (SidePanel), its place while its code loads
 * (PanelPlaceholder) and the page's first frame (StaticFrame) all draw this tab bar, so the
 * panel's content starts at the same height in each and nothing moves between them.
 */
export const PANEL_TABS: readonly TabSpec<PanelTab>[] = [
  { id: 'figures', label: 'Figures' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'sources', label: 'Sources' },
];
