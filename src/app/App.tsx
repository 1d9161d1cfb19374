import { useCallback, useEffect, useMemo, useRef } from 'react';
import { userLayerId } from '../data/layerIds';
import { LayerList } from '../panels/LayerList';
import { SearchBox } from '../panels/SearchBox';
import { Timeline } from '../panels/Timeline';
import { UserLayersPanel } from '../panels/UserLayersPanel';
import { formatIgnored, type IgnoredKey } from '../state/url';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notices } from '../ui/Notices';
import { formatIsoDate } from '../ui/format';
import { useMediaQuery } from '../ui/useMediaQuery';
import { BUILT_IN_LAYERS, legendLayers } from '../view/layers';
import { dataNotices } from './dataNotices';
import { EmbedOpenInSitrep, ShareMenu } from './export/ShareMenu';
import { MapPane } from './MapPane';
import { SidePanel } from './SidePanel';
import { useAppData } from './useAppData';
import { useDashboardModel } from './useDashboardModel';
import { useGazetteer } from './useGazetteer';
import { useImports } from './useImports';
import { useLinkState } from './useLinkState';
import { useMapRequests } from './useMapRequests';
import { useNotices } from './useNotices';
import { useSettlementPick } from './useSettlementPick';
import { useUserLayers } from './useUserLayers';
import { useViewActions } from './useViewActions';
import { useAnnotations } from './annotations/useAnnotations';
import { AnnotationsPanel } from '../panels/AnnotationsPanel';
import { LINK_BUDGET } from '../state/url';
import type { MapViewport } from '../state/viewState';
import { THEATRE_BBOX } from '../view/mapTypes';

const ignoreSelection = () => undefined;

/** The dashboard: wires the data, the link state and the view model to the components. */
export function App() {
  const { notices, show, dismiss } = useNotices();
  const { api, dataset, outlineDataset, basemap, error } = useAppData();
  const userLayers = useUserLayers();
  // The link is read once the data and this browser's imported layers are known: the codec
  // checks area, figure and layer ids against them. The ids follow imports and removals, so
  // Back/Forward and hand edits keep a layer imported after the page opened.
  const userLayerIds = useMemo(
    () =>
      userLayers.layers ? new Set(userLayers.layers.map((layer) => `user:${layer.id}`)) : null,
    [userLayers.layers],
  );
  const context = useMemo(
    () => (api && dataset && userLayerIds ? api.linkParseContext(dataset, userLayerIds) : null),
    [api, dataset, userLayerIds],
  );
  const onIgnored = useCallback(
    (ignored: IgnoredKey[]) =>
      show({
        id: 'link-ignored',
        tone: 'info',
        text: `Part of this link could not be used and was ignored — ${ignored.map(formatIgnored).join('; ')}.`,
      }),
    [show],
  );
  const { request, moveTo } = useMapRequests();
  const { state, update } = useLinkState(context, onIgnored, moveTo);
  const model = useDashboardModel(api, dataset, basemap, state, outlineDataset);
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
  const layers = userLayers.layers ?? [];

  useEffect(
    function reportDataProblems() {
      for (const notice of dataNotices(error, dataset?.problems ?? [])) show(notice);
    },
    [dataset, error, show],
  );

  const { setAsOf } = actions;
  useEffect(
    function offerLatest() {
      const hidden = model.hiddenLater;
      if (!state.asof || hidden === 0) return dismiss('newer-figures');
      show({
        id: 'newer-figures',
        tone: 'info',
        text: `This view shows what was known on ${formatIsoDate(state.asof)}. ${hidden} newer figure${hidden === 1 ? '' : 's'} exist.`,
        action: { label: 'Show latest', run: () => setAsOf(null) },
      });
    },
    [state.asof, model.hiddenLater, show, dismiss, setAsOf],
  );

  const reportStorage = (message: string | null) => {
    if (message) show({ id: 'storage', tone: 'error', text: message });
  };
  const embed = state.embed;
  return (
    <div className={embed ? 'app app-embed' : 'app'}>
      {embed ? null : (
        <header className="app-header">
          <h1>Sitrep</h1>
          <span className="tagline">North Korean troops in Russia · figures by source</span>
          <SearchBox
            entries={model.searchEntries}
            onPick={settlementPick.pickSearch}
            more={gazetteer.search}
          />
          <div className="header-actions">
            <a className="header-link" href="#workbench">
              Workbench
            </a>
            <span className="asof-badge">As of {formatIsoDate(asOf)}</span>
            <ShareMenu
              api={api}
              dataset={dataset}
              state={state}
              asOf={asOf}
              layers={legendLayers(layers)}
            />
          </div>
        </header>
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
          {embed ? (
            <EmbedOpenInSitrep state={state} asOf={asOf} />
          ) : (
            <div className="map-tools">
              <button type="button" className="map-button" onClick={() => actions.selectArea(null)}>
                Whole theatre
              </button>
              <AnnotationsPanel
                annotations={state.ann}
                mode={marks.mode}
                selectedId={marks.selectedId}
                canUndo={marks.canUndo}
                linkLength={marks.linkLength}
                linkBudget={LINK_BUDGET}
                onMode={marks.setMode}
                onAddAtCentre={() => marks.add({ type: 'Point', coordinates: centre.current })}
                onUndo={marks.undo}
                onNote={marks.setNote}
                onDelete={marks.remove}
                onSelect={marks.select}
                onDownload={marks.download}
              />
              <LayerList
                defaultOpen={wideScreen}
                layers={BUILT_IN_LAYERS}
                visible={visible}
                onToggle={actions.toggleLayer}
              >
                <UserLayersPanel
                  layers={layers.map((layer) => ({
                    id: layer.id,
                    name: layer.name,
                    features: layer.stats.features,
                    visible: visible.has(userLayerId(layer.id)),
                  }))}
                  busy={imports.busy}
                  problems={imports.problems}
                  warnings={imports.warnings}
                  onImport={(files) => void imports.importFiles(files)}
                  onToggle={(id, on) => actions.toggleLayer(userLayerId(id), on)}
                  onRename={(id, name) => void userLayers.rename(id, name).then(reportStorage)}
                  onRemove={(id) => {
                    actions.removeLayer(userLayerId(id));
                    void userLayers.remove(id).then(reportStorage);
                  }}
                />
              </LayerList>
            </div>
          )}
        </MapPane>
        {embed ? null : (
          <div className="app-timeline">
            <ErrorBoundary name="The timeline">
              <Timeline
                events={model.timeline}
                minDate={model.range?.min ?? asOf}
                maxDate={model.range?.max ?? asOf}
                asOf={asOf}
                latest={state.asof === null}
                onAsOfChange={setAsOf}
                onSelectArea={actions.selectArea}
              />
            </ErrorBoundary>
          </div>
        )}
        {embed ? null : (
          <SidePanel
            model={model}
            loading={!dataset}
            tab={state.tab}
            sort={state.sort}
            openClaim={state.claim}
            onTab={(tab) => update((s) => ({ ...s, tab }), 'replace')}
            onSort={(sort) => update((s) => ({ ...s, sort }), 'replace')}
            onOpenClaim={(claim) => update((s) => ({ ...s, claim }), 'replace')}
            onOpenFigure={actions.openFigure}
            onSelectArea={actions.selectArea}
          />
        )}
      </main>
      <Notices notices={notices} onDismiss={dismiss} />
    </div>
  );
}
