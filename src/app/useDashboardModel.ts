import { frameAsOf } from '../ui/staticFrame';
import { useMemo } from 'react';
import { useFirstMapShown } from '../ui/firstMap';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import type { SearchEntry } from '../data/search';
import type { BBox, LngLat } from '../geo/types';
import type { ViewState } from '../state/viewState';
import type { MapArea, MapPlace, MapRoute, MapUncertainty } from '../view/mapTypes';
import type {
  AreaPanelModel,
  AreaSummary,
  EventView,
  FigureView,
  TimelineEventView,
} from '../view/model';
import type { SourceView } from '../view/sources';
import type { DateRange } from '../view/timeline';
import type { DataApi } from './useAppData';
import { useAsOfShown } from './useAsOfShown';

/** Everything the panels, the map and the timeline show, from the view layer's functions. */
export interface DashboardModel {
  range: DateRange | null;
  /** The effective as-of date: the link's, else the latest in the data. */
  asOf: string;
  /** The link's since date: figures reported after it are marked new. */
  since: string | null;
  area: AreaPanelModel | null;
  /** The overview's area cards: empty unless the Figures tab shows the overview. */
  summaries: AreaSummary[];
  /** How many figures are known as of the date shown, and how many of them are new. */
  figureCount: number;
  newCount: number;
  /**
   * Every figure of the dataset, whatever the date: the overview's table sorts it once per
   * column and shows those known as of the date shown (`shownAsOf`).
   */
  everyFigure: FigureView[];
  /** The date the figures, labels and dots show (the as-of date, once they have caught up). */
  shownAsOf: string;
  /** The Sources tab's list: empty unless that tab is on show. */
  sources: SourceView[];
  /** Every event, oldest first, for the timeline strip (the same list whatever the date). */
  events: EventView[];
  /** The events of the selected area (all when none), for the Timeline tab (else empty). */
  timelineInView: TimelineEventView[];
  /** Figures of the whole dataset reported after the as-of date. */
  hiddenLater: number;
  map: {
    areas: MapArea[];
    places: MapPlace[];
    routes: MapRoute[];
    uncertainty: MapUncertainty[];
    bboxOf: (areaId: string) => BBox | null;
  };
  searchEntries: SearchEntry[];
  placePosition: (placeId: string) => LngLat | null;
}

/**
 * Before the data code has loaded: the date the page's first frame shows (the latest date of
 * the data, written at build time), else a date to show, nothing else.
 */
const FALLBACK_AS_OF = frameAsOf() ?? '2025-01-01';

/**
 * Wires the view layer (src/view/) to React: each part memoised on what it depends on, so
 * moving the as-of date recomputes the as-of parts only.
 * @param api - the data and view code (view/api.ts), handed over with the first outlines
 * @param ds - the dataset
 * @param basemap - the embedded outlines
 * @param state - the view state from the link
 * @returns the model of the whole dashboard
 */
export function useDashboardModel(
  api: DataApi | null,
  ds: Dataset | null,
  basemap: Basemap | null,
  state: Pick<ViewState, 'area' | 'asof' | 'since' | 'tab'>,
  outlines: Dataset | null = null,
  regionOutlines: Basemap | null = null,
): DashboardModel {
  const ready = api && ds ? { api, ds } : null;
  // Only the tab on show is computed: at 100k figures, the overview's list and the Sources
  // tab each cost tens of milliseconds per date, for panels nobody sees. (A tab computes its
  // part when it is opened.)
  const overview = state.tab === 'figures' && !state.area;
  const range = useMemo(() => (api && ds ? api.dateRange(ds) : null), [api, ds]);
  const asOf = state.asof ?? range?.max ?? FALLBACK_AS_OF;
  // The figures, labels and dots follow the date through a deferred render (useAsOfShown);
  // `asOf` itself (slider, badge) follows at once.
  const shownAsOf = useAsOfShown(asOf);
  // Until the report data is in, the map draws the outlines from the areas alone; until the
  // whole basemap is in, the regions come from the province outlines alone.
  const mapDs = ds ?? outlines;
  const areaOutlines = basemap ?? regionOutlines;
  const events: EventView[] = useMemo(() => (api && ds ? api.eventViews(ds) : []), [api, ds]);
  const timelineTab = state.tab === 'timeline';
  const timelineInView = useMemo(
    () =>
      api && ds && timelineTab
        ? api.eventsOfArea(ds, api.timelineEvents(ds, events, shownAsOf), state.area)
        : [],
    [api, ds, events, shownAsOf, state.area, timelineTab],
  );
  const since = state.since;
  // Counts by binary search over the as-of index: no list of 100,000 figures per date.
  const figureCount = ready ? ready.api.knownCount(ready.ds, shownAsOf) : 0;
  const newCount = ready ? ready.api.newSinceCount(ready.ds, null, shownAsOf, since) : 0;
  const everyFigure = useMemo(
    () => (api && ds ? ds.claims.map((claim) => api.figureView(ds, claim)) : []),
    [api, ds],
  );
  const summaries = useMemo(() => {
    if (!api || !ds || !overview) return [];
    return api
      .areaSummaries(ds, shownAsOf)
      .map((summary) =>
        since
          ? { ...summary, newCount: api.newSinceCount(ds, summary.id, shownAsOf, since) }
          : summary,
      );
  }, [api, ds, shownAsOf, since, overview]);
  const area = useMemo(() => {
    if (!api || !ds || !state.area) return null;
    const panel = api.areaPanelModel(ds, state.area, shownAsOf, events, since);
    return panel ? { ...panel, figures: api.markNew(panel.figures, since) } : null;
  }, [api, ds, state.area, shownAsOf, events, since]);
  const sourcesTab = state.tab === 'sources';
  const sources = useMemo(
    () => (api && ds && sourcesTab ? api.sourceViews(ds, state.area, shownAsOf) : []),
    [api, ds, state.area, shownAsOf, sourcesTab],
  );
  const hiddenLater = ready ? ready.api.hiddenLater(ready.ds, null, shownAsOf) : 0;
  const areas = useMemo(
    () => (api && mapDs && areaOutlines ? api.mapAreas(mapDs, areaOutlines, shownAsOf) : []),
    [api, mapDs, areaOutlines, shownAsOf],
  );
  const places = useMemo(() => (api && mapDs ? api.mapPlaces(mapDs) : []), [api, mapDs]);
  const routes = useMemo(
    () => (api && ds ? api.mapRoutes(ds, shownAsOf) : []),
    [api, ds, shownAsOf],
  );
  // The rings are drawn after the regions (MapView), so they are made after them too.
  const afterFirstMap = useFirstMapShown();
  const uncertainty = useMemo(
    () => (api && mapDs && afterFirstMap ? api.mapUncertainty(mapDs) : []),
    [api, mapDs, afterFirstMap],
  );
  const searchEntries = useMemo(() => (api && ds ? api.searchEntries(ds) : []), [api, ds]);
  const map = useMemo(
    () => ({
      areas,
      places,
      routes,
      uncertainty,
      bboxOf: (areaId: string) => {
        const found = mapDs?.areasById.get(areaId);
        return api && mapDs && found && basemap ? api.areaBbox(mapDs, found, basemap) : null;
      },
    }),
    [api, mapDs, basemap, areas, places, routes, uncertainty],
  );
  const placePosition = useMemo(
    () => (placeId: string) => (api && mapDs ? api.placePosition(mapDs, placeId) : null),
    [api, mapDs],
  );
  return {
    range,
    asOf,
    since,
    area,
    summaries,
    figureCount,
    newCount,
    everyFigure,
    shownAsOf,
    sources,
    events,
    timelineInView,
    hiddenLater,
    map,
    searchEntries,
    placePosition,
  };
}
