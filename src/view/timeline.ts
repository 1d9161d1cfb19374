/** The timeline's events as of a date, and the date range the as-of control can take. */
import { latestDate, type Dataset } from '../data/dataset';
import { knownEventIds } from './asOf';
import type { EventView, TimelineEventView } from './model';

/**
 * Events marked known or not on a date.
 * @param ds - the dataset (its events decide what is known)
 * @param events - the events as the timeline shows them (from `eventViews`)
 * @param asOf - ISO date
 * @returns the same events in order, each with `known`
 */
export function timelineEvents(
  ds: Dataset,
  events: readonly EventView[],
  asOf: string,
): TimelineEventView[] {
  const known = knownEventIds(ds.events, asOf);
  return events.map((event) => ({ ...event, known: known.has(event.id) }));
}

/**
 * The events an area's views show: its own, its parent's and its children's (Nikolske's in
 * Donetsk's panel).
 * @param ds - the dataset (for the area tree)
 * @param events - events to pick from
 * @param areaId - the selected area, or null for all events
 * @returns those events, in the given order
 */
export function eventsOfArea<E extends EventView>(
  ds: Dataset,
  events: readonly E[],
  areaId: string | null,
): E[] {
  if (areaId === null) return [...events];
  return events.filter(
    (event) =>
      event.areaId === areaId ||
      ds.areasById.get(areaId)?.parent === event.areaId ||
      ds.areasById.get(event.areaId)?.parent === areaId,
  );
}

/** The dates a link's `asof=` may take, and the latest (the default as-of date). */
export interface DateRange {
  /** The earliest date in the data: the first report, claim or event. */
  min: string;
  /** The latest date in the data, at which everything is known. */
  max: string;
}

const ranges = new WeakMap<Dataset, DateRange>();

/**
 * The date range of the data (worked out once per dataset: the model and the link's parse
 * context both ask, and at 100,000 claims each pass costs tens of milliseconds).
 * @param ds - the dataset
 * @returns min and max ISO dates; a fixed range for an empty dataset
 */
export function dateRange(ds: Dataset): DateRange {
  const known = ranges.get(ds);
  if (known) return known;
  let min: string | null = null;
  for (const event of ds.events) {
    const date = event.date.start ?? event.date.end;
    if (min === null || date < min) min = date;
  }
  for (const claim of ds.claims) {
    if (min === null || claim.reportedOn.end < min) min = claim.reportedOn.end;
  }
  const range = { min: min ?? '2000-01-01', max: latestDate(ds) ?? '2100-01-01' };
  ranges.set(ds, range);
  return range;
}
