/**
 * A figure's own clause (figures.ts): where a clause ends, where the words between two figures
 * divide, relative clauses blanked out or taken in, an opening phrase before a sentence's
 * subject, and the cues outside every figure's clause that may still count for one.
 */
import { METRICS } from '../../data/metrics';
import { cueHits, insideCue, rankHits, type CueHit } from './cues';
import type { Raw } from './printed';

/**
 * An opening phrase set off by a comma before a sentence's subject, or two: a time ("On Monday, ",
 * "Last month, ") or an attribution ("According to officials, on Monday, "). Rules that look for the
 * sentence's first words skip it (twenty-first round).
 */
export const LEAD_IN = String.raw`(?:(?:according\s+to|on|in|last|this|earlier|later|at|by|during|since|after|before|meanwhile|however|today|yesterday)(?![\p{L}])[^,;.!?]{0,40},\s+){0,2}`;

/**
 * Where a clause ends: sentence stops, a comma or dash between words, Arabic commas.
 * "… not only sent … but also provides …": "but also" opens a clause of its own (fifteenth round).
 * An em dash glued to the words on both sides ends one too ("dead and wounded—together"; seventeenth
 * round); an en dash so glued joins a compound ("Russian–North Korean").
 */
export const CLAUSE_MARK =
  /[.!?;؛،](?!\d)|,\s|\s[–—]\s|(?<=\p{L})—(?=\p{L})|\sbut\s+also(?![\p{L}])/giu;
/** Words that start a new figure's clause between two figures ("… killed and 2,700 …"). */
const SPLITTER = /(?<![\p{L}])(?:and|while|whereas|but|including|plus|of\s+whom)(?![\p{L}])/giu;

/** The clause of the text around an offset; a comma inside a cue ("killed, wounded") ends none. */
function clauseAround(text: string, at: number, hits: readonly CueHit[]): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_MARK)) {
    if (insideCue(hits, m.index)) continue;
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** Where the words between two figures divide: after the last splitter outside a cue. */
function divide(text: string, from: number, to: number): [number, number] | null {
  const hits = cueHits(text, () => true);
  let found: [number, number] | null = null;
  SPLITTER.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(SPLITTER)) {
    if (!insideCue(hits, from + m.index)) found = [from + m.index, from + m.index + m[0].length];
  }
  return found;
}

/** An aside of parts after a count, then a verb of being: ", including two officers, were". */
export const ASIDE =
  /^,\s+(?:including|among\s+them|among\s+whom|of\s+whom|both|all|though|although)\s[^,.;!?]*,\s+(?=(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s)/iu;

/** A relative clause set off by commas: ", who were dispatched to Russia,". */
const RELATIVE = /,\s+(?:who|which|that)\s[^,.;!?]*,/gu;

/**
 * The text with each relative clause set off by commas blanked out (offsets kept) when it
 * holds no figure and the words after it, to the end of their clause, name a measure: the main
 * clause's verb gives the measure, not the relative one ("at least 100 … troops, who were
 * dispatched to Russia, were killed in action" is killed, not sent).
 */
export function withoutRelatives(text: string, raws: readonly Raw[]): string {
  let out = text;
  for (const m of text.matchAll(RELATIVE)) {
    const end = m.index + m[0].length;
    if (raws.some((r) => r.start >= m.index && r.start < end)) continue;
    const rest = text.slice(end).split(CLAUSE_MARK)[0] ?? '';
    if (!cueHits(rest, () => true).length) continue;
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(end);
  }
  return out;
}

/**
 * A relative clause about people right after a clause: ", whose capture was announced"; or a
 * clause of "they" and a modal ("…, and they may be transferred to Kursk"; fourteenth round).
 */
// Set off by a dash as by a comma: "… fighters — who died in a drone strike" (twenty-first round).
const WHO_AFTER =
  /^(?:,|\s[–—])\s+(?:(?:who|whose)\s|(?:and\s+)?they\s+(?:may|might|could|would|will)\s)[^,.;!?]*/u;

/**
 * Where a figure's clause ends when a relative clause about the people it counts follows it
 * (", who died in a drone strike", ", whose capture was announced") and its own words name
 * no measure but troops present (the counted noun): the relative clause then belongs to it.
 * Otherwise (a verb of its own, or a figure in the relative clause) it ends where it did.
 */
function aboutThem(
  text: string,
  from: number,
  to: number,
  hits: readonly CueHit[],
  next: Raw | undefined,
): number {
  const who = WHO_AFTER.exec(text.slice(to));
  if (!who) return to;
  const end = to + who[0].length;
  if (next && next.start < end) return to;
  const own = hits.filter((h) => h.start >= from && h.end <= to);
  if (own.some((h) => h.measure !== 'troops-present')) return to;
  const theirs = hits.filter((h) => h.start >= to && h.end <= end);
  return theirs.some((h) => h.measure !== 'troops-present') ? end : to;
}

/** The span of each figure's own clause: its words and the measure words bound to it. */
export function spans(text: string, raws: Raw[]): [number, number][] {
  const hits = cueHits(text, () => true);
  return raws.map((raw, i) => {
    const [clauseStart, clauseEnd] = clauseAround(text, raw.numStart, hits);
    const prev = raws[i - 1];
    const next = raws[i + 1];
    let from = clauseStart;
    if (prev && prev.end > clauseStart) from = divide(text, prev.end, raw.start)?.[1] ?? prev.end;
    let to = clauseEnd;
    if (next && next.start < clauseEnd) to = divide(text, raw.end, next.start)?.[0] ?? next.start;
    to = aboutThem(text, from, to, hits, next);
    return [from, Math.max(to, raw.end)];
  });
}

/**
 * Which cues outside a figure's clause count for it: all when its clause names no measure;
 * else only those that say more of the same thing: a longer cue of a measure in the unit of
 * its own best ("3,000 casualties, both killed and wounded"; not "two soldiers who, although
 * wounded, survived").
 */
export function refining(own: CueHit[], free: CueHit[]): CueHit[] {
  if (!own.length) return free;
  const [best] = rankHits(own);
  const longest = Math.max(...own.map((h) => h.words));
  const unit = METRICS[best ?? '']?.unit;
  return free.filter((h) => h.words > longest && METRICS[h.measure]?.unit === unit);
}

/** Cues of the text outside every figure's own clause: they name no figure of their own. */
export function unbound(text: string, own: [number, number][], accept: (id: string) => boolean) {
  return cueHits(text, accept).filter((h) => !own.some(([a, b]) => h.start < b && h.end > a));
}
