/**
 * The dashboard's model: everything the panels, the map and the timeline show, as plain
 * functions of the dataset, the view state and the date shown. `dashboardModel` builds the
 * whole of it; src/app/useDashboardModel.ts memoises the same parts one by one, so that moving
 * the date recomputes the parts that depend on it only.
 *
 * Until the report data is in, `ds` is null and every part is empty; the map draws the
 * outlines from `outlines` (the areas without report data) and, until the whole basemap is in,
 * the regions from `regionOutlines`.
 */
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import type { SearchEntry } from '../data/search';
import type { LngLat } from '../geo/types';
import type { ViewState } from '../state/viewState';
import { hiddenLater, knownCount } from './asOf';
import { areaPanelModel } from './areaPanel';
import { figuresCredit } from './credits';
import { areaSummaries, eventViews, figureView } from './figures';
import {
  bboxOfArea,
  focusOfArea,
  mapAreasOf,
  mapPlacesOf,
  mapRoutesOf,
  mapUncertaintyOf,
  placePositionOf,
  searchEntriesOf,
  type DashboardMap,
} from './dashboardMap';
import type {
  AreaPanelModel,
  AreaSummary,
  EventView,
  FigureView,
  TimelineEventView,
} from './model';
import { markNew, newSinceCount } from './since';
import { sourceViews, type SourceView } from './sources';
import { dateRange, eventsOfArea, timelineEvents, type DateRange } from './timeline';

/** The parts of the view state the model reads. */
export type DashboardViewState = Pick<ViewState, 'area' | 'asof' | 'since' | 'tab'>;

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
  map: DashboardMap;
  searchEntries: SearchEntry[];
  placePosition: (placeId: string) => LngLat | null;
  /** Which reports the figures come from, for the credits (view/credits.ts). */
  figuresCredit: string;
}

/** What the whole model is made from. */
export interface DashboardInput {
  /** Every report's data; null until it is in. */
  ds: Dataset | null;
  state: DashboardViewState;
  /** The date to show when the link has none and the data is not in yet. */
  fallbackAsOf: string;
  /** The date the figures show; the as-of date when left out (it follows it, deferred). */
  shownAsOf?: string;
  /** The areas without report data: the map's outlines until `ds` is in. */
  outlines?: Dataset | null;
  basemap?: Basemap | null;
  /** The province outlines alone: the map's regions until `basemap` is in. */
  regionOutlines?: Basemap | null;
  /** False until the first map is on screen: the uncertainty rings wait for it. */
  afterFirstMap?: boolean;
}

/** Which of the lists that only one tab shows are on show. */
export interface OnShow {
  /** The Figures tab with no area selected: the overview's cards. */
  overview: boolean;
  timeline: boolean;
  sources: boolean;
}

/**
 * Only the tab on show is computed: at 100k figures, the overview's list and the Sources tab
 * each cost tens of milliseconds per date, for panels nobody sees. (A tab computes its part
 * when it is opened.)
 * @param state - the selected area and the tab
 * @returns which tab-only lists to compute
 */
export function onShow(state: Pick<DashboardViewState, 'area' | 'tab'>): OnShow {
  return {
    overview: state.tab === 'figures' && !state.area,
    timeline: state.tab === 'timeline',
    sources: state.tab === 'sources',
  };
}

/**
 * @param ds - the dataset, or null
 * @returns the first and last date of the data, or null without data
 */
export function rangeOf(ds: Dataset | null): DateRange | null {
  return ds ? dateRange(ds) : null;
}

/**
 * The one as-of rule of the dashboard: the link's date, else the latest in the data.
 * @param asof - the link's as-of date, or null for the latest
 * @param range - the data's date range, or null without data
 * @param fallback - the date to show before the data is in
 * @returns the effective as-of date
 */
export function effectiveAsOf(
  asof: string | null,
  range: DateRange | null,
  fallback: string,
): string {
  return asof ?? range?.max ?? fallback;
}

/**
 * @param ds - the dataset, or null
 * @returns every event, oldest first (empty without data)
 */
export function eventsOf(ds: Dataset | null): EventView[] {
  return ds ? eventViews(ds) : [];
}

/**
 * The Timeline tab's list.
 * @param ds - the dataset, or null
 * @param events - every event (`eventsOf`)
 * @param shownAsOf - the date shown
 * @param areaId - the selected area, or null for all
 * @param shown - whether the Timeline tab is on show (`onShow`)
 * @returns the events of the area (all when none) as of the date, or empty
 */
export function timelineInViewOf(
  ds: Dataset | null,
  events: EventView[],
  shownAsOf: string,
  areaId: string | null,
  shown: boolean,
): TimelineEventView[] {
  if (!ds || !shown) return [];
  return eventsOfArea(ds, timelineEvents(ds, events, shownAsOf), areaId);
}

/**
 * Counts by binary search over the as-of index: no list of 100,000 figures per date.
 * @param ds - the dataset, or null
 * @param shownAsOf - the date shown
 * @param since - the link's since date, or null
 * @returns the figures known, the new among them, and those reported after the date
 */
export function countsOf(
  ds: Dataset | null,
  shownAsOf: string,
  since: string | null,
): Pick<DashboardModel, 'figureCount' | 'newCount' | 'hiddenLater'> {
  if (!ds) return { figureCount: 0, newCount: 0, hiddenLater: 0 };
  return {
    figureCount: knownCount(ds, shownAsOf),
    newCount: newSinceCount(ds, null, shownAsOf, since),
    hiddenLater: hiddenLater(ds, null, shownAsOf),
  };
}

/**
 * @param ds - the dataset, or null
 * @returns every figure's view, whatever the date (empty without data)
 */
export function everyFigureOf(ds: Dataset | null): FigureView[] {
  return ds ? ds.claims.map((claim) => figureView(ds, claim)) : [];
}

/**
 * The overview's area cards.
 * @param ds - the dataset, or null
 * @param shownAsOf - the date shown
 * @param since - the link's since date, or null
 * @param shown - whether the overview is on show (`onShow`)
 * @returns the cards, each with its count of new figures when there is a since date
 */
export function summariesOf(
  ds: Dataset | null,
  shownAsOf: string,
  since: string | null,
  shown: boolean,
): AreaSummary[] {
  if (!ds || !shown) return [];
  return areaSummaries(ds, shownAsOf).map((summary) =>
    since ? { ...summary, newCount: newSinceCount(ds, summary.id, shownAsOf, since) } : summary,
  );
}

/**
 * @param ds - the dataset, or null
 * @param areaId - the selected area, or null
 * @param shownAsOf - the date shown
 * @param events - every event (`eventsOf`)
 * @param since - the link's since date, or null
 * @returns the selected area's panel with its new figures marked, or null
 */
export function areaPanelOf(
  ds: Dataset | null,
  areaId: string | null,
  shownAsOf: string,
  events: EventView[],
  since: string | null,
): AreaPanelModel | null {
  if (!ds || !areaId) return null;
  const panel = areaPanelModel(ds, areaId, shownAsOf, events, since);
  return panel ? { ...panel, figures: markNew(panel.figures, since) } : null;
}

/**
 * The Sources tab's list.
 * @param ds - the dataset, or null
 * @param shownAsOf - the date shown
 * @param areaId - the selected area, or null for all
 * @param shown - whether the Sources tab is on show (`onShow`)
 * @returns the sources of the area (all when none) as of the date, or empty
 */
export function sourcesOf(
  ds: Dataset | null,
  shownAsOf: string,
  areaId: string | null,
  shown: boolean,
): SourceView[] {
  return ds && shown ? sourceViews(ds, areaId, shownAsOf) : [];
}

/**
 * The whole model at once: what useDashboardModel gives, memoised there part by part.
 * @param input - the dataset, the view state, the dates and the outlines
 * @returns the model of the whole dashboard
 * @example
 * dashboardModel({ ds, state: { area: null, asof: null, since: null, tab: 'figures' },
 *   fallbackAsOf: '2025-01-01' }).figureCount
 */
export function dashboardModel(input: DashboardInput): DashboardModel {
  const { ds, state } = input;
  const range = rangeOf(ds);
  const asOf = effectiveAsOf(state.asof, range, input.fallbackAsOf);
  const shownAsOf = input.shownAsOf ?? asOf;
  const mapDs = ds ?? input.outlines ?? null;
  const basemap = input.basemap ?? null;
  const events = eventsOf(ds);
  const shown = onShow(state);
  return {
    range,
    asOf,
    since: state.since,
    area: areaPanelOf(ds, state.area, shownAsOf, events, state.since),
    summaries: summariesOf(ds, shownAsOf, state.since, shown.overview),
    ...countsOf(ds, shownAsOf, state.since),
    everyFigure: everyFigureOf(ds),
    shownAsOf,
    sources: sourcesOf(ds, shownAsOf, state.area, shown.sources),
    events,
    timelineInView: timelineInViewOf(ds, events, shownAsOf, state.area, shown.timeline),
    map: {
      areas: mapAreasOf(mapDs, basemap ?? input.regionOutlines ?? null, shownAsOf),
      places: mapPlacesOf(mapDs),
      routes: mapRoutesOf(ds, shownAsOf),
      uncertainty: mapUncertaintyOf(mapDs, input.afterFirstMap ?? true),
      bboxOf: bboxOfArea(mapDs, basemap),
      focusOf: focusOfArea(mapDs, basemap),
    },
    searchEntries: searchEntriesOf(ds),
    placePosition: placePositionOf(mapDs),
    figuresCredit: figuresCredit(ds?.reports ?? null),
  };
}
