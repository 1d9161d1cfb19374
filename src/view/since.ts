/**
 * "What changed since the last briefing": figures reported after a since date (the link's
 * `since=`) are marked new, and each area counts its new figures. One rule, as for as-of:
 * a figure is new when its reportedOn.end is after the since date.
 */

import { countAsOf, type Dataset } from '../data/dataset';
import { areaCountAsOf } from '../data/areaIndex';

/** Anything with a date reported (FigureView, EstimateMark). */
interface Dated {
  reportedOn: string;
}

/**
 * Whether a figure reported on `reportedOn` is new since `since`.
 * @param reportedOn - ISO date the figure had certainly been reported by
 * @param since - ISO date, or null for "mark nothing"
 */
export function isNewSince(reportedOn: string, since: string | null): boolean {
  return since !== null && reportedOn > since;
}

/**
 * The figures with `newSince` set on those reported after `since` (a copy; unchanged
 * figures are returned as they are).
 * @param figures - figures as the panels show them
 * @param since - ISO date or null
 */
export function markNew<T extends Dated>(
  figures: readonly T[],
  since: string | null,
): (T & { newSince?: string })[] {
  if (since === null) return [...figures];
  return figures.map((figure) =>
    isNewSince(figure.reportedOn, since) ? { ...figure, newSince: since } : figure,
  );
}

/**
 * How many of the figures known as of a date are new since another: reported after `since`
 * and by `asOf`. Counted by binary search over the as-of indexes, without listing them.
 * @param ds - the dataset
 * @param areaId - an area (its own figures), or null for every figure
 * @param asOf - ISO date
 * @param since - ISO date or null (then none)
 * @returns the count
 */
export function newSinceCount(
  ds: Dataset,
  areaId: string | null,
  asOf: string,
  since: string | null,
): number {
  if (since === null || since >= asOf) return 0;
  const known = (date: string) =>
    areaId === null ? countAsOf(ds.asOfIndex, date) : areaCountAsOf(ds, areaId, date);
  return known(asOf) - known(since);
}
