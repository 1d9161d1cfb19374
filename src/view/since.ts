/**
 * "What changed since the last briefing": figures reported after a since date (the link's
 * `since=`) are marked new, and each area counts its new figures. One rule, as for as-of:
 * a figure is new when its reportedOn.end is after the since date.
 */

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
 * How many figures of each area are new since a date.
 * @param figures - the figures known as of the view's date, each with its area id
 * @param since - ISO date or null
 * @returns area id → count of new figures (areas with none are absent)
 */
export function newCountsByArea(
  figures: readonly (Dated & { areaId: string })[],
  since: string | null,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (since === null) return counts;
  for (const figure of figures) {
    if (isNewSince(figure.reportedOn, since))
      counts.set(figure.areaId, (counts.get(figure.areaId) ?? 0) + 1);
  }
  return counts;
}
