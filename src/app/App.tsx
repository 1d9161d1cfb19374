import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { Timeline } from '../panels/Timeline';
import type { MapViewport, PanelTab } from '../state/viewState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notices } from '../ui/Notices';
import { useMediaQuery } from '../ui/useMediaQuery';
import { legendLayers } from '../view/layers';
import { shownUserLayers } from '../view/shownUserLayers';
import { THEATRE_BBOX } from '../view/mapTypes';
import { useAnnotations } from './annotations/useAnnotations';
import { AppHeader } from './AppHeader';
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
import { useMapRequests } from './useMapRequests';
import { useNotices } from './useNotices';
import { useSettlementPick } from './useSettlementPick';
import { useUserLayers } from './useUserLayers';
import { useViewActions } from './useViewActions';

// The side panel, the tools on the map and the embed link come in their own chunks, loaded
// once the regions are painted (firstMap.ts): the first map waits for none of their code.
const SidePanel = lazy(() => import('./SidePanel').then((m) => ({ default: m.SidePanel })));
const MapTools = lazy(() => import('./MapTools').then((m) => ({ default: m.MapTools })));
const EmbedOpenInSitrep = lazy(() =>
  import('./export/ShareMenu').then((m) => ({ default: m.EmbedOpenInSitrep })),
);

const ignoreSelection = () => undefined;

/** The dashboard: wires the data, the link state and the view model to the components. */
export function App() {
  const { notices, show, dismiss } = useNotices();
  const { api, dataset, outlineDataset, basemap, regionOutlines, error } = useAppData();
  const userLayers = useUserLayers();
  const context = useLinkContext(api, dataset, userLayers.layers);
  const onIgnored = useIgnoredLinkNotice(show);
  const { request, moveTo } = useMapRequests();
  const { state, update } = useLinkState(context, onIgnored, moveTo);
  const model = useDashboardModel(api, dataset, basemap, state, outlineDataset, regionOutlines);
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
    (THEATRE_BBOX[0] + THEATRE_BBOX[2]) / 2,
    (THEATRE_BBOX[1] + THEATRE_BBOX[3]) / 2,
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
  const embed = state.embed;
  const afterFirstMap = useFirstMapShown();
  const setTab = (tab: PanelTab) => update((s) => ({ ...s, tab }), 'replace');
  return (
    <div className={embed ? 'app app-embed' : 'app'}>
      {embed ? null : (
        <AppHeader
          search={{
            entries: model.searchEntries,
            onPick: settlementPick.pickSearch,
            more: gazetteer.search,
          }}
          share={{ api, dataset, state, asOf, layers: legendLayers(layers) }}
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
          annotations={{
            annotations: state.ann,
            visible: visible.has('annotations'),
            mode: marks.mode,
            selectedId: marks.selectedId,
            onCreate: marks.add,
            onChange: marks.change,
            onRemove: marks.remove,
            onSelect: marks.select,
            onModeEnd: () => marks.setMode(null),
            onError: (text) => show({ id: 'drawing', tone: 'error', text }),
          }}
          onTilesUnavailable={(reason) =>
            show({
              id: 'osm-unavailable',
              tone: 'info',
              text: `Online map tiles are unavailable (${reason}); the embedded basemap stays on.`,
            })
          }
        >
          {!afterFirstMap ? null : embed ? (
            <Suspense fallback={null}>
              <EmbedOpenInSitrep state={state} asOf={asOf} />
            </Suspense>
          ) : (
            <Suspense fallback={null}>
              <MapTools
                state={state}
                asOf={asOf}
                annotations={state.ann}
                marks={marks}
                centre={() => centre.current}
                layers={layers}
                linked={linked}
                userLayers={userLayers}
                imports={imports}
                actions={actions}
                visible={visible}
                onStorageProblem={reportStorage}
              />
            </Suspense>
          )}
        </MapPane>
        {embed ? null : (
          <PhoneSheet phone={!wideScreen} api={api} dataset={dataset} model={model}>
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
