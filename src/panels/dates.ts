/** Day arithmetic on ISO dates (YYYY-MM-DD) in UTC, for the timeline and the as-of control. */

const DAY_MS = 86_400_000;

/** "2025-02-27" → days since 1970-01-01. */
export function isoToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Days since 1970-01-01 → "2025-02-27". */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
