/**
 * The map's part of the dashboard's model (view/dashboardModel.ts): the areas, places, routes
 * and rings the map draws, and the boxes it frames, as plain functions of the dataset, the
 * basemap and the date shown. Each is empty (or null) until what it needs is in.
 */
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import type { SearchEntry } from '../data/search';
import type { BBox, LngLat } from '../geo/types';
import { areaFocus } from './areaFocus';
import {
  areaBbox,
  mapAreas,
  mapPlaces,
  mapRoutes,
  mapUncertainty,
  placePosition,
  searchEntries,
} from './mapModel';
import type { MapArea, MapPlace, MapRoute, MapUncertainty } from './mapTypes';

/** The map's part of the model. */
export interface DashboardMap {
  areas: MapArea[];
  places: MapPlace[];
  routes: MapRoute[];
  uncertainty: MapUncertainty[];
  bboxOf: (areaId: string) => BBox | null;
  /**
   * The box of the report's features in or touching an area (view/areaFocus.ts): what the map
   * keeps in view when the area is too large to show whole; null as bboxOf is.
   */
  focusOf: (areaId: string) => BBox | null;
}

/**
 * @param mapDs - the dataset, else the outlines' dataset, or null
 * @param areaOutlines - the basemap, else the province outlines, or null
 * @param shownAsOf - the date shown
 * @returns the map's areas (empty until both are in)
 */
export function mapAreasOf(
  mapDs: Dataset | null,
  areaOutlines: Basemap | null,
  shownAsOf: string,
): MapArea[] {
  return mapDs && areaOutlines ? mapAreas(mapDs, areaOutlines, shownAsOf) : [];
}

/**
 * @param mapDs - the dataset, else the outlines' dataset, or null
 * @returns the map's places
 */
export function mapPlacesOf(mapDs: Dataset | null): MapPlace[] {
  return mapDs ? mapPlaces(mapDs) : [];
}

/**
 * @param ds - the dataset, or null
 * @param shownAsOf - the date shown
 * @returns the map's routes (they carry figures: empty until the data is in)
 */
export function mapRoutesOf(ds: Dataset | null, shownAsOf: string): MapRoute[] {
  return ds ? mapRoutes(ds, shownAsOf) : [];
}

/**
 * The rings are drawn after the regions (MapView), so they are made after them too.
 * @param mapDs - the dataset, else the outlines' dataset, or null
 * @param afterFirstMap - true once the first map is on screen
 * @returns the uncertainty rings, or empty
 */
export function mapUncertaintyOf(mapDs: Dataset | null, afterFirstMap: boolean): MapUncertainty[] {
  return mapDs && afterFirstMap ? mapUncertainty(mapDs) : [];
}

/**
 * @param ds - the dataset, or null
 * @returns what search looks through (empty until the data is in)
 */
export function searchEntriesOf(ds: Dataset | null): SearchEntry[] {
  return ds ? searchEntries(ds) : [];
}

/**
 * @param mapDs - the dataset, else the outlines' dataset, or null
 * @param basemap - the whole basemap, or null
 * @returns an area's bounding box, null for an unknown area or before the basemap
 */
export function bboxOfArea(
  mapDs: Dataset | null,
  basemap: Basemap | null,
): (areaId: string) => BBox | null {
  return (areaId) => {
    const found = mapDs?.areasById.get(areaId);
    return mapDs && found && basemap ? areaBbox(mapDs, found, basemap) : null;
  };
}

/**
 * @param mapDs - the dataset, else the outlines' dataset, or null
 * @param basemap - the whole basemap, or null
 * @returns the box of the report's features in or touching an area, null for an unknown area,
 *   one without such features or before the basemap
 */
export function focusOfArea(
  mapDs: Dataset | null,
  basemap: Basemap | null,
): (areaId: string) => BBox | null {
  return (areaId) => (mapDs && basemap ? areaFocus(mapDs, areaId, basemap) : null);
}

/**
 * @param mapDs - the dataset, else the outlines' dataset, or null
 * @returns a place's position, null for an unknown place or before the areas are in
 */
export function placePositionOf(mapDs: Dataset | null): (placeId: string) => LngLat | null {
  return (placeId) => (mapDs ? placePosition(mapDs, placeId) : null);
}
