/**
 * The current picture of an area: for each headline family of the vocabulary (troops,
 * casualties), what is known as of a date — the latest figure with its date, source and age,
 * how many other recent estimates there are and how far apart, and the change since the same
 * source's previous figure. One rule for the panel, the overview cards, the map labels, the
 * briefing image and embed mode.
 *
 * The rule, with its thresholds from geodata/measures.json (`headline`):
 * - a figure is known as of D when it was reported by D (`reportedOn.end <= D`, as everywhere);
 * - each figure is about a time: its `refersTo` when that ends before the date it was
 *   reported ("in 2024", in a report of September 2025), else the date reported (a
 *   `refersTo` "before" the report's date is no older than the report); its date is the end
 *   of that time (view/aboutDate.ts);
 * - the headline is the known figure of the family's measures, the area's own or its
 *   ancestors' (the whole deployment in Russia is part of the picture in Kursk, and says so),
 *   about the latest time; then the latest reported; then the better grade, a source not
 *   party to the war, the area's own figure, data order. A later report about an earlier time
 *   does not displace newer knowledge. Parts (killed, wounded) given by the same source on
 *   the same date go with the total; given alone, they are the headline themselves;
 * - a vague amount ("thousands", "several hundred": data/vagueAmount.ts) does not displace
 *   specific figures when one was reported in the `oldAfterDays` before it (or since): the
 *   specific figure about the latest time leads, and the vague one counts among the other
 *   estimates. This compares when the figures became known (the dates reported): a vague
 *   amount that comes soon after specific news is not newer knowledge. A vague amount leads
 *   only when no specific figure was reported in the `oldAfterDays` before it (so the choice
 *   depends on the figures' dates, not on how far the as-of date has moved on);
 * - a derived figure (the sum of one source's parts) is never the headline: it only counts
 *   among the other estimates and in the change, marked as derived;
 * - the headline's age is that of the knowledge: from the date it is about to D ("at least"
 *   when it is said "before" a date); it is old when more than `oldAfterDays`. The other
 *   estimates are those reported within `windowDays` up to D, whatever time they are about;
 *   the change compares with the same source's estimate about the latest time before the
 *   headline's.
 */
import { daysBetween, addDays } from '../data/dates';
import { ancestorIds } from '../data/dataset';
import type { HeadlineFamily } from '../data/vocabulary';
import type { Claim, ClaimValue } from '../data/schema';
import { openEnd } from '../data/qualifiers';
import { isVagueAmount } from '../data/vagueAmount';
import { formatIsoDate, formatNumber, formatQualified } from '../ui/format';
import { formatDateRef } from './dateRef';
import { formatAbout, formatShortAbout } from './aboutDate';
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
  /** The value with the family's word, for map labels: "estimated 4,700 casualties". */
  labelValue: string;
  /** ISO date it was reported by. */
  reportedOn: string;
  /** ISO date of the time it is about (the end of "in 2024"); reportedOn when the same. */
  aboutOn: string;
  /** The time it is about when that ends before the date reported: "in 2024"; else null. */
  aboutText: string | null;
  /** The date reported: "30 Apr 2025", "before 26 Apr 2025", "January 2025"; with a time
   * it is about, the day of the report: "2 Sept 2025". */
  reportedText: string;
  /** When, for short lines: "30 Apr 2025", "before 26 Apr 2025"; with a time it is about,
   * "in 2024 (reported 2 Sept 2025)". */
  dateText: string;
  /** When, in a sentence: "reported 30 Apr 2025"; "in 2024, reported 2 Sept 2025". */
  whenText: string;
  /** When, for map labels: the month of the time it is about, "Apr 2025"; "2024". */
  shortWhen: string;
  /** Short names of who claims it: ["NIS"]. */
  sources: string[];
  /** The same, parties marked: "Ukraine (party to the war) and United States". */
  sourcesText: string;
  /** True when a source is a party to the war. */
  party: boolean;
  /** Admiralty grade, e.g. "B2". */
  grade: string;
  areaId: string;
  areaName: string;
  /** True when the figure is an ancestor's (all of Russia in Kursk's picture). */
  context: boolean;
  /** Days from the date it is about to the as-of date. */
  ageDays: number;
  /** "4 days old"; "at least 4 days old" (said "before" a date); "reported on the as-of date";
   * "in a report of the as-of date, may be older". */
  ageText: string;
  /** Older than the vocabulary's `oldAfterDays`. */
  old: boolean;
  /** The since date (ISO) when the figure was reported after it (set by the area panel). */
  newSince?: string;
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
  /** "13 Jan 2025"; for a figure about an earlier time, "in 2024 (reported 2 Sept 2025)". */
  beforeDate: string;
  /** The same with its preposition: "on 13 Jan 2025"; "in 2024 (reported 2 Sept 2025)". */
  beforeWhen: string;
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
  const areas = [areaId, ...ancestorIds(ds.areasById, areaId)].map((id) => familyIndexes(ds, id));
  return {
    areaId,
    asOf,
    asOfText,
    windowDays,
    oldAfterDays,
    families: ds.vocabulary.headline.families.map((family, i) =>
      familyPicture(
        ds,
        family,
        // The family's index of the area, then of its ancestors, nearest first.
        areas.flatMap((list) => list[i] ?? []),
        areaId,
        asOf,
        asOfText,
      ),
    ),
  };
}

function familyPicture(
  ds: PictureDataset,
  family: HeadlineFamily,
  indexes: readonly FamilyIndex[],
  areaId: string,
  asOf: string,
  asOfText: string,
): FamilyPicture {
  const { windowDays, oldAfterDays } = ds.vocabulary.headline;
  const best = headlineCandidate(indexes, asOf, oldAfterDays);
  const figure = best ? figureOf(ds, best, family.label, areaId, asOf, oldAfterDays) : null;
  const others = othersOf(indexes, best, asOf, windowDays);
  const change = best ? changeOf(ds, indexes, best, asOf) : null;
  const noneText = figure ? null : `No ${family.noun} reported for this area by ${asOfText}`;
  const parts = figure
    ? [
        `${family.label}: ${figure.valueText}`,
        `${figure.whenText} by ${figure.sourcesText}${figure.context ? ` (figure for ${figure.areaName} as a whole)` : ''}`,
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

/**
 * The headline: the candidate about the latest time, unless it is a vague amount and a
 * specific figure was reported no more than `oldAfterDays` before it (or since); then the
 * specific candidate about the latest time.
 * @param indexes - the family's index of the area, then of its ancestors, nearest first
 */
function headlineCandidate(
  indexes: readonly FamilyIndex[],
  asOf: string,
  oldAfterDays: number,
): Candidate | null {
  const specific = (candidate: Candidate) => !isVague(candidate);
  const latest = latestCandidate(indexes, asOf);
  if (!latest || !isVague(latest)) return latest;
  const since = addDays(latest.date, -oldAfterDays);
  if (!reportedSince(indexes, asOf, since, specific)) return latest;
  return latestCandidate(indexes, asOf, specific) ?? latest;
}

/** A candidate whose shown value is a vague amount: its total's, or every part's. */
function isVague(candidate: Candidate): boolean {
  const shown = candidate.total ? [candidate.total] : candidate.parts;
  return shown.every((claim) => isVagueAmount(claim.value?.qualifier ?? ''));
}

/** Whether an accepted candidate was reported from `since` to the as-of date. */
function reportedSince(
  indexes: readonly FamilyIndex[],
  asOf: string,
  since: string,
  accept: (candidate: Candidate) => boolean,
): boolean {
  return indexes.some((index) => {
    const known = countUpTo(index.candidateDates, asOf);
    for (let i = known - 1; i >= 0; i -= 1) {
      const candidate = index.candidates[i];
      if (!candidate || candidate.date < since) return false;
      if (accept(candidate)) return true;
    }
    return false;
  });
}

/**
 * The candidate known as of the date about the latest time; ties by the date reported, then
 * grade, non-party, the area's own before its nearest ancestor's, data order.
 * @param indexes - the family's index of the area, then of its ancestors, nearest first
 * @param accept - which candidates may be the answer
 */
function latestCandidate(
  indexes: readonly FamilyIndex[],
  asOf: string,
  accept: (candidate: Candidate) => boolean = () => true,
): Candidate | null {
  let best: Candidate | null = null;
  let bestRank = 0;
  indexes.forEach((index, rank) => {
    const known = countUpTo(index.candidateDates, asOf);
    // By date reported, latest first: a candidate is about a time no later than its report,
    // so once reports are older than the best's time, none can be about a later one.
    for (let i = known - 1; i >= 0; i -= 1) {
      const candidate = index.candidates[i];
      if (!candidate || (best && candidate.date < best.about)) break;
      if (!accept(candidate)) continue;
      if (
        !best ||
        candidate.about > best.about ||
        (candidate.about === best.about &&
          (candidate.date > best.date ||
            (candidate.date === best.date && better(candidate, rank, best, bestRank))))
      ) {
        best = candidate;
        bestRank = rank;
      }
    }
  });
  return best;
}

function better(a: Candidate, aRank: number, b: Candidate, bRank: number): boolean {
  if (a.gradeRank !== b.gradeRank) return a.gradeRank < b.gradeRank;
  if (a.party !== b.party) return !a.party;
  if (aRank !== bRank) return aRank < bRank;
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
  familyLabel: string,
  areaId: string,
  asOf: string,
  oldAfterDays: number,
): PictureFigure {
  const { lead, total, parts } = candidate;
  const partsText = parts.map((part) => valueWithMeasure(ds, part)).join(', ');
  const valueText = total
    ? `${valueWithMeasure(ds, total)}${parts.length ? `, incl. ${partsText}` : ''}`
    : partsText;
  // The age of the knowledge: from the time the figure is about (its end), not the report.
  const ageDays = daysBetween(candidate.about, asOf);
  const old = ageDays > oldAfterDays;
  // A figure said "before" a date (the report's) may be older than that date says: "at
  // least 3 days old", and on the report's own date not "at least 0 days old".
  const before = candidate.aboutRef.precision === 'before';
  const differs = candidate.about < candidate.date;
  const aboutText = differs ? formatAbout(candidate.aboutRef) : null;
  const reportedText = differs ? formatIsoDate(candidate.date) : formatDateRef(lead.reportedOn);
  const age =
    ageDays === 0
      ? before
        ? 'in a report of the as-of date, may be older'
        : 'reported on the as-of date'
      : `${before ? 'at least ' : ''}${formatNumber(ageDays)} day${ageDays === 1 ? '' : 's'} old`;
  return {
    claimIds: [...(total ? [total.id] : []), ...parts.map((part) => part.id)],
    valueText,
    shortValue: total ? formatQualified(total.value) : partsText,
    labelValue: total ? `${formatQualified(total.value)} ${familyLabel.toLowerCase()}` : partsText,
    reportedOn: candidate.date,
    aboutOn: candidate.about,
    aboutText,
    reportedText,
    dateText: aboutText ? `${aboutText} (reported ${reportedText})` : reportedText,
    whenText: aboutText ? `${aboutText}, reported ${reportedText}` : `reported ${reportedText}`,
    shortWhen: formatShortAbout(candidate.aboutRef),
    sources: shortNames(ds, lead.source),
    sourcesText: lead.source
      .map((id) => {
        const source = ds.sources.get(id);
        return `${source?.shortName ?? id}${source?.party ? ' (party to the war)' : ''}`;
      })
      .join(' and '),
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
  indexes: readonly FamilyIndex[],
  best: Candidate | null,
  asOf: string,
  windowDays: number,
): PictureOthers {
  const start = addDays(asOf, -windowDays);
  const own = best ? (best.total ? best.total.id : (best.sum?.claimIds[0] ?? null)) : null;
  const list: Estimate[] = [];
  for (const index of indexes) {
    const known = countUpTo(index.estimateDates, asOf);
    for (let i = countBefore(index.estimateDates, start); i < known; i += 1) {
      const estimate = index.estimates[i];
      if (estimate && estimate.claimIds[0] !== own) list.push(estimate);
    }
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
function changeOf(
  ds: PictureDataset,
  indexes: readonly FamilyIndex[],
  best: Candidate,
  asOf: string,
): PictureChange | null {
  const current: { value: ClaimValue | null; source: readonly string[] } | null = best.total
    ? { value: best.total.value, source: best.total.source }
    : best.sum
      ? { value: best.sum.value, source: best.sum.source }
      : null;
  if (!current?.value) return null;
  const key = [...current.source].sort().join('+');
  // The source's known estimate about the latest time before the headline's (then reported
  // before it), in the area or an ancestor: a later report about an earlier time counts.
  const earlier = (a: { about: string; date: string }, b: { about: string; date: string }) =>
    a.about < b.about || (a.about === b.about && a.date < b.date);
  let previous: Estimate | null = null;
  for (const index of indexes) {
    const list = index.bySource.get(key);
    if (!list) continue;
    // Latest reported first: once reports are older than the time of the one found, none
    // can be about a later time.
    for (let i = countUpTo(list.dates, asOf) - 1; i >= 0; i -= 1) {
      const found = list.estimates[i];
      if (!found || (previous && found.date < previous.about)) break;
      if (earlier(found, best) && (!previous || earlier(previous, found))) previous = found;
    }
  }
  if (!previous) return null;
  const source = shortNames(ds, current.source).join(' and ');
  const before = formatQualified(previous.value);
  const aboutText = previous.about < previous.date ? formatAbout(previous.aboutRef) : null;
  const beforeDate = aboutText
    ? `${aboutText} (reported ${formatIsoDate(previous.date)})`
    : formatIsoDate(previous.date);
  // "on 13 Jan 2025"; "in 2024 (reported …)", "before 1 Jan 2025 (reported …)" as they are.
  const beforeWhen = /^(in|before) /.test(beforeDate) ? beforeDate : `on ${beforeDate}`;
  const after = formatQualified(current.value);
  const derivedNote = (derived: boolean) => (derived ? ' (sum of parts)' : '');
  return {
    source,
    before,
    beforeDate,
    beforeWhen,
    beforeDerived: previous.derived,
    after,
    text: `${source}: ${before} ${beforeWhen}${derivedNote(previous.derived)} → ${after}${derivedNote(!best.total)}`,
  };
}

/**
 * The current picture in a few words per family, for an area's label on the map: the
 * families that have a figure, one short line each with the month of the time it is about
 * ("2024" for a whole year; the panel and the cards say the day, the date reported, the
 * source and whose figure it is).
 * @param picture - from currentPicture
 * @returns e.g. "estimated 4,700 casualties · Apr 2025" ("… (all Russia) · …" for a
 *   wider area's figure), or null when no figure
 */
export function pictureLabel(picture: CurrentPicture): string | null {
  const lines = picture.families.flatMap(({ figure }) =>
    figure
      ? [
          `${figure.labelValue}${figure.context ? ` (all ${figure.areaName})` : ''} · ${figure.shortWhen}`,
        ]
      : [],
  );
  return lines.length ? lines.join('\n') : null;
}
