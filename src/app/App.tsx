import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { Timeline } from '../panels/Timeline';
import type { MapViewport, PanelTab } from '../state/viewState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notices, type Notice } from '../ui/Notices';
import { useMediaQuery } from '../ui/useMediaQuery';
import { legendLayers } from '../view/layers';
import { shownUserLayers } from '../view/shownUserLayers';
import { THEATRE } from './theatre';
import { annotationsLayerProps, useAnnotations } from './annotations/useAnnotations';
import { AppHeader } from './AppHeader';
import { MapOverlay } from './MapOverlay';
import { MapPane } from './MapPane';
import { PhoneSheet } from './PhoneSheet';
import { PanelPlaceholder } from './SidePanelPlaceholder';
import { useFirstMapShown } from '../ui/firstMap';
import { useAppData } from './useAppData';
import { useDashboardModel } from './useDashboardModel';
import { useDashboardNotices, useIgnoredLinkNotice } from './useDashboardNotices';
import { useGazetteer } from './useGazetteer';
import { useImports } from './useImports';
import { useLinkContext } from './useLinkContext';
import { useLinkedLayers } from './linkedLayers/useLinkedLayers';
import { useLinkState } from './useLinkState';
import { loadCompression } from '../state/url';
import { useMapRequests } from './useMapRequests';
import { useNotices } from './useNotices';
import { useSettlementPick } from './useSettlementPick';
import { useUserLayers } from './useUserLayers';
import { useViewActions } from './useViewActions';

// The side panel comes in its own chunk, loaded once the regions are painted (firstMap.ts):
// the first map waits for none of its code. It comes with the link codec's fflate (what it
// imports or shares may be written to the link compressed: src/state/url/compressedJson.ts).
const SidePanel = lazy(() =>
  Promise.all([import('./SidePanel'), loadCompression()]).then(([m]) => ({
    default: m.SidePanel,
  })),
);

const ignoreSelection = () => undefined;

/** The notice for online tiles that do not load. */
const tilesUnavailable = (reason: string): Notice => ({
  id: 'osm-unavailable',
  tone: 'info',
  text: `Online map tiles are unavailable (${reason}); the embedded basemap stays on.`,
});

/** The dashboard: wires the data, the link state and the view model to the components. */
export function App() {
  const { notices, show, dismiss } = useNotices();
  const { dataset, outlineDataset, basemap, regionOutlines, error } = useAppData();
  const userLayers = useUserLayers();
  const context = useLinkContext(dataset, userLayers.layers);
  const onIgnored = useIgnoredLinkNotice(show);
  const { request, moveTo } = useMapRequests();
  const { state, update } = useLinkState(context, onIgnored, moveTo);
  const model = useDashboardModel(dataset, basemap, state, outlineDataset, regionOutlines);
  const { asOf } = model;
  const actions = useViewActions({
    state,
    update,
    moveTo,
    latest: model.range?.max ?? null,
    placePosition: model.placePosition,
  });
  const imports = useImports(userLayers, update);
  // Settlement names load after the basemap; search lists them beside the report's places.
  const gazetteer = useGazetteer(basemap !== null, show);
  const settlementPick = useSettlementPick({
    gazetteer,
    pickReport: actions.pickSearch,
    update,
    moveTo,
    show,
  });
  const marks = useAnnotations(state, asOf, update, show);
  const linked = useLinkedLayers(state, asOf, update, show);
  // Where "Add point at map centre" puts the point: the last centre the map reported.
  const centre = useRef<[number, number]>([
    (THEATRE.bbox[0] + THEATRE.bbox[2]) / 2,
    (THEATRE.bbox[1] + THEATRE.bbox[3]) / 2,
  ]);
  const { onViewChange: writeView } = actions;
  const onViewChange = useCallback(
    (viewport: MapViewport) => {
      centre.current = [viewport.lng, viewport.lat];
      writeView(viewport);
    },
    [writeView],
  );
  const wideScreen = useMediaQuery('(min-width: 761px)');
  const visible = useMemo(() => new Set<string>(state.layers), [state.layers]);
  const layers = useMemo(
    () => shownUserLayers(userLayers.layers ?? [], state.lyr),
    [userLayers.layers, state.lyr],
  );

  useDashboardNotices({
    show,
    dismiss,
    error,
    problems: dataset?.problems,
    asof: state.asof,
    hiddenLater: model.hiddenLater,
    setAsOf: actions.setAsOf,
  });

  const reportStorage = (message: string | null) => {
    if (message) show({ id: 'storage', tone: 'error', text: message });
  };
  const afterFirstMap = useFirstMapShown();
  const setTab = (tab: PanelTab) => update((s) => ({ ...s, tab }), 'replace');
  return (
    <div className={state.embed ? 'app app-embed' : 'app'}>
      {state.embed ? null : (
        <AppHeader
          search={{
            entries: model.searchEntries,
            onPick: settlementPick.pickSearch,
            more: gazetteer.search,
            example: THEATRE.searchExample,
          }}
          share={{ dataset, state, asOf, layers: legendLayers(layers) }}
        />
      )}
      <main className="app-main">
        <MapPane
          model={model}
          basemap={basemap}
          settlements={gazetteer.labels}
          picked={settlementPick.picked}
          userLayers={layers}
          visible={visible}
          selectedArea={state.area}
          request={request}
          imports={imports}
          wideScreen={wideScreen}
          // While drawing, a click on an area places a vertex; it does not select the area.
          onSelectArea={marks.mode ? ignoreSelection : actions.selectArea}
          onViewChange={onViewChange}
          annotations={annotationsLayerProps(state.ann, visible, marks, show)}
          onTilesUnavailable={(reason) => show(tilesUnavailable(reason))}
        >
          <MapOverlay
            afterFirstMap={afterFirstMap}
            embed={state.embed}
            tools={{
              state,
              asOf,
              annotations: state.ann,
              marks,
              centre: () => centre.current,
              layers,
              linked,
              userLayers,
              imports,
              actions,
              visible,
              onStorageProblem: reportStorage,
              figuresCredit: model.figuresCredit,
            }}
          />
        </MapPane>
        {state.embed ? null : (
          <PhoneSheet phone={!wideScreen} dataset={dataset} model={model}>
            <div className="app-timeline">
              <ErrorBoundary name="The timeline">
                <Timeline
                  events={model.events}
                  minDate={model.range?.min ?? asOf}
                  maxDate={model.range?.max ?? asOf}
                  asOf={asOf}
                  latest={state.asof === null}
                  onAsOfChange={actions.setAsOf}
                  onSelectArea={actions.selectArea}
                />
              </ErrorBoundary>
            </div>
            {!afterFirstMap ? (
              <PanelPlaceholder tab={state.tab} onTab={setTab} />
            ) : (
              <Suspense fallback={<PanelPlaceholder tab={state.tab} onTab={setTab} />}>
                <SidePanel
                  model={model}
                  loading={!dataset}
                  tab={state.tab}
                  sort={state.sort}
                  openClaim={state.claim}
                  onTab={setTab}
                  onSort={actions.setSort}
                  onOpenClaim={(claim) => update((s) => ({ ...s, claim }), 'replace')}
                  onOpenFigure={actions.openFigure}
                  onSelectArea={actions.selectArea}
                />
              </Suspense>
            )}
          </PhoneSheet>
        )}
      </main>
      <Notices notices={notices} onDismiss={dismiss} />
    </div>
  );
}
