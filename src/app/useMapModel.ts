import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import type { SearchEntry } from '../data/search';
import type { LngLat } from '../geo/types';
import type { MapArea, MapPlace, MapRoute, MapUncertainty } from '../map/types';
import {
  areaBbox,
  mapAreas,
  mapPlaces,
  mapRoute,
  mapUncertainty,
  placePosition,
  searchEntries,
  type BBox,
} from './mapData';

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
export function useMapModel(ds: Dataset | null, basemap: Basemap | null, asOf: string): MapModel {
  const areas = useMemo(
    () => (ds && basemap ? mapAreas(ds, basemap, asOf) : []),
    [ds, basemap, asOf],
  );
  const places = useMemo(() => (ds ? mapPlaces(ds) : []), [ds]);
  const route = useMemo(() => (ds ? mapRoute(ds, asOf) : null), [ds, asOf]);
  const uncertainty = useMemo(() => (ds ? mapUncertainty(ds) : []), [ds]);
  const entries = useMemo(() => (ds ? searchEntries(ds) : []), [ds]);
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
        return area && basemap ? areaBbox(area, basemap) : null;
      },
      placePosition,
    }),
    [ds, basemap, areas, places, route, uncertainty, entries],
  );
}
