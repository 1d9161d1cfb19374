import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import type { SearchEntry } from '../data/search';
import type { LngLat } from '../geo/types';
import type { MapArea, MapPlace, MapRoute, MapUncertainty } from '../map/types';
import type { BBox } from './mapData';
import type { DataApi } from './useAppData';

export interface MapModel {
  ready: boolean;
  areas: MapArea[];
  places: MapPlace[];
  route: MapRoute | null;
  uncertainty: MapUncertainty[];
  searchEntries: SearchEntry[];
  bboxOf: (areaId: string) => BBox | null;
  placePosition: (placeId: string) => LngLat | null;
}

/** What the map layers draw, as of a date; memoised on the data, basemap and date. */
export function useMapModel(
  api: DataApi | null,
  ds: Dataset | null,
  basemap: Basemap | null,
  asOf: string,
): MapModel {
  const areas = useMemo(
    () => (api && ds && basemap ? api.mapAreas(ds, basemap, asOf) : []),
    [api, ds, basemap, asOf],
  );
  const places = useMemo(() => (api && ds ? api.mapPlaces(ds) : []), [api, ds]);
  const route = useMemo(() => (api && ds ? api.mapRoute(ds, asOf) : null), [api, ds, asOf]);
  const uncertainty = useMemo(() => (api && ds ? api.mapUncertainty(ds) : []), [api, ds]);
  const entries = useMemo(() => (api && ds ? api.searchEntries(ds) : []), [api, ds]);
  return useMemo(
    () => ({
      ready: Boolean(ds && basemap),
      areas,
      places,
      route,
      uncertainty,
      searchEntries: entries,
      bboxOf: (areaId: string) => {
        const area = ds?.areasById.get(areaId);
        return api && area && basemap ? api.areaBbox(area, basemap) : null;
      },
      placePosition: (placeId: string) => (api ? api.placePosition(placeId) : null),
    }),
    [api, ds, basemap, areas, places, route, uncertainty, entries],
  );
}
