import { useCallback } from 'react';
import type { SearchEntry } from '../data/search';
import type { LngLat } from '../geo/types';
import { normalizeViewState } from '../state/url';
import {
  canonicalLayers,
  type LayerId,
  type MapViewport,
  type TableSort,
  type ViewState,
} from '../state/viewState';
import type { FigureView } from '../view/model';
import type { WriteMode } from './useLinkState';

interface ViewActionsInput {
  state: ViewState;
  update: (change: (state: ViewState) => ViewState, mode: WriteMode) => void;
  moveTo: (target: Pick<ViewState, 'map' | 'area'>) => void;
  /** The latest date in the data: an as-of date equal to it is left out of the link. */
  latest: string | null;
  placePosition: (placeId: string) => LngLat | null;
}

/**
 * What the analyst can do to the view, each written to the link: discrete actions push a
 * history entry, pan and zoom replace the current one.
 * @param input - the state, its writer, the map mover and two data lookups
 * @returns the actions the components call
 */
export function useViewActions({ state, update, moveTo, latest, placePosition }: ViewActionsInput) {
  const selectArea = useCallback(
    (id: string | null) => {
      update((s) => ({ ...s, area: id, map: null, claim: null }), 'push');
      moveTo({ area: id, map: null });
    },
    [update, moveTo],
  );

  const pickSearch = useCallback(
    (entry: SearchEntry) => {
      if (entry.kind === 'area') return selectArea(entry.id);
      const position = placePosition(entry.id);
      if (!position) return;
      const viewport = { zoom: 11, lat: position[1], lng: position[0] };
      update((s) => ({ ...s, map: viewport }), 'push');
      moveTo({ map: viewport, area: null });
    },
    [selectArea, placePosition, update, moveTo],
  );

  const onViewChange = useCallback(
    (viewport: MapViewport) => {
      const rounded = normalizeViewState({ ...state, map: viewport }).map;
      const { map } = state;
      // The link holds the centre rounded for the zoom (at least 4 decimals, under 0.01 px at
      // zoom 8). The map is not moved onto the rounded centre: Leaflet keeps its pixel origin
      // whole, so the centre it reports after setView differs from the one asked for by a
      // fraction of a pixel, and chasing the rounded value never converges.
      if (!rounded) return;
      if (map && map.zoom === rounded.zoom && map.lat === rounded.lat && map.lng === rounded.lng) {
        return;
      }
      update((s) => ({ ...s, map: rounded }), 'replace');
    },
    [state, update],
  );

  const toggleLayer = useCallback(
    (id: string, on: boolean) =>
      update((s) => {
        const layers = on
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

  /** A figure's provenance, opened on the Figures tab (from the Sources tab). */
  const openFigure = useCallback(
    (figure: FigureView) => {
      if (!state.area) selectArea(figure.areaId);
      update((s) => ({ ...s, claim: figure.id, tab: 'figures' }), 'push');
    },
    [state.area, selectArea, update],
  );

  const removeLayer = useCallback(
    (layerId: string) =>
      update((s) => ({ ...s, layers: s.layers.filter((id) => id !== layerId) }), 'replace'),
    [update],
  );

  // Stable, so the memoised overview (and its table) skip renders that do not concern them.
  const setSort = useCallback(
    (sort: TableSort) => update((s) => ({ ...s, sort }), 'replace'),
    [update],
  );

  return {
    selectArea,
    pickSearch,
    onViewChange,
    toggleLayer,
    setAsOf,
    setSort,
    openFigure,
    removeLayer,
  };
}
