/**
 * Timeline dots at scale: up to MAX_DOTS events get a dot each; past that, events are grouped
 * by equal runs of days into at most MAX_DOTS dots (a dot per group, saying how many events
 * it stands for), so ten thousand events are a few hundred elements, not twenty thousand.
 */
import { isoToDay } from '../data/dates';
import type { EventView } from './model';

/** Dots drawn at most: about one per 4 px of a wide timeline. */
export const MAX_DOTS = 240;

export interface EventGroup<E extends EventView = EventView> {
  /** A stable key: the event id, or the group's first day. */
  key: string;
  /** The events of the group, oldest first (one for a plain dot). */
  events: readonly E[];
  /** Where the dot goes: the day of its first event. */
  day: number;
  /** The day the group's last event ended: known from then on. */
  lastEnd: number;
  /** The first day any of its events ended. */
  firstEnd: number;
}

/**
 * Groups events for the dots.
 * @param events - events sorted by date (eventViews does)
 * @param first - the axis' first day
 * @param last - the axis' last day
 * @param maxDots - most dots to draw
 * @returns one group per dot, in date order
 */
export function groupEvents<E extends EventView>(
  events: readonly E[],
  first: number,
  last: number,
  maxDots = MAX_DOTS,
): EventGroup<E>[] {
  const single = (event: E): EventGroup<E> => ({
    key: event.id,
    events: [event],
    day: isoToDay(event.date),
    lastEnd: isoToDay(event.end),
    firstEnd: isoToDay(event.end),
  });
  if (events.length <= maxDots) return events.map(single);
  const span = Math.max(1, Math.ceil((last - first + 1) / maxDots));
  const groups = new Map<number, E[]>();
  for (const event of events) {
    const bucket = Math.floor((isoToDay(event.date) - first) / span);
    const list = groups.get(bucket);
    if (list) list.push(event);
    else groups.set(bucket, [event]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bucket, list]) => {
      if (list.length === 1 && list[0]) return single(list[0]);
      const ends = list.map((event) => isoToDay(event.end));
      return {
        key: `days-${first + bucket * span}`,
        events: list,
        day: isoToDay(list[0]?.date ?? ''),
        lastEnd: Math.max(...ends),
        firstEnd: Math.min(...ends),
      };
    });
}

/**
 * How many events had ended by a day, by binary search over their sorted end days.
 * @param endDays - every event's end day, ascending
 * @param day - the day
 * @returns the count
 */
export function countEndedBy(endDays: readonly number[], day: number): number {
  let low = 0;
  let high = endDays.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((endDays[mid] ?? Infinity) <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}
