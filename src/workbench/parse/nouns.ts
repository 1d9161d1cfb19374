/**
 * What a number counts (figures.ts): the noun right after it, and the measure that noun names:
 * soldiers by rank or role, sites, people, nationalities in the plural, captives named in the
 * noun phrase, a loss named right after the number.
 */
import { METRICS, VOCABULARY } from '../../data/metrics';
import { cueHits } from './cues';
import { accepts } from './printed';

/**
 * A word that may stand between a number and the noun it counts: no preposition, article,
 * conjunction or verb of being ("300 in nearby villages" counts no villages).
 */
const NOT_FUNCTION = String.raw`(?!(?:of|in|at|on|near|from|to|into|across|around|for|and|or|with|by|the|a|an|its|their|his|her|were|was|are|is|had|have|has|who|which|that|including|among)(?![\p{L}]))`;
/**
 * One word between a number and its noun: a two-word nationality ("North Korean", "South
 * Korean") counts as one, so an adjective before it stays within the gap ("two elite North
 * Korean soldiers"; twenty-first round).
 */
export const GAP_WORD = String.raw`(?:(?:North|South)\s+Korean|${NOT_FUNCTION}[\p{L}-]+)`;

/**
 * Ranks and roles of soldiers: a count of them right after a number (up to three words between:
 * "three Pyongyang generals", "four senior commanders", "200 drone operators", "50 medics") is
 * a count of troops (three since the eighteenth round: "six North Korean military officers").
 * Not "operators" or "specialists" alone (telecom operators, experts).
 */
export const RANK_AFTER = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,3}?\s+(?:officers|generals|commanders|colonels|majors|captains|lieutenants|sergeants|corporals|privates|snipers|pilots|instructors|military\s+advisers|military\s+advisors|medics|paramedics|drivers|mechanics|technicians|gunners|artillerymen|(?:drone|UAV|radio|missile|tank)\s+operators|signallers|signalers|military\s+specialists|paratroopers|marines|riflemen|crewmen)(?![\p{L}])`,
  'iu',
);
/**
 * Places and sites: a count of them right after a number (up to two words between, no
 * function word: "five training sites", "three military bases"; not "one of the camps") is a
 * figure no measure takes. Populated places (villages, settlements, towns) are ground, not
 * sites: THING_AFTER (eleventh round).
 */
export const SITE_AFTER = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,2}?\s+(?:sites|bases|camps|facilities|airfields|airbases|depots|training\s+grounds|factories|warehouses)(?![\p{L}])`,
  'iu',
);

/** People or soldiers right after a number (up to two words between, no function word). */
export const PEOPLE_AFTER = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,2}?\s+(?:Koreans|Russians|Ukrainians|soldiers|troops|servicemen|fighters|personnel|men|people|infantry|infantrymen|conscripts|combatants)(?![\p{L}])`,
  'iu',
);

/**
 * A measure of people named right after a number (nothing but spaces between): "the 4,100
 * wounded soldiers", "the 600 dead"; with `unit`, a measure in any unit it allows.
 */
export function lossRightAfter(
  rest: string,
  unit: (u: string | null) => boolean = (u) => u === 'people',
): string | undefined {
  const [first] = cueHits(rest, accepts(null));
  if (!first || !/^\s+$/u.test(rest.slice(0, first.start))) return undefined;
  return unit(METRICS[first.measure]?.unit ?? null) ? first.measure : undefined;
}

/** A nationality in the plural right after a number: "12,000 North Koreans". */
export const NATIONALITY = /^\s+(?:(?:North|South)\s+)?\p{Lu}\p{Ll}+(?:ans|ese)(?![\p{L}])/u;

/** The count's noun (one to three words, no function word or auxiliary), then a capture cue. */
const CAPTIVE_GAP = new RegExp(String.raw`^(?:\s+${GAP_WORD}){1,3}?\s+$`, 'iu');

/**
 * Captives named in the count's own noun phrase ("two North Koreans captured in battle",
 * "three soldiers taken prisoner") are captured, whatever verb of sending governs the count
 * ("ready to send … back", "prepared to hand over"): the capture cue right after the noun is
 * said of the people counted (seventeenth round).
 */
export function capturedNoun(after: string, measures: readonly string[]): boolean {
  if (METRICS[measures[0] ?? '']?.unit !== 'troops') return false;
  const [capture] = cueHits(after, (id) => id === 'captured');
  return !!capture && CAPTIVE_GAP.test(after.slice(0, capture.start));
}

/** What may stand between a number and the noun it counts: up to two words, no function word. */
export const NOUN_GAP = new RegExp(String.raw`^(?:\s+${GAP_WORD}){0,2}?\s+$`, 'iu');

/**
 * The measure the noun a number counts names: "1,000 sappers", "5,000 North Korean
 * construction troops" (a cue after the number, at most two words between, none a function word).
 */
export function countedNoun(rest: string, accept: (id: string) => boolean): string | undefined {
  const [first] = cueHits(rest, accept);
  return first && NOUN_GAP.test(rest.slice(0, first.start)) ? first.measure : undefined;
}

/**
 * The noun a number counts names its measure over the verbs of its clause when both are
 * measures of troops and the noun's is more specific (later in the vocabulary): "will send 1,000 sappers" are sappers, "plans to
 * send 2,000 combat engineers" too; "will send 5,000 troops" stays possible further troops.
 */
export function byNoun(ranked: string[], counted: string | undefined): string[] {
  const [best] = ranked;
  const order = (id: string | undefined) => VOCABULARY.measures.get(id ?? '')?.order ?? -1;
  const troops = [counted, best].every((id) => METRICS[id ?? '']?.unit === 'troops');
  if (!counted || !troops || !ranked.includes(counted) || order(counted) <= order(best))
    return ranked;
  return [counted, ...ranked.filter((m) => m !== counted)];
}

/**
 * Words between a number in words and a cue that show the cue is said of another noun: a
 * verb of being or a modal ("three officials were involved"), or a plural noun of its own in
 * lower case ("the two leaders arrived", "two sides came to"; not "various", "serious").
 */
const OTHER_NOUN =
  /(?:^|\s)(?:(?:is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|shall|should|can|do|does|did)|(?!\p{Lu})(?![\p{L}]*ous(?![\p{L}]))[\p{L}]{3,}s)(?![\p{L}])/u;

/**
 * Whether a measure word starts within the three words after a number, said of what the
 * number counts: "two North Korean soldiers", "two wounded", "three more soldiers"; not "the
 * two leaders arrived", "one journalist was hurt" (ninth round).
 */
export function nounAfter(rest: string, accept: (id: string) => boolean): boolean {
  // A two-word nationality ("North Korean", "South Korean") counts as one word: "two North
  // Korean military personnel" (thirteenth round); an adjective before it goes with it: "one
  // elite North Korean soldier died" (twenty-first round).
  const near =
    /^(?:\s+\p{Ll}[\p{Ll}-]*(?=\s+(?:North|South)\s+\p{Lu}))?(?:\s+(?:North|South)\s+\p{Lu}\p{Ll}+(?![\p{L}]))?(?:\s+\S+){0,3}/u.exec(
      rest,
    )?.[0] ?? '';
  return cueHits(rest, accept).some(
    (h) => h.start < near.length && !OTHER_NOUN.test(rest.slice(0, h.start)),
  );
}
