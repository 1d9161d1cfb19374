/**
 * Claims by area, each area's list in as-of order, built once per dataset: an area's claims
 * known by a date are then a prefix of its list (binary search), instead of a filter over
 * every claim for every area at every as-of change.
 */
import { buildAsOfIndex, claimsAsOf, countAsOf, type AsOfIndex, type Dataset } from './dataset';
import type { Claim } from './schema';
import type { AreaShape } from './validate';

type ClaimsByArea = Map<string, AsOfIndex>;
const byDataset = new WeakMap<object, ClaimsByArea>();

function areaIndexes(ds: Pick<Dataset<AreaShape>, 'claims'>): ClaimsByArea {
  let indexes = byDataset.get(ds);
  if (!indexes) {
    const lists = new Map<string, Claim[]>();
    for (const claim of ds.claims) {
      const list = lists.get(claim.area);
      if (list) list.push(claim);
      else lists.set(claim.area, [claim]);
    }
    indexes = new Map([...lists].map(([area, list]) => [area, buildAsOfIndex(list)]));
    byDataset.set(ds, indexes);
  }
  return indexes;
}

/**
 * Builds a dataset's per-area indexes now (they are otherwise built on first use, which at
 * 100,000 claims makes the first render with the data a longer task).
 * @param ds - the dataset
 */
export function indexAreas(ds: Pick<Dataset<AreaShape>, 'claims'>): void {
  areaIndexes(ds);
}

/**
 * An area's own claims known as of a date: the same claims, in the same order, as filtering
 * claimsAsOf(ds.asOfIndex, asOf) by area (both sorts are stable over file order).
 * @param ds - the dataset
 * @param areaId - area id
 * @param asOf - ISO date, or undefined for all
 * @returns the claims, oldest reported first
 */
export function areaClaimsAsOf(
  ds: Pick<Dataset<AreaShape>, 'claims'>,
  areaId: string,
  asOf?: string,
): Claim[] {
  const index = areaIndexes(ds).get(areaId);
  if (!index) return [];
  return asOf === undefined ? [...index.claims] : claimsAsOf(index, asOf);
}

/**
 * How many of an area's own claims are known as of a date (areaClaimsAsOf's length).
 * @param ds - the dataset
 * @param areaId - area id
 * @param asOf - ISO date
 * @returns the count
 */
export function areaCountAsOf(
  ds: Pick<Dataset<AreaShape>, 'claims'>,
  areaId: string,
  asOf: string,
): number {
  const index = areaIndexes(ds).get(areaId);
  return index ? countAsOf(index, asOf) : 0;
}

/**
 * Whether an area has any claim at all.
 * @param ds - the dataset
 * @param areaId - area id
 * @returns true when some claim is about the area
 */
export function areaHasClaims(ds: Pick<Dataset<AreaShape>, 'claims'>, areaId: string): boolean {
  return areaIndexes(ds).has(areaId);
}
