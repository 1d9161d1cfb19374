/**
 * Measure cue words: which measure the words of a clause name. The cues are data, the `cues`
 * of each measure in geodata/measures.json; this module only matches them. The rule
 * (docs/workbench.md): cues match as whole words, case-insensitively, punctuation between
 * words ignored (an Arabic cue may also carry a leading و، ب، ل or ف); the longest match
 * wins where cues overlap; between a cue's words a list may stand: commas, "or"/"and" and the
 * auxiliaries of a list of loss words ("killed, wounded, or gone missing", "killed or wounded,
 * or are missing" match the cue "killed wounded missing"); a cue right after "may/could/might/would/will be" is a
 * projection and does not count ("may be killed"), unless the cue itself holds those words;
 * measures then rank by their weightiest cue (its words less function words: "came to" weighs
 * 1, "killed or wounded" 3), and at equal weight the one later in the
 * vocabulary (it goes from general to specific: troops present before killed, killed before
 * wounded sent back).
 */
import { VOCABULARY } from '../../data/metrics';

/** A cue found in a text. */
export interface CueHit {
  measure: string;
  /** Offsets into the text searched. */
  start: number;
  end: number;
  /** Words in the cue: the longer, the more specific. */
  words: number;
  /** The measure's place in the vocabulary's order. */
  order: number;
}

interface Cue {
  measure: string;
  pattern: RegExp;
  /** The cue's first word in lower case: a text without it holds no match (a quick test). */
  first: string;
  words: number;
  order: number;
}

const ARABIC = /\p{Script=Arabic}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What may stand between a cue's words: punctuation, a conjunction, auxiliaries of a list. */
const JOIN = String.raw`[\s\p{P}]+(?:(?:or|and)[\s\p{P}]+)?(?:(?:are|were|is|was|have|has|had|been|gone|went)[\s\p{P}]+){0,2}`;

function compile(cue: string): RegExp {
  const words = cue
    .trim()
    .split(/[\s\p{P}]+/u)
    .filter(Boolean)
    .map(escape);
  const prefix = ARABIC.test(cue) ? '(?:[وبلف])?' : '';
  return new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])${prefix}${words.join(JOIN)}(?![\\p{L}\\p{M}\\p{N}])`,
    'giu',
  );
}

/** Words that say nothing of a measure on their own: "came to", "a total of", "could be sent". */
const FUNCTION_WORDS = new Set(
  'a an the of to in into on at for by from is are was were be been has have had'.split(' '),
);

/** A cue's weight: its words that are not function words, at least 1 ("came to" is 1, "killed or wounded" 3). */
function weight(cue: string): number {
  const words = cue.trim().toLowerCase().split(/\s+/);
  return Math.max(1, words.filter((w) => !FUNCTION_WORDS.has(w)).length);
}

const CUES: readonly Cue[] = [...VOCABULARY.measures.values()].flatMap((m) =>
  (m.cues ?? []).map((cue) => ({
    measure: m.id,
    pattern: compile(cue),
    first: (
      cue
        .trim()
        .split(/[\s\p{P}]+/u)
        .find(Boolean) ?? ''
    ).toLowerCase(),
    words: weight(cue),
    order: m.order,
  })),
);

/**
 * A modal "be" right before a cue, or before a list of two whose second is the cue ("could be
 * lost or injured": the modal holds for both; eighteenth round).
 */
/** Nouns of loss that a sending may answer: "after heavy losses", "to replace casualties". */
const CAUSE_LOSS = /^(?:losses|casualties)$/iu;
const CAUSE_BEFORE =
  /(?:^|[\s\p{P}])(?:after|following|to\s+replace|to\s+make\s+up\s+for|to\s+offset)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const MODAL =
  /(?:^|[\s\p{P}])(?:may|could|might|would|will)\s+be\s+(?:\p{L}+,?\s+(?:or|and)\s+)?$|(?:^|[\s\p{P}])(?:may|could|might|would|will)\s+be\s*$/iu;

/**
 * The cues of the accepted measures in a text, longest first where they overlap.
 * @param text - a clause or sentence
 * @param accept - which measures may match (e.g. only those in per cent for a share)
 * @returns hits in text order
 */
/** A period named by a cue ("a day") shifted in time: "earlier", "later", "before", "after", "ago". */
const PERIOD_CUE = /(?:day|week|month|year)$/iu;
const TIME_SHIFT_AFTER = /^\s+(?:earlier|later|before|after|ago|previously)(?![\p{L}])/iu;

export function cueHits(text: string, accept: (measure: string) => boolean): CueHit[] {
  const all: CueHit[] = [];
  const lower = text.toLowerCase();
  for (const cue of CUES) {
    if (!lower.includes(cue.first) || !accept(cue.measure)) continue;
    for (const m of text.matchAll(cue.pattern)) {
      const start = m.index;
      const { measure, words, order } = cue;
      all.push({ measure, start, end: start + m[0].length, words, order });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueHit[] = [];
  for (const hit of all) {
    if (kept.some((k) => k.start < hit.end && hit.start < k.end)) continue;
    kept.push(hit);
  }
  const hits = kept
    .filter((hit) => !MODAL.test(text.slice(Math.max(0, hit.start - 40), hit.start)))
    // "sent after early battlefield losses": losses after "after / following / to replace" are
    // the cause of a sending, not the count's (eighteenth round).
    .filter(
      (hit) =>
        !(
          CAUSE_LOSS.test(text.slice(hit.start, hit.end)) &&
          CAUSE_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start))
        ),
    )
    // "a day earlier", "a week later", "a day before": a time before or after an event, not a
    // rate (sixteenth round).
    .filter(
      (hit) =>
        !(
          PERIOD_CUE.test(text.slice(hit.start, hit.end)) &&
          TIME_SHIFT_AFTER.test(text.slice(hit.end))
        ),
    )
    .sort((a, b) => a.start - b.start);
  return fromTo(text, hits, accept);
}

/**
 * "from killed to wounded", "range from killed in action to wounded": two parts of a relation
 * of the vocabulary (killed and wounded) after "from … to" name its whole (killed or wounded),
 * as one cue of both their words.
 */
function fromTo(text: string, hits: CueHit[], accept: (measure: string) => boolean): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    const whole =
      a && b && /(?:^|[^\p{L}])from\s+$/iu.test(text.slice(0, a.start))
        ? /^\s+to\s+$/iu.test(text.slice(a.end, b.start))
          ? VOCABULARY.relations.find(
              (r) =>
                r.parts.includes(a.measure) &&
                r.parts.includes(b.measure) &&
                a.measure !== b.measure,
            )?.whole
          : undefined
        : undefined;
    const order = whole ? VOCABULARY.measures.get(whole)?.order : undefined;
    if (a && b && whole && order !== undefined && accept(whole)) {
      out.push({ measure: whole, start: a.start, end: b.end, words: a.words + b.words, order });
      i++;
    } else if (a) out.push(a);
  }
  return out;
}

/**
 * Measures the cues of a text name, best first (longest cue, then later in the vocabulary).
 * @param text - a clause or sentence
 * @param accept - which measures may match
 * @returns measure ids, best first, each once
 */
export function rankMeasures(text: string, accept: (measure: string) => boolean): string[] {
  return rankHits(cueHits(text, accept));
}

/**
 * @param hits - cue hits
 * @returns their measures, best first (longest cue, then later in the vocabulary), each once
 */
export function rankHits(hits: readonly CueHit[]): string[] {
  const sorted = [...hits].sort((a, b) => b.words - a.words || b.order - a.order);
  return [...new Set(sorted.map((h) => h.measure))];
}

/**
 * Whether a word at `at` in the text lies inside a cue ("and" in "killed and wounded").
 * @param hits - cue hits of the text
 * @param at - an offset into it
 * @returns true when a cue covers it
 */
export function insideCue(hits: readonly CueHit[], at: number): boolean {
  return hits.some((h) => h.start <= at && at < h.end);
}
