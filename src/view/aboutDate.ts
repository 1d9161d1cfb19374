/**
 * The time a figure is about, as against the date it was reported: a report of September 2025
 * may give a count of 2024. The current picture ranks its figures by this date, and the map
 * labels give its month.
 */
import type { DateRef } from '../data/dates';
import { daysInMonth } from '../data/dates';
import type { Claim } from '../data/schema';
import { formatIsoDate, formatShortMonth } from '../ui/format';
import { formatDateRef } from './dateRef';

/**
 * The date reference of the time a claim's figure is about: its `refersTo` when that ends
 * before the date it was reported, else its `reportedOn`. A `refersTo` that ends on the
 * report's date (as "before" the report, "date not given", does) says nothing older than the
 * report, so the report's date stands.
 * @param claim - a claim
 * @returns the claim's refersTo or reportedOn
 */
export function aboutRef(claim: Pick<Claim, 'refersTo' | 'reportedOn'>): DateRef {
  return claim.refersTo.end < claim.reportedOn.end ? claim.refersTo : claim.reportedOn;
}

/** The year when a reference covers exactly one calendar year, else null. */
function wholeYear(ref: DateRef): string | null {
  const year = ref.end.slice(0, 4);
  return ref.start === `${year}-01-01` && ref.end === `${year}-12-31` ? year : null;
}

/** The month (YYYY-MM) when a reference covers exactly one calendar month, else null. */
function wholeMonth(ref: DateRef): string | null {
  if (ref.precision === 'month') return ref.end.slice(0, 7);
  const month = ref.end.slice(0, 7);
  const last = daysInMonth(Number(ref.end.slice(0, 4)), Number(ref.end.slice(5, 7)));
  return ref.start === `${month}-01` && ref.end === `${month}-${String(last).padStart(2, '0')}`
    ? month
    : null;
}

/**
 * The time a figure is about, for the headline: "in 2024", "in December 2024",
 * "11–20 Jan 2025", "28 Dec 2024 – 3 Jan 2025", "before 30 Apr 2025", "16 Jan 2025".
 * @param ref - the reference from aboutRef
 */
export function formatAbout(ref: DateRef): string {
  const year = wholeYear(ref);
  if (year) return `in ${year}`;
  const month = wholeMonth(ref);
  if (month) return `in ${formatIsoDate(month)}`;
  // A span within one month, short: "11–20 Jan 2025".
  const { start, end } = ref;
  if (start && start < end && start.slice(0, 7) === end.slice(0, 7))
    return `${Number(start.slice(8))}–${formatIsoDate(end)}`;
  return formatDateRef(ref);
}

/**
 * The same, short, for labels on the map: "2024" for a whole year, else the month its time
 * ends in ("Dec 2024").
 * @param ref - the reference from aboutRef
 */
export function formatShortAbout(ref: DateRef): string {
  return wholeYear(ref) ?? formatShortMonth(ref.end);
}
