/**
 * Troops to come (figures.ts): a modal verb of growth makes a projection; a plan to send with a
 * target makes the expected total; more troops still expected, added under a modal, or aimed at
 * are possible further troops; troops due somewhere by a date are the expected total.
 */
import { METRICS, VOCABULARY } from '../../data/metrics';
import type { CueHit } from './cues';
import { NOT_YET_MORE } from './troops';

/**
 * A modal verb of growth right before a figure makes it a projection: "could reach up to
 * 10,000", "may grow to 20,000", "is set to reach 25,000"; not "may exceed 10,000" (a hedge
 * on the present count) nor "could have lost" (the past). "may" only in lower case (the month).
 */
export const PROJECTION =
  /(?:^|[^\p{L}])(?:could|may|might|will|would|shall|(?:expected|set|likely|projected|forecast|poised)\s+to)\s+(?:(?:soon|eventually|still|even|quickly)\s+)?(?:reach|rise|grow|climb|increase|swell|total|hit|balloon|double)(?:\s+(?:to|as\s+high\s+as))?\s*$|(?:^|[^\p{L}])will\s+(?:soon\s+)?have\s*$/u;

/**
 * Measures as projections: each that a measure of the vocabulary `projects` becomes that one;
 * a projection measure itself stays; the others go (a projection is never drafted as today's
 * count: "the death toll will rise to 5,000" gets no measure, the analyst picks).
 */
export const PROJECTIONS = [...VOCABULARY.measures.values()].filter((m) => m.projects?.length);

/** The measures of a projection (see PROJECTIONS), best first. */
export function projected(measures: readonly string[]): string[] {
  const projections = PROJECTIONS;
  const out = measures.flatMap((id) => {
    if (projections.some((p) => p.id === id)) return [id];
    const projection = projections.find((p) => p.projects?.includes(id));
    return projection ? [projection.id] : [];
  });
  return [...new Set(out)];
}

/**
 * A plan to send, before a number: "plans to send", "aims to deploy", "will dispatch", "is
 * expected to send"; a pledge ("promised to provide", "agreed to supply"; fourteenth round); a
 * planned sending as a noun ("the planned deployment of").
 */
const PLAN_TO_SEND =
  /(?:^|[^\p{L}])(?:(?:(?:plans?|planning|aims?|aiming|intends?|intending|wants?|is\s+set|are\s+set|expected|likely|due|promised|pledged|agreed|vowed|offered)\s+to|will)\s+(?:send|deploy|dispatch|transfer|move|provide|supply)|planned\s+(?:deployment|dispatch|transfer|sending)\s+of)(?![\p{L}])/iu;
/** A date a count is to be reached by, after the number: "by December", "by the end of the year", "by around December", "by late November". */
const BY_TIME =
  /(?:^|\s)by\s+(?:(?:around|about|roughly|approximately|early|late|mid-?)\s*)?(?:the\s+)?(?:(?:end|middle|start)\s+of\s+(?:the\s+)?)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|spring|summer|autumn|fall|winter|year(?:-end)?|month|next\s+(?:year|month)|\d{4})(?![\p{L}])/iu;
/** A plan to send told in the past: its count is the total that was to be sent ("planned to send approximately 10,900"). */
const PLANNED_TO_SEND =
  /(?:^|[^\p{L}])(?:had\s+)?planned\s+to\s+(?:send|deploy|dispatch)(?![\p{L}])(?:\s+(?:up\s+to|about|around|some|approximately|roughly|nearly|almost|as\s+many\s+as|more\s+than|over|at\s+least))?\s*$/iu;
const TOTAL_BEFORE = /(?:^|[^\p{L}])a\s+total\s+of\s*$/iu;
/** After a count: its noun (up to four words), then a sending still to come in the passive ("will be deployed", "are to be sent"). */
const SENT_LATER =
  /^(?:\s+[\p{L}-]+){0,4}?\s+(?:will|would|are\s+to|is\s+to)\s+(?:have\s+)?be(?:en)?\s+(?:sent|deployed|dispatched|transferred)(?![\p{L}])/iu;
/** A projection's subject is the total ("with the total likely to climb to", "the number could reach"). */
export const TOTAL_SUBJECT = /(?:^|[^\p{L}])(?:total|tally|number|figure)(?![\p{L}])/iu;
const SENDING = ['troops-present', 'troops-sent', 'troops-possible-further'];

/**
 * A sending still to come with a target is the expected total (a measure that `projects` the
 * troops sent): a plan to send before the number ("plans to send", "aims to deploy", "will
 * send") and either a date after it that the count is to be reached by ("by December") or "a
 * total of" right before it. Without a target, or when the clause counts more troops
 * ("6,000 more troops by March": more, not a total), the measures stay as they are.
 */
export function target(
  before: string,
  after: string,
  own: readonly CueHit[],
  ranked: string[],
): string[] {
  const [best] = ranked;
  const pastPlan = PLANNED_TO_SEND.test(before);
  const totalToBe = TOTAL_BEFORE.test(before) && SENT_LATER.test(after) && BY_TIME.test(after);
  if (!best || !SENDING.includes(best)) return ranked;
  if (!(PLAN_TO_SEND.test(before) || pastPlan || totalToBe)) return ranked;
  // "a total of" starts the count's phrase: an addition before it ("further presented …") is not its.
  const more = own.filter((h) => !(totalToBe && h.end <= before.length));
  if (more.some((h) => h.measure === 'troops-additional')) return ranked;
  if (!BY_TIME.test(after) && !TOTAL_BEFORE.test(before) && !pastPlan) return ranked;
  const expected = projected(['troops-sent'])[0];
  return expected ? [expected, ...ranked.filter((id) => id !== expected)] : ranked;
}

/** Right after a number: its noun (up to three words), then "expected", "due" or "to come". */
const EXPECTED_AFTER =
  /^(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:are|is|were|was)\s+(?:still\s+)?)?(?:expected|due|yet\s+to\s+come|to\s+come|still\s+to\s+come)(?![\p{L}])/iu;

/**
 * More troops still expected are possible further troops, not additional ones (which are
 * there or sent): "another 9,000 expected", "2,000 more troops are expected to arrive",
 * "another 4,000 are due".
 */
export function stillExpected(after: string, measures: string[]): string[] {
  if (measures[0] !== 'troops-additional' || !EXPECTED_AFTER.test(after)) return measures;
  return ['troops-possible-further', ...measures.filter((id) => id !== 'troops-possible-further')];
}

/**
 * A modal verb of the present or future before more troops ("may attract another", "could
 * dispatch a further") makes them possible further troops, not an addition made; a modal of
 * the past ("may have sent another") does not. "may" only in lower case (the month).
 */
const MODAL_BEFORE =
  /(?:^|[^\p{L}])(?:may|might|could|would|will|[Cc]ould|[Mm]ight)\s+(?!(?:have|be|not)(?![\p{L}]))(?:[\p{L}-]+\s+){1,3}$/u;

/** More troops after a modal of the present or future (MODAL_BEFORE) are possible further troops. */
export function mayAdd(before: string, measures: string[]): string[] {
  if (measures[0] !== 'troops-additional' || !MODAL_BEFORE.test(before)) return measures;
  return ['troops-possible-further', ...measures.filter((id) => id !== 'troops-possible-further')];
}

/** Right before a count: the aim of winning more ("to attract", "in order to lure", "to recruit"). */
const AIM_BEFORE = /(?:^|\s)to\s+(?:attract|lure|recruit|draw\s+in|enlist|win\s+over)\s+$/iu;
/** Right after it: "more" and no noun ("tens of thousands more", "5,000 more"). */
const MORE_AFTER = /^\s+more(?![\p{L}])(?!\s+(?!(?:to|in|for|from|into)(?![\p{L}]))\p{Ll})/u;

/**
 * More troops that are the aim of an act still under way are possible further troops, not
 * troops there: "treating them well to attract tens of thousands more" (fourteenth round).
 */
export function aimedAt(before: string, after: string, measures: string[]): string[] {
  const [best] = measures;
  if (!AIM_BEFORE.test(before) || !MORE_AFTER.test(after)) return measures;
  if (best && METRICS[best]?.unit !== 'troops') return measures;
  return ['troops-possible-further', ...measures.filter((id) => id !== 'troops-possible-further')];
}

/**
 * After a count: its noun (up to four words), then "are expected/due/set to" (be) …; the verb
 * of being may be left out ("10,000 soldiers total expected to be deployed"; fourteenth round).
 */
const DUE_AFTER =
  /^(?:\s+[\p{L}-]+){0,4}?\s+(?:(?:are|is|were|was)\s+)?(?:(?:still|now|reportedly)\s+)?(?:expected|due|set|scheduled|slated)\s+to\s/iu;

/**
 * A count of troops expected, due or set to be there by a date is the expected total sent:
 * "5,000 troops are expected to be assembled by Monday", "6,000 … are due to be in place by
 * Friday". Without a date it stays as it is.
 */
export function dueBy(after: string, measures: string[]): string[] {
  const [best] = measures;
  if (!best || !NOT_YET_MORE.includes(best) || !DUE_AFTER.test(after) || !BY_TIME.test(after))
    return measures;
  const expected = projected(['troops-sent'])[0];
  return expected ? [expected, ...measures.filter((id) => id !== expected)] : measures;
}
