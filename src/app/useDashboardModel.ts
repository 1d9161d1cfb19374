import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import { useFirstMapShown } from '../ui/firstMap';
import { frameAsOf } from '../ui/staticFrame';
import {
  bboxOfArea,
  focusOfArea,
  mapAreasOf,
  mapPlacesOf,
  mapRoutesOf,
  mapUncertaintyOf,
  placePositionOf,
  searchEntriesOf,
} from '../view/dashboardMap';
import {
  areaPanelOf,
  countsOf,
  effectiveAsOf,
  eventsOf,
  everyFigureOf,
  onShow,
  rangeOf,
  sourcesOf,
  summariesOf,
  timelineInViewOf,
  type DashboardModel,
  type DashboardViewState,
} from '../view/dashboardModel';
import { useAsOfShown } from './useAsOfShown';
import { figuresCredit as figuresCreditOf } from '../view/credits';

export type { DashboardModel } from '../view/dashboardModel';

/**
 * Before the data is in: the date the page's first frame shows (the latest date of the data,
 * written at build time), else a date to show, nothing else.
 */
const FALLBACK_AS_OF = frameAsOf() ?? '2025-01-01';

/**
 * Wires the view layer's model (src/view/dashboardModel.ts) to React: each part memoised on
 * what it depends on, so moving the as-of date recomputes the as-of parts only, and only the
 * tab on show computes its list. The figures, labels and dots follow the date through a
 * deferred render (useAsOfShown); `asOf` itself (slider, badge) follows at once.
 * @param ds - the dataset, null until it is in
 * @param basemap - the embedded outlines
 * @param state - the view state from the link
 * @param outlines - the areas without report data: the map's outlines until `ds` is in
 * @param regionOutlines - the province outlines alone, until the whole basemap is in
 * @returns the model of the whole dashboard
 */
export function useDashboardModel(
  ds: Dataset | null,
  basemap: Basemap | null,
  state: DashboardViewState,
  outlines: Dataset | null = null,
  regionOutlines: Basemap | null = null,
): DashboardModel {
  const { area, since } = state;
  const { overview, timeline, sources: sourcesTab } = onShow(state);
  const range = useMemo(() => rangeOf(ds), [ds]);
  const asOf = effectiveAsOf(state.asof, range, FALLBACK_AS_OF);
  const shownAsOf = useAsOfShown(asOf);
  const mapDs = ds ?? outlines;
  const areaOutlines = basemap ?? regionOutlines;
  const events = useMemo(() => eventsOf(ds), [ds]);
  const timelineInView = useMemo(
    () => timelineInViewOf(ds, events, shownAsOf, area, timeline),
    [ds, events, shownAsOf, area, timeline],
  );
  const counts = countsOf(ds, shownAsOf, since);
  const everyFigure = useMemo(() => everyFigureOf(ds), [ds]);
  const summaries = useMemo(
    () => summariesOf(ds, shownAsOf, since, overview),
    [ds, shownAsOf, since, overview],
  );
  const areaPanel = useMemo(
    () => areaPanelOf(ds, area, shownAsOf, events, since),
    [ds, area, shownAsOf, events, since],
  );
  const sources = useMemo(
    () => sourcesOf(ds, shownAsOf, area, sourcesTab),
    [ds, shownAsOf, area, sourcesTab],
  );
  const areas = useMemo(
    () => mapAreasOf(mapDs, areaOutlines, shownAsOf),
    [mapDs, areaOutlines, shownAsOf],
  );
  const places = useMemo(() => mapPlacesOf(mapDs), [mapDs]);
  const routes = useMemo(() => mapRoutesOf(ds, shownAsOf), [ds, shownAsOf]);
  const afterFirstMap = useFirstMapShown();
  const uncertainty = useMemo(() => mapUncertaintyOf(mapDs, afterFirstMap), [mapDs, afterFirstMap]);
  const searchEntries = useMemo(() => searchEntriesOf(ds), [ds]);
  const map = useMemo(
    () => ({
      areas,
      places,
      routes,
      uncertainty,
      bboxOf: bboxOfArea(mapDs, basemap),
      focusOf: focusOfArea(mapDs, basemap),
    }),
    [mapDs, basemap, areas, places, routes, uncertainty],
  );
  const placePosition = useMemo(() => placePositionOf(mapDs), [mapDs]);
  const figuresCredit = useMemo(() => figuresCreditOf(ds?.reports ?? null), [ds]);
  return {
    range,
    asOf,
    since,
    area: areaPanel,
    summaries,
    ...counts,
    everyFigure,
    shownAsOf,
    sources,
    events,
    timelineInView,
    map,
    searchEntries,
    placePosition,
    figuresCredit,
  };
}
