/**
 * The current picture of an area: for each headline family of the vocabulary (troops,
 * casualties), what is known as of a date — the latest figure with its date, source and age,
 * how many other recent estimates there are and how far apart, and the change since the same
 * source's previous figure. One rule for the panel, the overview cards, the map labels, the
 * briefing image and embed mode.
 *
 * The rule, with its thresholds from geodata/measures.json (`headline`):
 * - a figure is known as of D when it was reported by D (`reportedOn.end <= D`, as everywhere);
 * - the headline is the latest known figure of the family's measures, the area's own or its
 *   ancestors' (the whole deployment in Russia is part of the picture in Kursk, and says so),
 *   by the date it was reported; ties go to the better grade, then to a source not party to
 *   the war, then to the area's own figure. Parts (killed, wounded) given by the same source
 *   on the same date go with the total; given alone, they are the headline themselves;
 * - a derived figure (the sum of one source's parts) is never the headline: it only counts
 *   among the other estimates and in the change, marked as derived;
 * - the headline is old when reported more than `oldAfterDays` before D; the other estimates
 *   are those reported within `windowDays` up to D.
 */
import { daysBetween, addDays } from '../data/dates';
import type { Claim, ClaimValue } from '../data/schema';
import { openEnd } from '../data/qualifiers';
import { formatIsoDate, formatNumber, formatQualified } from '../ui/format';
import { formatDateRef } from './dateRef';
import {
  countBefore,
  countUpTo,
  familyIndexes,
  type Candidate,
  type Estimate,
  type FamilyIndex,
  type PictureDataset,
} from './pictureIndex';

export type { PictureDataset };

/** The headline figure of a family. */
export interface PictureFigure {
  /** The claims shown: the total first, then its parts. */
  claimIds: string[];
  /** "estimated 4,700 killed or wounded, incl. 600 killed"; "at least 100 killed, about 1,000 wounded". */
  valueText: string;
  /** The value alone: "estimated 4,700"; "at least 100 killed". */
  shortValue: string;
  /** ISO date it was reported by. */
  reportedOn: string;
  /** "30 Apr 2025", "before 26 Apr 2025", "January 2025". */
  dateText: string;
  /** Short names of who claims it: ["NIS"]. */
  sources: string[];
  /** True when a source is a party to the war. */
  party: boolean;
  /** Admiralty grade, e.g. "B2". */
  grade: string;
  areaId: string;
  areaName: string;
  /** True when the figure is an ancestor's (all of Russia in Kursk's picture). */
  context: boolean;
  /** Days from the date reported to the as-of date. */
  ageDays: number;
  /** "4 days old"; "reported on the as-of date". */
  ageText: string;
  /** Older than the vocabulary's `oldAfterDays`. */
  old: boolean;
}

/** The other estimates of a family reported within the window. */
export interface PictureOthers {
  count: number;
  sourceCount: number;
  /** How many come from a party to the war. */
  partyCount: number;
  /** How many are derived (sums of one source's parts). */
  derivedCount: number;
  /** Lowest and highest printed values, and whether the highest is open above ("more than"). */
  low: number;
  high: number;
  highOpen: boolean;
  /** "2 other estimates from 2 sources, about 4,000 to over 4,500 (2 from parties to the war)". */
  text: string;
}

/** The change since the same source's previous figure of the family. */
export interface PictureChange {
  source: string;
  before: string;
  beforeDate: string;
  /** True when the previous figure is a sum of parts. */
  beforeDerived: boolean;
  after: string;
  /** "NIS: 3,000 on 13 Jan 2025 (sum of parts) → estimated 4,700". */
  text: string;
}

export interface FamilyPicture {
  id: string;
  /** "Casualties". */
  label: string;
  figure: PictureFigure | null;
  /** "No casualty figure reported for this area by 20 Dec 2024", when there is no figure. */
  noneText: string | null;
  others: PictureOthers;
  change: PictureChange | null;
  /** One sentence for labels and screen readers: "Casualties: estimated 4,700 …, reported 30 Apr 2025 by NIS, …". */
  text: string;
}

export interface CurrentPicture {
  areaId: string;
  asOf: string;
  asOfText: string;
  windowDays: number;
  oldAfterDays: number;
  families: FamilyPicture[];
}

/**
 * What is known about an area as of a date, family by family.
 * @param ds - the dataset, with its vocabulary (families, thresholds) and sources
 * @param areaId - the area
 * @param asOf - ISO date
 * @returns one entry per family of the vocabulary, in its order
 * @example currentPicture(ds, 'kursk', '2025-04-30').families[1].figure?.valueText
 */
export function currentPicture(ds: PictureDataset, areaId: string, asOf: string): CurrentPicture {
  const { windowDays, oldAfterDays } = ds.vocabulary.headline;
  const asOfText = formatIsoDate(asOf);
  return {
    areaId,
    asOf,
    asOfText,
    windowDays,
    oldAfterDays,
    families: familyIndexes(ds, areaId).map((index) =>
      familyPicture(ds, index, areaId, asOf, asOfText),
    ),
  };
}

function familyPicture(
  ds: PictureDataset,
  index: FamilyIndex,
  areaId: string,
  asOf: string,
  asOfText: string,
): FamilyPicture {
  const { family } = index;
  const { windowDays, oldAfterDays } = ds.vocabulary.headline;
  const best = latestCandidate(index, asOf);
  const figure = best ? figureOf(ds, best, areaId, asOf, oldAfterDays) : null;
  const others = othersOf(index, best, asOf, windowDays);
  const change = best ? changeOf(ds, index, best) : null;
  const noneText = figure ? null : `No ${family.noun} reported for this area by ${asOfText}`;
  const parts = figure
    ? [
        `${family.label}: ${figure.valueText}`,
        `reported ${figure.dateText} by ${figure.sources.join(' and ')}${figure.context ? ` (figure for ${figure.areaName} as a whole)` : ''}`,
        figure.ageText,
        others.text,
        ...(change ? [change.text] : []),
      ]
    : [`${family.label}: no ${family.noun} reported for this area by ${asOfText}`];
  return {
    id: family.id,
    label: family.label,
    figure,
    noneText,
    others,
    change,
    text: parts.join(', '),
  };
}

/** The latest candidate known as of the date; ties by grade, non-party, own area, data order. */
function latestCandidate(index: FamilyIndex, asOf: string): Candidate | null {
  const known = countUpTo(index.candidateDates, asOf);
  const top = index.candidates[known - 1];
  if (!top) return null;
  let best = top;
  for (let i = known - 2; i >= 0; i -= 1) {
    const candidate = index.candidates[i];
    if (!candidate || candidate.date !== top.date) break;
    if (better(candidate, best)) best = candidate;
  }
  return best;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.gradeRank !== b.gradeRank) return a.gradeRank < b.gradeRank;
  if (a.party !== b.party) return !a.party;
  if (a.own !== b.own) return a.own;
  if ((a.total === null) !== (b.total === null)) return a.total !== null;
  return a.order < b.order;
}

function measureLabel(ds: PictureDataset, metric: string): string {
  return (ds.vocabulary.measures.get(metric)?.label ?? metric).toLowerCase();
}

function valueWithMeasure(ds: PictureDataset, claim: Claim): string {
  return `${formatQualified(claim.value)} ${measureLabel(ds, claim.metric)}`;
}

function shortNames(ds: PictureDataset, ids: readonly string[]): string[] {
  return ids.map((id) => ds.sources.get(id)?.shortName ?? id);
}

function figureOf(
  ds: PictureDataset,
  candidate: Candidate,
  areaId: string,
  asOf: string,
  oldAfterDays: number,
): PictureFigure {
  const { lead, total, parts } = candidate;
  const partsText = parts.map((part) => valueWithMeasure(ds, part)).join(', ');
  const valueText = total
    ? `${valueWithMeasure(ds, total)}${parts.length ? `, incl. ${partsText}` : ''}`
    : partsText;
  const ageDays = daysBetween(candidate.date, asOf);
  const old = ageDays > oldAfterDays;
  // A figure said "before" a date (the report's) may be older than that date says.
  const atLeast = lead.reportedOn.precision === 'before' ? 'at least ' : '';
  const age =
    ageDays === 0 && !atLeast
      ? 'reported on the as-of date'
      : `${atLeast}${formatNumber(ageDays)} day${ageDays === 1 ? '' : 's'} old`;
  return {
    claimIds: [...(total ? [total.id] : []), ...parts.map((part) => part.id)],
    valueText,
    shortValue: total ? formatQualified(total.value) : partsText,
    reportedOn: candidate.date,
    dateText: formatDateRef(lead.reportedOn),
    sources: shortNames(ds, lead.source),
    party: candidate.party,
    grade: `${lead.grade.source}${lead.grade.info}`,
    areaId: lead.area,
    areaName: ds.areasById.get(lead.area)?.name ?? lead.area,
    context: lead.area !== areaId,
    ageDays,
    ageText: old ? `${age}, older than ${formatNumber(oldAfterDays)} days` : age,
    old,
  };
}

/** The estimates of the window other than the headline's own (its total, or its parts' sum). */
function othersOf(
  index: FamilyIndex,
  best: Candidate | null,
  asOf: string,
  windowDays: number,
): PictureOthers {
  const known = countUpTo(index.estimateDates, asOf);
  const from = countBefore(index.estimateDates, addDays(asOf, -windowDays));
  const own = best ? (best.total ? best.total.id : (best.sum?.claimIds[0] ?? null)) : null;
  const list: Estimate[] = [];
  for (let i = from; i < known; i += 1) {
    const estimate = index.estimates[i];
    if (estimate && estimate.claimIds[0] !== own) list.push(estimate);
  }
  const sources = new Set(list.map((e) => e.sourceKey));
  let low = Infinity;
  let high = -Infinity;
  let highOpen = false;
  let lowText = '';
  let highText = '';
  for (const estimate of list) {
    if (estimate.value.low < low) {
      low = estimate.value.low;
      lowText = formatQualified(estimate.value);
    }
    const open = openEnd(estimate.value.qualifier) === 'above';
    if (estimate.value.high > high || (estimate.value.high === high && open)) {
      high = estimate.value.high;
      highOpen = open;
      highText = formatQualified({ ...estimate.value, low: estimate.value.high });
    }
  }
  const partyCount = list.filter((e) => e.party).length;
  const derivedCount = list.filter((e) => e.derived).length;
  const window = `in the ${formatNumber(windowDays)} days to ${formatIsoDate(asOf)}`;
  const count = list.length;
  let text: string;
  if (count === 0) text = `no other estimate ${window}`;
  else {
    const range = count === 1 || lowText === highText ? lowText : `${lowText} to ${highText}`;
    const marks = [
      partyCount === 1 ? '1 from a party to the war' : '',
      partyCount > 1 ? `${partyCount} from parties to the war` : '',
      derivedCount ? `${derivedCount} derived from parts` : '',
    ].filter(Boolean);
    text =
      `${count} other estimate${count === 1 ? '' : 's'} ${window} from ${sources.size} ` +
      `source${sources.size === 1 ? '' : 's'}: ${range}${marks.length ? ` (${marks.join('; ')})` : ''}`;
  }
  return {
    count,
    sourceCount: sources.size,
    partyCount,
    derivedCount,
    low: count ? low : 0,
    high: count ? high : 0,
    highOpen,
    text,
  };
}

/** The same source's previous estimate of the family, against the headline. */
function changeOf(ds: PictureDataset, index: FamilyIndex, best: Candidate): PictureChange | null {
  const current: { value: ClaimValue | null; source: readonly string[] } | null = best.total
    ? { value: best.total.value, source: best.total.source }
    : best.sum
      ? { value: best.sum.value, source: best.sum.source }
      : null;
  if (!current?.value) return null;
  const key = [...current.source].sort().join('+');
  const list = index.bySource.get(key);
  if (!list) return null;
  const previous = list.estimates[countBefore(list.dates, best.date) - 1];
  if (!previous) return null;
  const source = shortNames(ds, current.source).join(' and ');
  const before = formatQualified(previous.value);
  const beforeDate = formatIsoDate(previous.date);
  const after = formatQualified(current.value);
  const derivedNote = (derived: boolean) => (derived ? ' (sum of parts)' : '');
  return {
    source,
    before,
    beforeDate,
    beforeDerived: previous.derived,
    after,
    text: `${source}: ${before} on ${beforeDate}${derivedNote(previous.derived)} → ${after}${derivedNote(!best.total)}`,
  };
}
