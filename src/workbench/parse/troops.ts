/**
 * Troops there, sent or more (figures.ts): a place in the clause makes troops sent present, new
 * or fresh troops are additional, the main verb over a participle, a verb of sending right before
 * the number, a bare count after a count of troops, a word of more that qualifies another noun,
 * and the wounded sent home.
 */
import { METRICS } from '../../data/metrics';
import { cueHits, type CueHit } from './cues';
import { NATIONALITY, countedNoun } from './nouns';
import type { ParsedFigure, Raw } from './printed';

/** A word of more troops that may qualify any noun. */
const MORE_WORD = /^(?:further|additional|extra)$/iu;
const COUNT_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|more|dozens?|hundreds?|thousands?|tens)$/iu;
/**
 * "further", "additional" or "extra" after the count, before a word in lower case that names
 * no troops and no count ("sent 10,000 … for training and further participation"), qualifies
 * that word and adds no troops (fifteenth round). Before the count it is the count's ("the
 * additional deployment … more than 1,000 troops").
 */
export function moreOfOther(clause: string, hit: CueHit, countEnd: number): boolean {
  if (hit.measure !== 'troops-additional' || hit.start < countEnd) return false;
  if (!MORE_WORD.test(clause.slice(hit.start, hit.end))) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/u.exec(clause.slice(hit.end))?.[1];
  if (!next || COUNT_WORD.test(next)) return false;
  return !cueHits(next, (id) => METRICS[id]?.unit === 'troops').length;
}

/** Auxiliaries of a finite verb: "have been", "are now", "were". */
const FINITE_BEFORE =
  /(?:^|\s)(?:(?:have|has|had)\s+been|are|were|is|was)\s+(?:(?:now|still|already|reportedly)\s+)?$/iu;
const AUXILIARY =
  /(?:^|\s)(?:have|has|had|are|were|is|was|be|been|will|would|may|might|could)(?![\p{L}])/iu;

/**
 * The main verb over a participle: in "troops deployed in November have been stationed in
 * Kursk" the participle right after the noun tells where the troops came from, the finite verb
 * after it ("have been stationed", "remain") what the count is: troops present (fourteenth
 * round). A participle of being there before a verb of sending ("troops stationed in the Far
 * East were sent") stays sent.
 */
export function mainVerb(
  after: string,
  accept: (id: string) => boolean,
  measures: string[],
): string[] {
  if (measures[0] !== 'troops-sent') return measures;
  const hits = cueHits(after, accept);
  const sent = hits.findIndex((h) => h.measure === 'troops-sent');
  const participle = hits[sent];
  if (!participle || AUXILIARY.test(after.slice(0, participle.start))) return measures;
  const noun = hits.slice(0, sent).some((h) => h.measure === 'troops-present');
  if (!noun) return measures;
  const finite = hits.slice(sent + 1).find((h) => {
    if (h.measure !== 'troops-present') return false;
    const word = after.slice(h.start, h.end);
    return /^remain$/iu.test(word) || FINITE_BEFORE.test(after.slice(0, h.start));
  });
  return finite
    ? ['troops-present', ...measures.filter((id) => id !== 'troops-present')]
    : measures;
}

/**
 * The wounded sent home are counted as sent home: when a count's clause names both the
 * wounded (its noun: "2,000 injured soldiers") and their return ("have been repatriated"),
 * the return is its measure (fourteenth round; before, the longer noun cue won).
 */
export function sentHome(measures: string[]): string[] {
  const [best] = measures;
  if (best !== 'wounded' || !measures.includes('wounded-repatriated')) return measures;
  return ['wounded-repatriated', ...measures.filter((id) => id !== 'wounded-repatriated')];
}

const FRESH = /^\s+(?:new|fresh)\s/iu;
/** Troops there or sent: the measures "new" troops or a due date change. */
export const NOT_YET_MORE = ['troops-present', 'troops-sent'];

/**
 * "New" or "fresh" before the troops a number counts makes them additional troops, when its
 * clause otherwise names troops there or sent: "3,000 new soldiers … since January", "2,500
 * fresh troops"; a sending still to come ("will send 5,000 new troops") stays as it is.
 */
export function fresh(
  after: string,
  accept: (id: string) => boolean,
  measures: string[],
): string[] {
  const [best] = measures;
  if (!FRESH.test(after) || !best || !NOT_YET_MORE.includes(best)) return measures;
  const noun = countedNoun(after.replace(FRESH, ' '), accept);
  if (!noun || METRICS[noun]?.unit !== 'troops') return measures;
  return ['troops-additional', ...measures.filter((id) => id !== 'troops-additional')];
}

/**
 * Where a figure's clause places troops: "in", "within", "inside" or "north/west … of" a place (a name that is no
 * month or weekday, or "the area/region/…") and never "to"/"into" one. Troops sent that are placed so are troops present
 * ("deployed some 8,000 … in the Kursk region"; "deployed 3,000 to Russia" stays sent); a
 * figure of a nationality in the plural with no measure of its own ("12,000 North Koreans in
 * the area") is troops present, and so is a bare count as the subject of "are/were" so placed
 * ("a “couple thousand” are already there in the region").
 */
const IN_PLACE =
  /(?:^|\s)(?:(?:along|on)\s+(?:the\s+)?(?:front(?:[\s-]?lines?)?|border|frontier)(?![\p{L}])|(?:in|within|inside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)\p{Lu}|(?:area|region|province|oblast|country|zone|border\s+region|front|territory|war\s+zone)\b))/u;
/**
 * A destination, or an activity troops are sent for: "to Russia", "to fight", "in the war", "in
 * support of Moscow's offensive" (seventeenth round).
 */
const TO_PLACE =
  /(?:^|\s)(?:(?:to|into|for)\s+(?:the\s+)?\p{L}|in\s+support\s+of(?![\p{L}])|in\s+(?:the\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:war|fighting|fight|combat|conflict|hostilities|battle|offensive|assault|invasion)(?![\p{L}]))/iu;

/** The count's noun (up to three words), then "are/were in": the count is in a place. */
const BEING_IN =
  /^(?:\s+(?:(?:North|South)\s+Korean|[\p{L}-]+)){0,3}?\s+(?:are|were|is|remain|remained)\s+(?:(?:already|still|now|currently|reportedly)\s+)*(?:in|within|inside)\s/iu;

/** A bare count as the subject of "are/were", placed: "a “couple thousand” are already there in …". */
const BARE_SUBJECT =
  /^[”"’']?\s+(?:are|were)\s+(?:(?:already|still|now|currently|reportedly)\s+)*(?:(?:there|stationed|based)\s+)?(?:in|within|inside)\s/iu;

/**
 * A verb of arrival in a named country or city (no region or area after the name), or a past
 * deployment there ("have been deployed in Russia", nineteenth round): the troops were sent
 * there. A name in the possessive names a region ("arrived in Russia's western Kursk region",
 * nineteenth round): being there. Arrival in a region or area ("arrived in the Kursk region", the phrase table
 * and the second and fourteenth sets), or a later "and are …" clause that says where they are
 * now (the sixteenth set's "have arrived in Russia and are expected to join the fight"), stays
 * being there.
 */
const ARRIVED =
  /(?<![\p{L}])(?:arrived|arriving|arrives|arrive|(?:been|were|was)\s+deployed)\s+(?:(?:already|recently|now|first)\s+)?(?:in|at)\s+\p{Lu}[\p{L}-]*(?!\s+(?:region|area|oblast|province|border|front)(?![\p{L}]))(?![\p{L}-])(?![’']s(?![\p{L}]))/u;
const STILL_THERE = /\s(?:and|but)\s+(?:are|is|remain|remained|were)\s/iu;

/** Troops sent that the clause places (IN_PLACE) are troops present; see the rules above. */
export function present(after: string, kind: string | null, measures: string[]): string[] {
  // A place after a loss is where the loss was, not where the force is: "15,000 deployed
  // soldiers have been killed in Ukraine" stays sent (fifteenth round).
  const [loss] = cueHits(after, (id) => METRICS[id]?.unit === 'people');
  const placed = loss ? after.slice(0, loss.start) : after;
  if (kind || !IN_PLACE.test(placed)) return measures;
  // Being in a place beats a sending still to come: "11,000 troops are in the Kursk region,
  // waiting to be sent to the front" are present (sixteenth round).
  // Troops that arrived in a country were sent there: "10,000 … have arrived in Russia"
  // (eighteenth round).
  if (ARRIVED.test(placed) && !STILL_THERE.test(placed) && measures[0] === 'troops-sent')
    return measures;
  if (BEING_IN.test(placed) && measures[0] === 'troops-sent')
    return ['troops-present', ...measures.filter((id) => id !== 'troops-present')];
  if (TO_PLACE.test(after)) return measures;
  if (!measures.length && (NATIONALITY.test(after) || BARE_SUBJECT.test(after)))
    return ['troops-present'];
  if (measures[0] !== 'troops-sent') return measures;
  return ['troops-present', ...measures.filter((id) => id !== 'troops-present')];
}

/** "… and" or ", with" right before a count. */
const AND_BEFORE = /(?:^|[\s,])and\s+$/iu;
const WITH_BEFORE = /,\s+with\s+$/iu;
/** A place right after a count: "in the Kursk region", "at the front". */
const AT_PLACE_AFTER = /^\s+(?:in|at|on|near|inside|along)\s/iu;

/**
 * A bare count (no noun, no measure word of its own) right after a count of troops: "and 4,000
 * more" are additional troops; ", with 8,000 in the strategic Kursk region" is a part of them
 * that is there (nineteenth round).
 * @param text - the sentence
 * @param raw - the bare count
 * @param prev - the figure drafted before it
 * @returns the measure of the part, or undefined
 */
export function partOfTroops(
  text: string,
  raw: Raw,
  prev: ParsedFigure | undefined,
): string | undefined {
  if (prev?.unit !== 'troops' || prev.end > raw.start) return undefined;
  const before = text.slice(prev.end, raw.start);
  const after = text.slice(raw.end);
  if (/[.;!?]/u.test(before)) return undefined;
  if (AND_BEFORE.test(before) && /^\s+more(?![\p{L}])/iu.test(after)) return 'troops-additional';
  if (WITH_BEFORE.test(before) && AT_PLACE_AFTER.test(after)) return 'troops-present';
  return undefined;
}

/**
 * A verb of sending right before a number (nothing but spaces between it and the number's
 * qualifier) says what the number counts: troops, over a loss word elsewhere in its clause
 * ("The losses prompted Moscow to deploy 10,000 North Korean troops" is troops sent); weapons
 * named after it stay weapons ("sent 240 rocket launchers").
 */
export function sentRightBefore(own: readonly CueHit[], at: number, ranked: string[]): string[] {
  const verb = own.find((h) => h.end <= at && h.end >= at - 1);
  const [best] = ranked;
  // A verb of loss right before the number counts it over a weapon named in its clause, the
  // means: "a strike using U.K.-supplied Storm Shadow missiles killed around 500 North Korean
  // soldiers" is killed (eleventh round).
  if (verb && METRICS[verb.measure]?.unit === 'people' && METRICS[best ?? '']?.unit === 'munitions')
    return [verb.measure, ...ranked.filter((id) => id !== verb.measure)];
  if (verb?.measure !== 'troops-sent' || METRICS[best ?? '']?.unit !== 'people') return ranked;
  const troops = ranked.filter((id) => METRICS[id]?.unit === 'troops');
  return troops.length ? [...troops, ...ranked.filter((id) => !troops.includes(id))] : ranked;
}
