/**
 * THE as-of rule, in one place: a claim is known on a date when it had been reported by
 * then (`reportedOn.end ≤ asOf`), an event when its date had ended (`date.end ≤ asOf`).
 * Every panel, map label, export and count asks here, so they can never disagree.
 */
import { claimsAsOf, claimsForArea, countAsOf, eventsAsOf, type Dataset } from '../data/dataset';
import type { Claim, SitrepEvent } from '../data/schema';

// The last answer per dataset: the panels, the map and the overview ask for the same date
// several times per render, and the copy out of the index is the costly part at 100k claims.
const lastKnown = new WeakMap<Dataset, { asOf: string; claims: Claim[] }>();

/**
 * Claims known on a date, oldest reported first.
 * @param ds - the dataset
 * @param asOf - ISO date
 * @returns the claims reported by then (the same array for repeated calls with one date)
 */
export function knownClaims(ds: Dataset, asOf: string): Claim[] {
  const cached = lastKnown.get(ds);
  if (cached?.asOf === asOf) return cached.claims;
  const claims = claimsAsOf(ds.asOfIndex, asOf);
  lastKnown.set(ds, { asOf, claims });
  return claims;
}

/**
 * How many claims are known as of a date (knownClaims' length, by binary search).
 * @param ds - the dataset
 * @param asOf - ISO date
 * @returns the count
 */
export function knownCount(ds: Dataset, asOf: string): number {
  return countAsOf(ds.asOfIndex, asOf);
}

/**
 * Ids of the events known on a date: their date had ended by then.
 * @param events - any events
 * @param asOf - ISO date
 * @returns the ids of those known
 */
export function knownEventIds(events: readonly SitrepEvent[], asOf: string): Set<string> {
  return new Set(eventsAsOf(events, asOf).map((event) => event.id));
}

/**
 * The claims a view of one area shows (its own, then its wider areas' as context), or every
 * claim when no area is selected; as of a date.
 * @param ds - the dataset
 * @param areaId - the selected area, or null for the whole theatre
 * @param asOf - ISO date
 * @returns own claims first, then context claims
 */
export function claimsInView(ds: Dataset, areaId: string | null, asOf: string): Claim[] {
  const known = knownClaims(ds, asOf);
  if (areaId === null || !ds.areasById.has(areaId)) return known;
  const { own, context } = claimsForArea(ds, areaId, known);
  return [...own, ...context];
}

/**
 * How many claims of a view were reported after the as-of date (and so are hidden).
 * @param ds - the dataset
 * @param areaId - the selected area (its own and context claims), or null for all claims
 * @param asOf - ISO date
 * @returns the number of hidden claims
 */
export function hiddenLater(ds: Dataset, areaId: string | null, asOf: string): number {
  if (areaId === null || !ds.areasById.has(areaId)) {
    return ds.claims.length - countAsOf(ds.asOfIndex, asOf);
  }
  const { own, context } = claimsForArea(ds, areaId);
  return own.length + context.length - claimsInView(ds, areaId, asOf).length;
}
