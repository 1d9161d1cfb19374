/**
 * Whose count (figures.ts): a party's own losses (`partyOf`, `partyWords` of measures.json), a
 * party's losses named elsewhere in the sentence, a party's whole and its parts, a comparison
 * that names the kind of a count, a party's count by its source (`sourceWords`) and troops a
 * sender placed (`senderWords`).
 */
import { METRICS, VOCABULARY } from '../../data/metrics';
import { LEAD_IN, unbound } from './clause';
import { cueHits, type CueHit } from './cues';
import { lossRightAfter } from './nouns';
import type { ParsedFigure, Raw } from './printed';

const PARTIES = [...VOCABULARY.measures.values()].filter(
  (m) => m.partyOf?.length && m.partyWords?.length,
);
/**
 * "Russia has lost", "the Kremlin has suffered", "… you that Russia lost": a party as the
 * subject of a loss verb in the figure's clause.
 */
const LOSS_SUBJECT =
  /(?:^|[^\p{L}'’])([\p{L}'’]+)\s+(?:(?:army|military|forces|troops|side|armed\s+forces)\s+)?(?:(?:has|have|had)\s+)?(?:(?:already|also|now|reportedly)\s+)?(?:lost|suffered|sustained|incurred)\s/iu;
/** After a count: its noun (one or two words), then "from/of the" and a party's word. */
const PARTY_AFTER_NOUN =
  /^(?:\s+(?!(?:from|of)(?![\p{L}]))[\p{L}-]+){1,2}\s+(?:from|of)\s+(?:the\s+)?([\p{L}'’]+)(?=\s+(?:military|army|forces|troops|side|armed\s+forces)(?![\p{L}]))/iu;
const AFTER_PREPOSITION =
  /(?:^|[^\p{L}])(?:with|against|by|from|to|of|on|at|for|alongside|among|near)\s*$/iu;
const lastWords = (s: string, n: number) => s.trim().split(/\s+/).slice(-n);
const bare = (w: string) =>
  w
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^\p{L}']/gu, '');

/**
 * A party's own losses: when a word of a party measure's `partyWords` (measures.json) is
 * printed right after the number ("600,000 Russian soldiers"), in the two words before the
 * cue that named the measure ("Russian combat losses"), or as the subject of a loss verb that
 * opens the clause ("Russia has lost 400"), the figure is that party's measure, unless "North
 * Korean" follows the number ("Russia said 200 North Korean soldiers were killed").
 */
export function byParty(
  text: string,
  raw: Raw,
  from: number,
  own: CueHit[],
  measures: string[],
): string[] {
  const [best] = measures;
  const parties = PARTIES.filter((p) => best && p.partyOf?.includes(best));
  if (!parties.length) return measures;
  const [next = ''] = text.slice(raw.end).trim().split(/\s+/);
  if (/^(?:north|dprk|pyongyang)/iu.test(next) || NORTH_KOREAN_NOUN.test(text.slice(raw.end)))
    return measures;
  const words = [next];
  // A party named after the noun: "700 servicemen from the Russian military" (fourteenth round).
  const from_ = PARTY_AFTER_NOUN.exec(text.slice(raw.end));
  if (from_?.[1]) words.push(from_[1]);
  // The clause's cues are counted from its start (`from`), not the text's (twenty-first round:
  // "On Monday, Putin's losses …" read the words before the cue from the wrong place).
  for (const hit of own)
    if (hit.measure === best) words.push(...lastWords(text.slice(from, from + hit.start), 2));
  const clause = text.slice(from, raw.start);
  const subject = LOSS_SUBJECT.exec(clause);
  // "… in combat with Ukrainian forces have suffered": the object of a preposition is no subject.
  const object = subject && AFTER_PREPOSITION.test(clause.slice(0, subject.index + 1));
  if (subject?.[1] && !object) words.push(subject[1]);
  const found = parties.find((p) => words.some((w) => p.partyWords?.includes(bare(w))));
  return found ? [found.id, ...measures.filter((id) => id !== found.id)] : measures;
}

/**
 * North Korea named in the count's own noun after a word or two in lower case ("three injured
 * North Korean soldiers"): the count is of North Koreans, whoever is named before it (fifteenth
 * round: "troops operating in the Kursk region of Russia have captured two wounded North
 * Korean soldiers" is no Russian loss).
 */
const NORTH_KOREAN_NOUN =
  /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?:[Nn]orth\s+[Kk]orean|DPRK|Pyongyang)/u;

/** Whether a measure is a party's own (a measure with `partyOf` and `partyWords`). */
export const isParty = (id: string) => PARTIES.some((p) => p.id === id);

/**
 * A party's losses named outside a figure's clause ("heavy Russian losses, with about 9,000
 * dead") make a kind of loss of the figure's own clause that party's kind: killed → the
 * party's killed, wounded → its wounded. Not when the figure is of North Koreans ("9,000
 * North Korean dead").
 */
export function ofParty(
  text: string,
  raw: Raw,
  measures: string[],
  own: [number, number][],
  accept: (id: string) => boolean,
): string[] {
  const [best] = measures;
  if (!best || isParty(best)) return measures;
  const [next = ''] = text.slice(raw.end).trim().split(/\s+/);
  if (/^(?:north|dprk|pyongyang)/iu.test(next) || NORTH_KOREAN_NOUN.test(text.slice(raw.end)))
    return measures;
  const named = unbound(text, own, accept)
    .map((h) => PARTIES.find((p) => p.id === h.measure))
    .find(Boolean);
  const words = named?.partyWords?.join(' ');
  const kind = PARTIES.find((p) => p.partyOf?.includes(best) && p.partyWords?.join(' ') === words);
  return kind ? [kind.id, ...measures.filter((id) => id !== kind.id)] : measures;
}

/**
 * "As with all prisoners of war, these two soldiers …": a comparison that opens the sentence
 * names the kind of the count it is set off from by a comma ("these", "those", "the" before
 * the count): the count is of that kind (sixteenth round).
 */
export const AS_WITH =
  /(?:^|[^\p{L}])as\s+with\s+(?:all\s+|other\s+|the\s+)?([^,]+),\s+(?:these|those|the)\s+$/iu;
/** A count set off from "As with …" takes the kind of people the comparison names. */
export function asWith(text: string, raw: Raw, measures: string[]): string[] {
  const m = AS_WITH.exec(text.slice(0, raw.start));
  if (!m?.[1] || (measures[0] && measures[0] !== 'troops-present')) return measures;
  const [kind] = cueHits(m[1], (id) => METRICS[id]?.unit === 'people');
  return kind ? [kind.measure, ...measures.filter((id) => id !== kind.measure)] : measures;
}

/**
 * A party's whole ("Russian military losses") before a count whose own kind of loss follows
 * it ("… as high as 200,000 dead"): the count is that party's part of that kind (its killed),
 * not its whole (sixteenth round).
 */
export function partOfParty(text: string, raw: Raw, measures: string[]): string[] {
  const [best] = measures;
  const relation = VOCABULARY.relations.find((r) => r.whole === best);
  if (!best || !isParty(best) || !relation) return measures;
  const loss = lossRightAfter(text.slice(raw.end));
  if (!loss) return measures;
  const part = relation.parts.find((id) =>
    PARTIES.some((p) => p.id === id && p.partyOf?.includes(loss)),
  );
  return part ? [part, ...measures.filter((id) => id !== part)] : measures;
}

/**
 * A count joined by "and" / "or" to a count of a party's loss right before it ("200,000 dead
 * and 400,000 wounded"): the same party's kind of loss (sixteenth round).
 */
export function coordinatedParty(
  text: string,
  raw: Raw,
  prev: ParsedFigure | undefined,
  measures: string[],
): string[] {
  const [best] = measures;
  const [prevBest] = prev?.measures ?? [];
  if (!prev || !best || !prevBest || isParty(best) || !isParty(prevBest)) return measures;
  if (!/^\s*(?:[\p{L}-]+\s+)?(?:and|or)\s+$/iu.test(text.slice(prev.end, raw.start)))
    return measures;
  const words = PARTIES.find((p) => p.id === prevBest)?.partyWords?.join(' ');
  const kind = PARTIES.find((p) => p.partyOf?.includes(best) && p.partyWords?.join(' ') === words);
  return kind ? [kind.id, ...measures.filter((id) => id !== kind.id)] : measures;
}

const SOURCES = [...VOCABULARY.measures.values()].filter(
  (m) => m.partyOf?.length && m.sourceWords?.length,
);
const REPORTING =
  '(?:said|says|reported|reports|announced|disclosed|published|released|revealed|acknowledged|admitted|confirmed|showed|unveiled|honou?red|noted|stated|declared|mentioned|stressed|mourned|lamented)';

/**
 * A party's own count by its source: when the sentence's source is a name of a measure's
 * `sourceWords` (measures.json), as the subject of a reporting verb ("KCNA published …",
 * "Pyongyang said …"; not negated: "North Korea has not confirmed") or after "according to",
 * a figure of its `partyOf` is that measure.
 */
export function bySource(text: string, measures: string[]): string[] {
  const [best] = measures;
  for (const m of SOURCES) {
    if (!best || !m.partyOf?.includes(best)) continue;
    const names = (m.sourceWords ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const name = `(?:${names.join('|')})`;
    // The source as the sentence's subject (in its first three words), then a clause of "he" /
    // "she" whose verb reports: "Leader Kim Jong Un attended the ceremony …, where he … honored
    // nine soldiers" (seventeenth round).
    const heThen = `^\\s*${LEAD_IN}(?:\\S+\\s+){0,2}?${name}(?![\\p{L}])[^.;!?]*?(?:,|\\s[–—])\\s+(?:where|when|as|and|while)\\s+(?:he|she)\\s+(?:\\S+\\s+){0,8}?${REPORTING}(?![\\p{L}])`;
    // A name right after a number is the count's own noun, no source: "500 DPRK soldiers
    // reported killed" (twenty-first round).
    const said = new RegExp(
      `(?<![\\p{L}])(?<!\\d\\s+)${name}(?![\\p{L}])(?:\\s+(?!(?:not|never|yet)(?![\\p{L}])|\\S*n[’']t(?![\\p{L}]))[^\\s,;]+){0,3}?\\s+(?:has\\s+|have\\s+)?${REPORTING}(?![\\p{L}])|according\\s+to\\s+(?:[^\\s,;]+\\s+){0,2}?${name}(?![\\p{L}])|${heThen}`,
      'iu',
    );
    if (said.test(text)) return [m.id, ...measures.filter((id) => id !== m.id)];
  }
  return measures;
}

/**
 * A party's own count by its verb ("acknowledged", "admitted": a measure with `sourceWords`)
 * counts only where its clause also names what the party counts (a cue of its `partyOf`):
 * "acknowledged 350 dead"; not "acknowledged the estimated 11,000 troops fighting" (a count of
 * troops; nineteenth round).
 * @param hits - the cue hits of a figure's clause
 * @returns them, less the party's verbs with nothing of theirs beside them
 */
export function acknowledgedLoss(hits: CueHit[]): CueHit[] {
  return hits.filter((h) => {
    const m = SOURCES.find((s) => s.id === h.measure);
    return !m || hits.some((o) => m.partyOf?.includes(o.measure));
  });
}

/** Measures whose `senderWords` name a sender (measures.json): troops sent. */
const SENDERS = [...VOCABULARY.measures.values()].filter((m) => m.senderWords?.length);
/** Auxiliaries and adverbs between a subject and its verb: "has already stationed". */
const BETWEEN_SUBJECT_VERB = String.raw`(?:\s+(?:has|have|had|already|also|reportedly|now|since|so\s+far))*`;

/**
 * Troops a sender placed were sent: when a verb of troops present ("stationed", "positioned")
 * ends right where the count starts and a name of the sender (a measure's `senderWords`) is its
 * subject ("North Korea has stationed at least 3,000 soldiers in the east of Russia"), the count
 * is that measure's (sent). The host that placed them ("Russia has stationed …") keeps them
 * present (nineteenth round).
 * @param before - the figure's clause up to its number
 * @param measures - its measures, best first
 * @returns them, the sender's measure first where it placed the count
 */
export function sentBySender(before: string, measures: string[]): string[] {
  if (measures[0] !== 'troops-present') return measures;
  const end = before.trimEnd().length;
  const verb = cueHits(before, (id) => id === 'troops-present').find((h) => h.end === end);
  if (!verb) return measures;
  for (const m of SENDERS) {
    const names = (m.senderWords ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const subject = new RegExp(
      `(?<![\\p{L}])(?:${names.join('|')})${BETWEEN_SUBJECT_VERB}\\s+$`,
      'iu',
    );
    if (subject.test(before.slice(0, verb.start)))
      return [m.id, ...measures.filter((id) => id !== m.id)];
  }
  return measures;
}
