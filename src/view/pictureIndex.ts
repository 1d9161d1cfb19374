/**
 * The figures of each headline family (geodata/measures.json `headline.families`) for one
 * area, its own and its ancestors', sorted by the date they were reported: built once per
 * dataset and area, so the current picture at any as-of date is a few binary searches and a
 * walk over the window, not a sort of every figure of the area (see docs/scale.md).
 */
import type { Dataset } from '../data/dataset';
import { ancestorIds } from '../data/dataset';
import { areaClaimsAsOf } from '../data/areaIndex';
import { relationSums } from '../data/sums';
import type { Claim, ClaimValue } from '../data/schema';
import type { HeadlineFamily } from '../data/vocabulary';

/** What the current picture needs of a dataset. */
export type PictureDataset = Pick<Dataset, 'claims' | 'areasById' | 'sources' | 'vocabulary'>;

/**
 * A figure that can be an area's headline: a reported total with the parts its source gave
 * on the same date ("4,700, incl. 600 killed"), or parts alone when no total came with them.
 */
export interface Candidate {
  date: string;
  /** The total, or null when the candidate is parts alone. */
  total: Claim | null;
  /** Part claims of the same source, area and date, in the family's part order. */
  parts: Claim[];
  /** The claim whose source, area, grade and date the candidate shows (the total or a part). */
  lead: Claim;
  /** Lower is better: grade letter, then grade digit (A1 = 0). */
  gradeRank: number;
  party: boolean;
  own: boolean;
  /** The sum of the parts when they are complete (derived; for the change since the last one). */
  sum: Estimate | null;
  order: number;
}

/** A figure counted among the estimates of a family: reported, or the sum of reported parts. */
export interface Estimate {
  date: string;
  value: ClaimValue;
  metric: string;
  derived: boolean;
  /** Source ids, sorted, joined with '+': one key per (group of) source(s). */
  sourceKey: string;
  source: readonly string[];
  party: boolean;
  area: string;
  /** Shared by a total and its parts: area, sources, reported date. */
  groupKey: string;
  claimIds: string[];
  order: number;
}

export interface FamilyIndex {
  family: HeadlineFamily;
  /** Candidates by date, oldest first, with their dates for binary search. */
  candidates: Candidate[];
  candidateDates: string[];
  /** Estimates by date, oldest first. */
  estimates: Estimate[];
  estimateDates: string[];
  /** Each source key's estimates by date. */
  bySource: Map<string, { estimates: Estimate[]; dates: string[] }>;
}

const byDataset = new WeakMap<object, Map<string, FamilyIndex[]>>();

/**
 * The family indexes of an area, built on first use and kept for the dataset's lifetime.
 * @param ds - the dataset (its vocabulary says the families)
 * @param areaId - the area; its ancestors' figures are included as context
 * @returns one index per family, in the vocabulary's order
 */
export function familyIndexes(ds: PictureDataset, areaId: string): FamilyIndex[] {
  let areas = byDataset.get(ds);
  if (!areas) {
    areas = new Map();
    byDataset.set(ds, areas);
  }
  let indexes = areas.get(areaId);
  if (!indexes) {
    indexes = buildIndexes(ds, areaId);
    areas.set(areaId, indexes);
  }
  return indexes;
}

/**
 * How many of a sorted list's dates are on or before a date.
 * @param dates - ISO dates, ascending
 * @param date - ISO date
 * @returns the count
 */
export function countUpTo(dates: readonly string[], date: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((dates[mid] ?? '') <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many of a sorted list's dates are strictly before a date. */
export function countBefore(dates: readonly string[], date: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((dates[mid] ?? '') < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

const GRADE_LETTERS = 'ABCDEF';

function gradeRank(claim: Claim): number {
  return GRADE_LETTERS.indexOf(claim.grade.source) * 10 + Number(claim.grade.info);
}

function groupKey(claim: Claim): string {
  const ref = claim.reportedOn;
  return [claim.area, sourceKey(claim.source), ref.start, ref.end, ref.precision].join('|');
}

function sourceKey(ids: readonly string[]): string {
  return [...ids].sort().join('+');
}

function buildIndexes(ds: PictureDataset, areaId: string): FamilyIndex[] {
  const claims = [areaId, ...ancestorIds(ds.areasById, areaId)].flatMap((id) =>
    areaClaimsAsOf(ds, id),
  );
  const order = new Map(claims.map((claim, i) => [claim, i]));
  const isParty = (ids: readonly string[]) => ids.some((id) => ds.sources.get(id)?.party === true);
  return ds.vocabulary.headline.families.map((family) => {
    const totalsOf = new Set(family.measures);
    const partsOf = family.parts ?? [];
    const groups = new Map<string, { totals: Claim[]; parts: Claim[] }>();
    for (const claim of claims) {
      if (!claim.value) continue;
      const isTotal = totalsOf.has(claim.metric);
      if (!isTotal && !partsOf.includes(claim.metric)) continue;
      const key = groupKey(claim);
      const group = groups.get(key) ?? { totals: [], parts: [] };
      (isTotal ? group.totals : group.parts).push(claim);
      groups.set(key, group);
    }
    const candidates: Candidate[] = [];
    const estimates: Estimate[] = [];
    const estimateOf = (claim: Claim, value: ClaimValue, metric: string, derived: boolean) => ({
      date: claim.reportedOn.end,
      value,
      metric,
      derived,
      sourceKey: sourceKey(claim.source),
      source: claim.source,
      party: isParty(claim.source),
      area: claim.area,
      groupKey: groupKey(claim),
      claimIds: [claim.id],
      order: order.get(claim) ?? 0,
    });
    for (const [key, group] of groups) {
      const parts = [...group.parts].sort(
        (a, b) => partsOf.indexOf(a.metric) - partsOf.indexOf(b.metric),
      );
      for (const total of group.totals) {
        if (!total.value) continue;
        const estimate = estimateOf(total, total.value, total.metric, false);
        estimates.push(estimate);
        candidates.push(candidateOf(total, total, parts, null, estimate.party, areaId, order));
      }
      const lead = parts[0];
      if (group.totals.length > 0 || !lead) continue;
      // Parts alone: a complete set adds up to a total of the family (derived, never shown
      // as reported); it counts among the estimates and for the change since the last one.
      const sum = relationSums(parts, ds.vocabulary).find((s) => totalsOf.has(s.metric));
      const sumEstimate: Estimate | null = sum
        ? {
            ...estimateOf(
              lead,
              {
                low: sum.range?.low ?? sum.value,
                high: sum.range?.high ?? sum.value,
                unit: sum.unit,
                qualifier: sum.qualifier,
              },
              sum.metric,
              true,
            ),
            claimIds: sum.claimIds,
            groupKey: key,
          }
        : null;
      if (sumEstimate) estimates.push(sumEstimate);
      candidates.push(
        candidateOf(lead, null, parts, sumEstimate, isParty(lead.source), areaId, order),
      );
    }
    candidates.sort((a, b) => compareDates(a.date, b.date) || a.order - b.order);
    estimates.sort((a, b) => compareDates(a.date, b.date) || a.order - b.order);
    const bySource = new Map<string, { estimates: Estimate[]; dates: string[] }>();
    for (const estimate of estimates) {
      const list = bySource.get(estimate.sourceKey) ?? { estimates: [], dates: [] };
      list.estimates.push(estimate);
      list.dates.push(estimate.date);
      bySource.set(estimate.sourceKey, list);
    }
    return {
      family,
      candidates,
      candidateDates: candidates.map((c) => c.date),
      estimates,
      estimateDates: estimates.map((e) => e.date),
      bySource,
    };
  });
}

function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function candidateOf(
  lead: Claim,
  total: Claim | null,
  parts: Claim[],
  sum: Estimate | null,
  party: boolean,
  areaId: string,
  order: Map<Claim, number>,
): Candidate {
  return {
    date: lead.reportedOn.end,
    total,
    parts,
    lead,
    gradeRank: gradeRank(lead),
    party,
    own: lead.area === areaId,
    sum,
    order: order.get(lead) ?? 0,
  };
}
