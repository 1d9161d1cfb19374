import { FramePanel } from '../ui/FramePanel';
import type { PanelTab, TableSort } from '../state/viewState';
import { AreaPanel } from '../panels/AreaPanel';
import { EventsPanel } from '../panels/EventsPanel';
import { Overview } from '../panels/Overview';
import { SourcesPanel } from '../panels/SourcesPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Tabs } from '../ui/Tabs';
import type { FigureView } from '../view/model';
import type { DashboardModel } from '../view/dashboardModel';
import { PANEL_TABS } from './panelTabs';

interface SidePanelProps {
  model: DashboardModel;
  loading: boolean;
  tab: PanelTab;
  sort: TableSort;
  openClaim: string | null;
  onTab: (tab: PanelTab) => void;
  onSort: (sort: TableSort) => void;
  /** Opens or closes a figure's provenance (null closes). */
  onOpenClaim: (id: string | null) => void;
  /** Shows a figure's provenance on the Figures tab (from the Sources tab). */
  onOpenFigure: (figure: FigureView) => void;
  onSelectArea: (id: string | null) => void;
}

/** The side panel: the Figures, Timeline and Sources of the selected area, or of all areas. */
export function SidePanel(props: SidePanelProps) {
  const { model, tab } = props;
  const areaName = model.area?.area.name ?? null;
  const content = props.loading ? (
    <FramePanel fallback={<p className="loading">Loading the report data…</p>} />
  ) : tab === 'timeline' ? (
    <EventsPanel
      areaName={areaName}
      events={model.timelineInView}
      onSelectArea={props.onSelectArea}
    />
  ) : tab === 'sources' ? (
    <SourcesPanel areaName={areaName} sources={model.sources} onOpenFigure={props.onOpenFigure} />
  ) : model.area ? (
    <AreaPanel
      {...model.area}
      openClaim={props.openClaim}
      onToggleClaim={(id) => props.onOpenClaim(props.openClaim === id ? null : id)}
      onClose={() => props.onSelectArea(null)}
    />
  ) : (
    <Overview
      areas={model.summaries}
      figures={model.everyFigure}
      asOf={model.shownAsOf}
      figureCount={model.figureCount}
      newCount={model.newCount}
      sort={props.sort}
      hiddenLater={model.hiddenLater}
      since={model.since}
      figuresCredit={model.figuresCredit}
      onSort={props.onSort}
      onSelectArea={props.onSelectArea}
    />
  );
  return (
    <aside className="app-panel" aria-label="Figures">
      <Tabs label="Panel" tabs={PANEL_TABS} selected={tab} onSelect={props.onTab}>
        <ErrorBoundary name="The panel">{content}</ErrorBoundary>
      </Tabs>
    </aside>
  );
}
