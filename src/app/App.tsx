import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { SearchEntry } from '../data/search';
import { nextNonce, type MapViewport, type ViewRequest } from '../map/types';
import { AreaPanel } from '../panels/AreaPanel';
import { LayerList, type LayerItem } from '../panels/LayerList';
import { Overview } from '../panels/Overview';
import { SearchBox } from '../panels/SearchBox';
import { Timeline } from '../panels/Timeline';
import {
  formatIgnored,
  normalizeViewState,
  type IgnoredKey,
  type ParseContext,
} from '../state/url';
import { canonicalLayers, type LayerId, type ViewState } from '../state/viewState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Notices } from '../ui/Notices';
import { formatIsoDate } from '../ui/format';
import { EmbedOpenInSitrep, ShareMenu } from './export/ShareMenu';
import { useAppData } from './useAppData';
import { useUserLayers } from './useUserLayers';
import { UserLayersPanel } from '../panels/UserLayersPanel';
import { FeatureInfo, featureInfo, type FeatureInfoView } from '../panels/FeatureInfo';
import { useLinkState } from './useLinkState';
import { useNotices } from './useNotices';
import { usePanelModel } from './usePanelModel';
import { useMapModel } from './useMapModel';
import { THEATRE_BBOX } from '../map/theatre';

const MapView = lazy(() => import('../map/MapView'));

/** Where the map goes for a state read from a link: its view, else its area, else the theatre. */
function requestFor(next: ViewState): ViewRequest {
  const nonce = nextNonce();
  if (next.map) return { kind: 'viewport', viewport: next.map, nonce };
  if (next.area) return { kind: 'area', areaId: next.area, nonce };
  return { kind: 'fit', bbox: THEATRE_BBOX, nonce };
}

const BUILT_IN_LAYERS: LayerItem[] = [
  {
    id: 'basemap',
    label: 'Basemap',
    swatch: 'swatch-basemap',
    description: 'Natural Earth, offline',
  },
  { id: 'osm', label: 'OpenStreetMap', swatch: 'swatch-osm', description: 'online tiles' },
  { id: 'areas', label: 'Areas', swatch: 'swatch-areas', description: 'oblasts in the report' },
  { id: 'places', label: 'Places', swatch: 'swatch-places', description: 'GeoNames' },
  { id: 'route', label: 'Deployment route', swatch: 'swatch-route', description: 'great circle' },
  {
    id: 'uncertainty',
    label: 'Location uncertainty',
    swatch: 'swatch-uncertainty',
    description: 'approximate places',
  },
];

function parseContextOf(
  dataset: Dataset,
  latest: string | null,
  userLayerIds: ReadonlySet<string>,
): ParseContext {
  const dates = [
    ...dataset.events.map((event) => event.date.start ?? event.date.end),
    ...dataset.claims.map((claim) => claim.reportedOn.end),
  ].sort();
  return {
    areaIds: new Set(dataset.areas.map((area) => area.id)),
    claimIds: new Set(dataset.claims.map((claim) => claim.id)),
    minDate: dates[0] ?? '2000-01-01',
    maxDate: latest ?? '2100-01-01',
    userLayerIds,
  };
}

export function App() {
  const { notices, show, dismiss } = useNotices();
  const { api, dataset, basemap, error } = useAppData();
  const userLayers = useUserLayers();
  // The link is read once the data and this browser's imported layers are known: the codec
  // checks area, figure and layer ids against them.
  const storedLayerIds = userLayers.storedIds;
  const context = useMemo(
    () =>
      api && dataset && storedLayerIds
        ? parseContextOf(dataset, api.latestDate(dataset), storedLayerIds)
        : null,
    [api, dataset, storedLayerIds],
  );
  const [importBusy, setImportBusy] = useState(false);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const [inspected, setInspected] = useState<FeatureInfoView | null>(null);

  const onIgnored = useCallback(
    (ignored: IgnoredKey[]) =>
      show({
        id: 'link-ignored',
        tone: 'info',
        text: `Part of this link could not be used and was ignored — ${ignored
          .map(formatIgnored)
          .join('; ')}.`,
      }),
    [show],
  );
  const [request, setRequest] = useState<ViewRequest | null>(null);
  const onLinkState = useCallback((next: ViewState) => setRequest(requestFor(next)), []);
  const { state, update } = useLinkState(context, onIgnored, onLinkState);
  const latest = context?.maxDate ?? '2025-01-01';
  const asOf = state.asof ?? latest;

  useEffect(
    function reportProblems() {
      if (error) show({ id: 'load-error', tone: 'error', text: error });
      for (const [index, problem] of (dataset?.problems ?? []).entries()) {
        show({
          id: `data-problem-${index}`,
          tone: 'error',
          text: `${problem.file} was left out: ${problem.message}`,
        });
      }
    },
    [dataset, error, show],
  );

  const panel = usePanelModel(api, dataset, state.area, asOf);
  const mapModel = useMapModel(api, dataset, basemap, asOf);
  const selectArea = useCallback(
    (id: string | null) => {
      update((s) => ({ ...s, area: id, map: null, claim: null }), 'push');
      setRequest(
        id
          ? { kind: 'area', areaId: id, nonce: nextNonce() }
          : { kind: 'fit', bbox: THEATRE_BBOX, nonce: nextNonce() },
      );
    },
    [update],
  );

  const showTheatre = useCallback(() => {
    update((s) => ({ ...s, map: null, area: null, claim: null }), 'push');
    setRequest({ kind: 'fit', bbox: THEATRE_BBOX, nonce: nextNonce() });
  }, [update]);

  const onViewChange = useCallback(
    (viewport: MapViewport) => {
      const rounded = normalizeViewState({ ...state, map: viewport }).map;
      if (!rounded) return;
      const same =
        state.map &&
        state.map.zoom === rounded.zoom &&
        state.map.lat === rounded.lat &&
        state.map.lng === rounded.lng;
      // The link holds the centre rounded for the zoom (at least 4 decimals, under 0.01 px at
      // zoom 8). The map is not moved onto the rounded centre: Leaflet keeps its pixel origin
      // whole, so the centre it reports after setView differs from the one asked for by a
      // fraction of a pixel, and chasing the rounded value never converges.
      if (!same) update((s) => ({ ...s, map: rounded }), 'replace');
    },
    [state, update],
  );

  const toggleLayer = useCallback(
    (id: string, visible: boolean) =>
      update((s) => {
        const layers = visible
          ? canonicalLayers([...s.layers, id as LayerId])
          : s.layers.filter((layer) => layer !== id);
        return { ...s, layers };
      }, 'push'),
    [update],
  );

  const setAsOf = useCallback(
    (date: string | null) => update((s) => ({ ...s, asof: date === latest ? null : date }), 'push'),
    [update, latest],
  );

  const pickSearch = useCallback(
    (entry: SearchEntry) => {
      if (entry.kind === 'area') {
        selectArea(entry.id);
        return;
      }
      const position = mapModel.placePosition(entry.id);
      if (!position) return;
      const viewport = { zoom: 11, lat: position[1], lng: position[0] };
      update((s) => ({ ...s, map: viewport }), 'push');
      setRequest({ kind: 'viewport', viewport, nonce: nextNonce() });
    },
    [selectArea, mapModel, update],
  );

  const visible = useMemo(() => new Set<string>(state.layers), [state.layers]);
  // Counted from the sorted as-of index (binary search), not by filtering every claim.
  const hiddenLater =
    api && dataset ? dataset.claims.length - api.claimsAsOf(dataset.asOfIndex, asOf).length : 0;

  useEffect(
    function offerLatest() {
      if (state.asof && hiddenLater > 0) {
        show({
          id: 'newer-figures',
          tone: 'info',
          text: `This view shows what was known on ${formatIsoDate(state.asof)}. ${hiddenLater} newer figure${hiddenLater === 1 ? '' : 's'} exist.`,
          action: { label: 'Show latest', run: () => setAsOf(null) },
        });
      } else {
        dismiss('newer-figures');
      }
    },
    [state.asof, hiddenLater, show, dismiss, setAsOf],
  );

  const reportStorage = (message: string | null) => {
    if (message) show({ id: 'storage', tone: 'error', text: message });
  };

  const importFiles = async (files: File[]) => {
    setImportBusy(true);
    setImportProblems([]);
    const outcome = await userLayers.importFiles(files);
    setImportBusy(false);
    setImportProblems(outcome.problems);
    if (outcome.added.length) {
      const ids = outcome.added.map((layer) => `user:${layer.id}` as LayerId);
      update((s) => ({ ...s, layers: canonicalLayers([...s.layers, ...ids]) }), 'push');
    }
  };

  const embed = state.embed;
  const [wideScreen] = useState(() => window.matchMedia('(min-width: 761px)').matches);
  return (
    <div className={embed ? 'app app-embed' : 'app'}>
      {embed ? null : (
        <header className="app-header">
          <h1>Sitrep</h1>
          <span className="tagline">North Korean troops in Russia · figures by source</span>
          <SearchBox entries={mapModel.searchEntries} onPick={pickSearch} />
          <div className="header-actions">
            <span className="asof-badge">As of {formatIsoDate(asOf)}</span>
            <ShareMenu
              api={api}
              dataset={dataset}
              state={state}
              asOf={asOf}
              layers={BUILT_IN_LAYERS}
            />
          </div>
        </header>
      )}
      <main className="app-main">
        <section
          className={dragging ? 'app-map app-map-dropping' : 'app-map'}
          aria-label="Map"
          onDragOver={(event) => {
            if (!event.dataTransfer.types.includes('Files')) return;
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            const files = [...event.dataTransfer.files];
            if (files.length) void importFiles(files);
          }}
        >
          {dragging ? (
            <div className="drop-hint" aria-hidden="true">
              Drop a GeoJSON or TopoJSON file to add it as a layer
            </div>
          ) : null}
          {inspected ? <FeatureInfo info={inspected} onClose={() => setInspected(null)} /> : null}
          {embed ? <EmbedOpenInSitrep state={state} asOf={asOf} /> : null}
          <ErrorBoundary name="The map">
            <Suspense fallback={<div className="map-loading">Loading the map…</div>}>
              <MapView
                basemap={basemap}
                areas={mapModel.areas}
                places={mapModel.places}
                route={mapModel.route}
                uncertainty={mapModel.uncertainty}
                userLayers={userLayers.layers ?? []}
                onUserFeatureClick={(layerName, properties) =>
                  setInspected(featureInfo(layerName, properties))
                }
                visible={visible}
                selectedArea={state.area}
                request={request}
                bboxOf={mapModel.bboxOf}
                // Keep a fitted area clear of the layer list on wide screens.
                fitPadding={{ bottom: 0, right: wideScreen ? 120 : 0 }}
                onSelectArea={selectArea}
                onViewChange={onViewChange}
                onTilesUnavailable={(reason) =>
                  show({
                    id: 'osm-unavailable',
                    tone: 'info',
                    text: `Online map tiles are unavailable (${reason}); the embedded basemap stays on.`,
                  })
                }
              />
            </Suspense>
          </ErrorBoundary>
          {embed ? null : (
            <div className="map-tools">
              <button type="button" className="map-button" onClick={showTheatre}>
                Whole theatre
              </button>
              <LayerList
                defaultOpen={wideScreen}
                layers={BUILT_IN_LAYERS}
                visible={visible}
                onToggle={toggleLayer}
              >
                <UserLayersPanel
                  layers={(userLayers.layers ?? []).map((layer) => ({
                    id: layer.id,
                    name: layer.name,
                    features: layer.stats.features,
                    visible: visible.has(`user:${layer.id}`),
                  }))}
                  busy={importBusy}
                  problems={importProblems}
                  onImport={(files) => void importFiles(files)}
                  onToggle={(id, on) => toggleLayer(`user:${id}`, on)}
                  onRename={(id, name) => void userLayers.rename(id, name).then(reportStorage)}
                  onRemove={(id) => {
                    update(
                      (s) => ({ ...s, layers: s.layers.filter((l) => l !== `user:${id}`) }),
                      'replace',
                    );
                    void userLayers.remove(id).then(reportStorage);
                  }}
                />
              </LayerList>
            </div>
          )}
        </section>
        {embed ? null : (
          <div className="app-timeline">
            <ErrorBoundary name="The timeline">
              <Timeline
                events={panel.events}
                minDate={context?.minDate ?? latest}
                maxDate={latest}
                asOf={asOf}
                latest={state.asof === null}
                onAsOfChange={setAsOf}
                onSelectArea={selectArea}
              />
            </ErrorBoundary>
          </div>
        )}
        {embed ? null : (
          <aside className="app-panel" aria-label="Figures">
            <ErrorBoundary name="The panel">
              {!dataset ? (
                <p className="loading">Loading the report data…</p>
              ) : panel.area ? (
                <AreaPanel
                  {...panel.area}
                  hiddenLater={hiddenLater}
                  openClaim={state.claim}
                  onToggleClaim={(id) =>
                    update((s) => ({ ...s, claim: s.claim === id ? null : id }), 'replace')
                  }
                  onClose={() => selectArea(null)}
                />
              ) : (
                <Overview
                  areas={panel.summaries}
                  figures={panel.allFigures}
                  sort={state.sort}
                  hiddenLater={hiddenLater}
                  onSort={(sort) => update((s) => ({ ...s, sort }), 'replace')}
                  onSelectArea={selectArea}
                />
              )}
            </ErrorBoundary>
          </aside>
        )}
      </main>
      <Notices notices={notices} onDismiss={dismiss} />
    </div>
  );
}
