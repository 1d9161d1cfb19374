/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'), and the DateRef rules of the report format.
 *
 * Dates are plain strings on purpose: ISO dates sort and compare correctly as strings, and
 * they never drift by a day the way `new Date('2025-02-27')` does in a time zone west of UTC.
 * Arithmetic goes through UTC midnight only.
 */

/** How precisely a report states a date. See geodata/reports/README.md for the rules. */
export const DATE_PRECISIONS = ['day', 'week', 'month', 'period', 'before'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A date or period as a report states it. `end` is always known; `start` is null only for
 * 'before' ("said earlier": some time up to `end`).
 */
export interface DateRef {
  start: string | null;
  end: string;
  precision: DatePrecision;
  /** The words of the report that give the date, e.g. "in January", "on Thursday". */
  asPrinted: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Days in a month of the proleptic Gregorian calendar.
 * @param year - e.g. 2024
 * @param month - 1–12
 * @returns 28–31
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Tells whether a string is a real calendar date written 'YYYY-MM-DD' (no 2025-02-30,
 * no 2025-13-01; 29 February only in leap years; years 0001–9999).
 * @param text - any string
 * @returns true for a real date in that exact form
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 of an ISO date: the unit of the timeline's axis and slider.
 * @param iso - 'YYYY-MM-DD'
 * @returns whole days (negative before 1970)
 */
export function isoToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/**
 * The ISO date of a day number.
 * @param day - days since 1970-01-01
 * @returns 'YYYY-MM-DD'
 */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @param from - ISO date
 * @param to - ISO date
 * @returns to − from in days
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Adds days to an ISO date.
 * @param date - ISO date
 * @param days - days to add (may be negative)
 * @returns the ISO date `days` later
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True when the DateRef covers exactly one calendar month ('2025-01-01'..'2025-01-31'). */
function isWholeMonth(start: string, end: string): boolean {
  const [year, month] = start.split('-').map(Number);
  if (year === undefined || month === undefined) return false;
  return start.endsWith('-01') && end === `${start.slice(0, 8)}${daysInMonth(year, month)}`;
}

/**
 * Checks a DateRef against the precision rules. Returns problems as [field, message] pairs
 * so the caller can prefix the path of the DateRef in its file.
 * @param ref - the DateRef to check
 * @returns a list of [field, message]; empty when the DateRef is valid
 */
export function dateRefProblems(ref: DateRef): [string, string][] {
  const problems: [string, string][] = [];
  if (!isIsoDate(ref.end)) problems.push(['end', `"${ref.end}" is not a calendar date`]);
  if (ref.start !== null && !isIsoDate(ref.start)) {
    problems.push(['start', `"${ref.start}" is not a calendar date`]);
  }
  if (problems.length > 0) return problems;
  const { start, end } = ref;
  if (ref.precision === 'before') {
    if (start !== null) problems.push(['start', 'must be null when precision is "before"']);
    return problems;
  }
  if (start === null) {
    problems.push(['start', `is required when precision is "${ref.precision}"`]);
    return problems;
  }
  if (start > end) problems.push(['start', `${start} is after end ${end}`]);
  else if (ref.precision === 'day' && start !== end) {
    problems.push(['end', 'must equal start when precision is "day"']);
  } else if (ref.precision === 'week' && daysBetween(start, end) !== 6) {
    problems.push(['end', 'a week spans 7 days: end must be start + 6 days']);
  } else if (ref.precision === 'month' && !isWholeMonth(start, end)) {
    problems.push(['end', 'a month runs from its first to its last day']);
  }
  return problems;
}

/**
 * A DateRef as ISO 8601: a date ('2025-02-27'), a month ('2025-01'), an interval
 * ('2025-02-01/2025-02-07') or an interval with an unknown start ('../2025-02-27',
 * ISO 8601-2 notation).
 * @param ref - the DateRef
 * @returns its ISO 8601 text
 */
export function dateRefToIso(ref: DateRef): string {
  if (ref.start === null) return `../${ref.end}`;
  if (ref.start === ref.end) return ref.end;
  if (ref.precision === 'month' && isWholeMonth(ref.start, ref.end)) return ref.start.slice(0, 7);
  return `${ref.start}/${ref.end}`;
}
