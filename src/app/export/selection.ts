/**
 * The figures an export of the current view contains: the selected area's own figures and
 * those of the wider areas shown as its context (as the panel lists them), else every
 * figure known as of the date.
 */
import type { Dataset } from '../../data/dataset';
import type { Claim } from '../../data/schema';
import type { DataApi } from '../useAppData';

/**
 * Claims of the current selection, known as of a date.
 * @param api - the lazily loaded data code
 * @param ds - the dataset
 * @param areaId - the selected area, or null
 * @param asOf - the effective as-of date
 * @returns own claims first, then context claims; all known claims when no area is selected
 */
export function selectedClaims(
  api: Pick<DataApi, 'claimsAsOf' | 'claimsForArea'>,
  ds: Dataset,
  areaId: string | null,
  asOf: string,
): Claim[] {
  const known = api.claimsAsOf(ds.asOfIndex, asOf);
  if (areaId === null || !ds.areasById.has(areaId)) return known;
  const { own, context } = api.claimsForArea(ds, areaId, known);
  return [...own, ...context];
}

/**
 * Readable names of who claims the figures and who carried them, each once, in first-seen order.
 * @param ds - the dataset (for source names)
 * @param claims - the figures
 * @returns e.g. { claimedBy: ['National Intelligence Service (South Korea)', …], carriedBy: […] }
 */
export function sourceNames(
  ds: Pick<Dataset, 'sources'>,
  claims: readonly Claim[],
): { claimedBy: string[]; carriedBy: string[] } {
  const name = (id: string) => ds.sources.get(id)?.name ?? id;
  const claimedBy = new Set(claims.flatMap((claim) => claim.source.map(name)));
  const carriedBy = new Set(claims.flatMap((claim) => claim.via.map(name)));
  return { claimedBy: [...claimedBy], carriedBy: [...carriedBy].filter((n) => !claimedBy.has(n)) };
}
