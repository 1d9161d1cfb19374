/**
 * What a printed qualifier says about where the true value lies. "more than 4,500" leaves it
 * open above; "as many as 12,000" or "up to half" open below; "about" and "" leave it closed.
 */

/** Qualifiers that leave the true value above the printed one. */
export const OPEN_ABOVE: ReadonlySet<string> = new Set(['more than', 'at least', 'over']);
/** Qualifiers that leave the true value below the printed one. */
export const OPEN_BELOW: ReadonlySet<string> = new Set([
  'as many as',
  'up to',
  'within',
  'possibly',
  'no more than',
]);

/** Which way a value is left open by its qualifier. */
export type OpenEnd = 'above' | 'below' | null;

/**
 * @param qualifier - as printed, any case
 * @returns 'above' for "more than", 'below' for "up to", else null
 */
export function openEnd(qualifier: string): OpenEnd {
  const q = qualifier.trim().toLowerCase();
  if (OPEN_ABOVE.has(q)) return 'above';
  if (OPEN_BELOW.has(q)) return 'below';
  return null;
}
