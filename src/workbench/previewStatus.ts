/**
 * Why a draft marked for preview does not show on the dashboard, in words, decided as
 * preview.ts decides it (from each problem's `code`, `field` and `claim`, never its wording):
 * a draft whose report fields have a problem is not shown at all, claims and events with
 * problems are left out, and a draft with no valid claim is not shown.
 */
import type { Problem } from '../data/problem';
import { eventIndexOf } from './problems';

/**
 * @param preview - the draft is marked for preview
 * @param reportId - its report id, `<published>-<slug>`
 * @param problems - its problems (validateDraft)
 * @param claimCount - how many claims it has
 * @returns what the analyst should know, or null when it is previewed in full (or not asked)
 * @example previewStatus(true, '2025-02-27-x', [{ file, message, field: 'report.id',
 *   code: 'already-published' }], 3) // 'Not previewed: 2025-02-27-x is already …'
 */
export function previewStatus(
  preview: boolean,
  reportId: string,
  problems: readonly Problem[],
  claimCount: number,
): string | null {
  if (!preview) return null;
  const own = problems.filter((p) => p.claim === undefined && eventIndexOf(p) === null);
  if (own.some((p) => p.field === 'report.id' && p.code === 'already-published')) {
    return `Not previewed: ${reportId} is already a published report, and the dashboard shows the published file. Change the published date or the file name slug to preview this draft as a report of its own.`;
  }
  if (own.length > 0) {
    return `Not previewed: the report has ${own.length} problem${own.length === 1 ? '' : 's'} of its own (listed above); the dashboard shows it once they are fixed.`;
  }
  const bad = new Set(problems.flatMap((p) => (p.claim === undefined ? [] : [p.claim])));
  if (claimCount === 0 || bad.size >= claimCount) {
    return 'Not previewed: no claim passes the checks yet.';
  }
  const badEvents = new Set(problems.flatMap((p) => eventIndexOf(p) ?? []));
  const left = [
    bad.size > 0 ? `${bad.size} claim${bad.size === 1 ? '' : 's'}` : '',
    badEvents.size > 0 ? `${badEvents.size} event${badEvents.size === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return left.length > 0 ? `Previewed without ${left.join(' and ')} with problems.` : null;
}
