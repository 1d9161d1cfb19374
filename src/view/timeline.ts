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

/**
 * The date range of the data.
 * @param ds - the dataset
 * @returns min and max ISO dates; a fixed range for an empty dataset
 */
export function dateRange(ds: Dataset): DateRange {
  let min: string | null = null;
  for (const date of [
    ...ds.events.map((event) => event.date.start ?? event.date.end),
    ...ds.claims.map((claim) => claim.reportedOn.end),
  ]) {
    if (min === null || date < min) min = date;
  }
  return { min: min ?? '2000-01-01', max: latestDate(ds) ?? '2100-01-01' };
}
