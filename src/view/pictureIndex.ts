/**
 * The figures of each headline family (geodata/measures.json `headline.families`) of one
 * area, sorted by the date they were reported (each also carries the date of the time it is
 * about, which the headline is ranked by): built once per dataset and area (an area's
 * picture reads its own index and its ancestors'), so the current picture at any as-of date
 * is a few binary searches and a walk over the window, not a sort of every figure of the
 * area (see docs/scale.md).
 */
import type { Dataset } from '../data/dataset';
import { areaClaimsAsOf } from '../data/areaIndex';
import { sumQualifier } from '../data/sums';
import type { Claim, ClaimValue } from '../data/schema';
import type { HeadlineFamily } from '../data/vocabulary';
import type { DateRef } from '../data/dates';
import { aboutRef } from './aboutDate';

/** What the current picture needs of a dataset. */
export type PictureDataset = Pick<Dataset, 'claims' | 'areasById' | 'sources' | 'vocabulary'>;

/**
 * A figure that can be an area's headline: a reported total with the parts its source gave
 * on the same date ("4,700, incl. 600 killed"), or parts alone when no total came with them.
 */
export interface Candidate {
  /** ISO date it was reported by (`reportedOn.end`): when it became known. */
  date: string;
  /** ISO date of the time it is about (view/aboutDate.ts), never after `date`. */
  about: string;
  /** The date reference `about` comes from: the lead's refersTo or its reportedOn. */
  aboutRef: DateRef;
  /** The total, or null when the candidate is parts alone. */
  total: Claim | null;
  /** Part claims of the same source, area and date, in the family's part order. */
  parts: Claim[];
  /** The claim whose source, area, grade and date the candidate shows (the total or a part). */
  lead: Claim;
  /** Lower is better: grade letter, then grade digit (A1 = 0). */
  gradeRank: number;
  party: boolean;
  /** The sum of the parts when they are complete (derived; for the change since the last one). */
  sum: Estimate | null;
  order: number;
}

/** A figure counted among the estimates of a family: reported, or the sum of reported parts. */
export interface Estimate {
  /** ISO date reported by. */
  date: string;
  /** ISO date of the time it is about, never after `date`. */
  about: string;
  aboutRef: DateRef;
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
 * @param areaId - the area (its own figures only)
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

/** Source ids, sorted, joined with '+'. */
function sourceKey(ids: readonly string[]): string {
  return ids.length === 1 ? (ids[0] ?? '') : [...ids].sort().join('+');
}

/** A total and its parts share area, sources and the date reported (the key says the last two). */
interface Group {
  key: string;
  sourceKey: string;
  party: boolean;
  totals: { claim: Claim; order: number }[];
  parts: { claim: Claim; order: number }[];
  /** Position of the group's first claim in the area's list. */
  order: number;
}

function buildIndexes(ds: PictureDataset, areaId: string): FamilyIndex[] {
  const partyBySource = new Map<string, boolean>();
  const isParty = (key: string, ids: readonly string[]) => {
    let party = partyBySource.get(key);
    if (party === undefined) {
      party = ids.some((id) => ds.sources.get(id)?.party === true);
      partyBySource.set(key, party);
    }
    return party;
  };
  // Each claim is looked at once: its measure says which family's builder takes it.
  const builders = ds.vocabulary.headline.families.map((family) =>
    familyBuilder(ds, family, isParty),
  );
  const roles = new Map<string, { builder: FamilyBuilder; total: boolean }>();
  ds.vocabulary.headline.families.forEach((family, i) => {
    const builder = builders[i];
    if (!builder) return;
    for (const id of family.measures) roles.set(id, { builder, total: true });
    for (const id of family.parts ?? []) roles.set(id, { builder, total: false });
  });
  areaClaimsAsOf(ds, areaId).forEach((claim, order) => {
    const role = claim.value ? roles.get(claim.metric) : undefined;
    if (role) role.builder.add(claim, order, role.total);
  });
  return builders.map((builder) => builder.finish());
}

interface FamilyBuilder {
  add: (claim: Claim, order: number, total: boolean) => void;
  finish: () => FamilyIndex;
}

function familyBuilder(
  ds: PictureDataset,
  family: HeadlineFamily,
  isParty: (key: string, ids: readonly string[]) => boolean,
): FamilyBuilder {
  const totalsOf = new Set(family.measures);
  const partsOf = family.parts ?? [];
  const partsSet = new Set(partsOf);
  // The relation whose parts add up to one of the family's totals (killed + wounded).
  const relation = ds.vocabulary.relations.find(
    (r) => totalsOf.has(r.whole) && r.parts.every((part) => partsSet.has(part)),
  );
  const candidates: Candidate[] = [];
  const estimates: Estimate[] = [];
  const estimateOf = (
    group: Group,
    lead: Claim,
    value: ClaimValue,
    metric: string,
    derived: boolean,
    order: number,
  ): Estimate => ({
    date: lead.reportedOn.end,
    about: aboutRef(lead).end,
    aboutRef: aboutRef(lead),
    value,
    metric,
    derived,
    sourceKey: group.sourceKey,
    source: lead.source,
    party: group.party,
    area: lead.area,
    groupKey: group.key,
    claimIds: [lead.id],
    order,
  });
  const emit = (group: Group) => {
    const sorted =
      group.parts.length > 1
        ? [...group.parts].sort(
            (a, b) => partsOf.indexOf(a.claim.metric) - partsOf.indexOf(b.claim.metric),
          )
        : group.parts;
    const parts = sorted.map((part) => part.claim);
    for (const { claim: total, order } of group.totals) {
      if (!total.value) continue;
      estimates.push(estimateOf(group, total, total.value, total.metric, false, order));
      candidates.push(candidateOf(total, total, parts, null, group.party, order));
    }
    const lead = sorted[0];
    if (group.totals.length > 0 || !lead) return;
    // Parts alone: a complete set adds up to a total of the family (derived, never shown
    // as reported); it counts among the estimates and for the change since the last one.
    const sum = relation ? sumOf(relation.parts, parts) : null;
    let sumEstimate: Estimate | null = null;
    if (sum && relation) {
      sumEstimate = estimateOf(group, lead.claim, sum.value, relation.whole, true, lead.order);
      sumEstimate.claimIds = sum.claims.map((claim) => claim.id);
      estimates.push(sumEstimate);
    }
    candidates.push(candidateOf(lead.claim, null, parts, sumEstimate, group.party, lead.order));
  };
  // The area's claims come by date reported, and a group's claims share that date: they
  // are grouped one date at a time, so the lists come out in date order, with no sort.
  const run = new Map<string, Group>();
  let runDate: string | null = null;
  const add = (claim: Claim, order: number, isTotal: boolean) => {
    const ref = claim.reportedOn;
    if (ref.end !== runDate) {
      run.forEach(emit);
      run.clear();
      runDate = ref.end;
    }
    const sources = sourceKey(claim.source);
    const key = `${sources}|${ref.start ?? ''}|${ref.precision}`;
    let group = run.get(key);
    if (!group) {
      const party = isParty(sources, claim.source);
      group = { key, sourceKey: sources, party, totals: [], parts: [], order };
      run.set(key, group);
    }
    if (isTotal) group.totals.push({ claim, order });
    else group.parts.push({ claim, order });
  };
  const finish = (): FamilyIndex => {
    run.forEach(emit);
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
  };
  return { add, finish };
}

/**
 * The sum of one claim per part, as relationSums (data/sums.ts) makes it; null unless every
 * part is there exactly once (two figures for one part on one day are ambiguous).
 */
function sumOf(
  relationParts: readonly string[],
  parts: readonly Claim[],
): { value: ClaimValue; claims: Claim[] } | null {
  if (parts.length !== relationParts.length) return null;
  const claims: Claim[] = [];
  for (const metric of relationParts) {
    const matching = parts.filter((claim) => claim.metric === metric);
    const [claim] = matching;
    if (matching.length !== 1 || !claim?.value) return null;
    claims.push(claim);
  }
  const low = claims.reduce((n, c) => n + (c.value?.low ?? 0), 0);
  const high = claims.reduce((n, c) => n + (c.value?.high ?? 0), 0);
  const unit = claims[0]?.value?.unit ?? '';
  return { value: { low, high, unit, qualifier: sumQualifier(claims) }, claims };
}

function candidateOf(
  lead: Claim,
  total: Claim | null,
  parts: Claim[],
  sum: Estimate | null,
  party: boolean,
  order: number,
): Candidate {
  const about = aboutRef(lead);
  return {
    date: lead.reportedOn.end,
    about: about.end,
    aboutRef: about,
    total,
    parts,
    lead,
    gradeRank: gradeRank(lead),
    party,
    sum,
    order,
  };
}
