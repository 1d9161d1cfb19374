import { AreaCard } from '../panels/AreaCard';
import { Timeline } from '../panels/Timeline';
import { FrameMap } from '../map/FrameMap';
import { createDefaultViewState } from '../state/viewState';
import { formatIsoDate } from '../ui/format';
import type { FrameModel, FrameSummary } from '../view/frameModel';
import { Tabs } from '../ui/Tabs';
import { AppHeader } from './AppHeader';
import { THEATRE } from './theatre';
import { PANEL_TABS } from './panelTabs';

const nothing = () => undefined;

/**
 * The dashboard's first frame, rendered into index.html at build time
 * (scripts/vite/staticFrame.ts): the header and the timeline as the app's first render draws
 * them (the same components), the theatre map as an SVG in the map's place, and the overview's
 * areas with their headline figures as of the latest date in the panel's place. It is painted
 * when the HTML arrives, before any script, and is all a visitor without JavaScript sees. The
 * same classes as the app's, so the same CSS places every box where the app will put it; the
 * panel's tab bar and area cards are the app's components (Tabs, AreaCard).
 */
export function StaticFrame({ map, summary }: { map: FrameModel; summary: FrameSummary }) {
  return (
    <div className="app app-frame">
      <AppHeader
        search={{ entries: [], onPick: nothing, example: THEATRE.searchExample }}
        share={{
          dataset: null,
          state: createDefaultViewState(),
          asOf: summary.asOf,
          layers: [],
        }}
      />
      <main className="app-main">
        <section className="app-map" aria-label="Map">
          <div className="map frame-map-box">
            <FrameMap model={map} />
          </div>
        </section>
        <div className="app-timeline">
          <Timeline
            events={[]}
            minDate={summary.asOf}
            maxDate={summary.asOf}
            asOf={summary.asOf}
            latest={true}
            onAsOfChange={nothing}
            onSelectArea={nothing}
          />
        </div>
        <aside className="app-panel" aria-label="Figures">
          <Tabs label="Panel" tabs={PANEL_TABS} selected="figures" onSelect={nothing}>
            <div className="frame-panel">
              <header className="panel-header">
                <h2>Areas in the report</h2>
              </header>
              <ul className="area-cards">
                {summary.areas.map((area) => (
                  <li key={area.id}>
                    <AreaCard area={area} />
                  </li>
                ))}
              </ul>
              {/* Below the cards, not above: they sit where the overview will put its own. */}
              <p className="frame-asof">Headline figures as of {formatIsoDate(summary.asOf)}.</p>
              <noscript>
                <p className="frame-noscript">
                  The dashboard needs JavaScript: the interactive map, every figure with its source,
                  the timeline and the downloads. Turn JavaScript on to use it.
                </p>
              </noscript>
            </div>
          </Tabs>
        </aside>
      </main>
    </div>
  );
}
