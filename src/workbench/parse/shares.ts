/**
 * Shares of the force and parts of a whole (figures.ts): a share of the force lost, the base of
 * a share or of an "out of", a part of the count after it, "all N of its troops", and the cues a
 * part takes from its whole.
 */
import { METRICS } from '../../data/metrics';
import { LEAD_IN } from './clause';
import { cueHits, rankHits, type CueHit } from './cues';
import { GAP_WORD } from './nouns';
import { NUMBER } from './numbers';
import { accepts, type Raw } from './printed';

/**
 * A share "of" something whose sentence names no measure outside other figures' clauses takes
 * the measures in per cent the whole sentence names: "4,000 … wounded or killed – roughly a
 * third of the corps" is a share of the force lost.
 */
export function shareOfForce(
  text: string,
  raw: Raw,
  kind: string | null,
  measures: string[],
): string[] {
  if (kind !== '%' || measures.length || !/^\s+of\s/u.test(text.slice(raw.end))) return measures;
  const ranked = rankHits(cueHits(text, accepts('%')));
  if (ranked.length) return ranked;
  // A count referred back to ("This number accounts for over half of the 11,000 troops
  // deployed") as a share of a counted force is the share of it lost: the count the sentence
  // names as its subject is the losses of the sentence before (eighteenth round).
  const whole = FORCE_WHOLE.exec(text.slice(raw.end));
  if (!whole || !COUNT_REFERRED.test(text.slice(0, raw.start))) return ranked;
  const troops = cueHits(whole[1] ?? '', (id) => METRICS[id]?.unit === 'troops');
  return troops.length ? ['share-of-force-lost'] : ranked;
}
/**
 * "this number", "the figure", "that toll" opening the sentence, then its verb, up to five words
 * ("This figure is alarming as it represents"; twentieth round).
 */
const COUNT_REFERRED = new RegExp(
  String.raw`^\s*${LEAD_IN}(?:this|that|the)\s+(?:number|figure|toll|tally|count)\s+(?:[\p{L}-]+\s+){1,5}(?:to\s+)?(?:[\p{L}-]+\s+)?$`,
  'iu',
);
/** The whole of a share, counted: "of the approximately 11,000 North Korean troops …". */
// A count in words too: "of the eleven thousand North Korean troops" (twenty-first round).
const FORCE_WHOLE = new RegExp(
  String.raw`^\s+of\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:\d[\d,.]*|${NUMBER})\s+([^,;.]*)`,
  'iu',
);

/**
 * Whether a figure is the base of the figure before it: right after a share and "of" ("a
 * third of the 11,000 soldiers"), or after "out of" ("4,000 killed out of the 12,000").
 */
export function isBase(text: string, prev: Raw | undefined, raw: Raw): boolean {
  if (!prev) return false;
  const between = text.slice(prev.end, raw.start);
  // "of the 11,000", "out of the initial 12,000", "of the estimated 11,000"
  const of = String.raw`of\s+(?:(?:the|an?|its|their|some)\s+)?(?:\p{Ll}+\s+)?$`;
  if (new RegExp(String.raw`(?:^|\s)out\s+${of}`, 'u').test(between))
    return !/[.;!?]/u.test(between);
  return (
    (prev.kind === '%' && new RegExp(String.raw`^\s+${of}`, 'u').test(between)) ||
    isPartOf(text, prev, raw)
  );
}

/** Between a part and its whole: the part's noun (up to three words), then "of the", "out of (a total of)". */
const PART_OF = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,3}?\s+(?:of\s+(?:the|its|their|a\s+total\s+of)|out\s+of(?:\s+(?:the|its|their|an?\s+total\s+of|the\s+total\s+of))?)\s+$`,
  'iu',
);

/**
 * Whether a count is a part of the larger count right after it: "1,000 of the 11,000 troops
 * sent … had died" (a definite article or possessive before the whole). The whole is the force;
 * the part takes the loss words of the whole's clause.
 */
export function isPartOf(text: string, part: Raw, whole: Raw | undefined): boolean {
  if (!whole || part.kind || whole.kind || part.high >= whole.low) return false;
  // "600 out of 15,000 deployed soldiers": "out of" needs no article (fifteenth round).
  // "900 soldiers out of a total of 3,000": the part's noun may stand between, and the total is
  // the whole (seventeenth round).
  return PART_OF.test(text.slice(part.end, whole.start));
}

/**
 * "all N of its troops", "all of its (estimated) N troops": the number counts the whole force,
 * whatever verb governs it ("could lose all 8,000 of its soldiers"; twentieth round).
 */
const ALL_OF_BEFORE = /(?<![\p{L}])all\s+of\s+(?:its|their|the)\s+(?:[\p{Ll}-]+\s+)?$/iu;
const ALL_BEFORE = /(?<![\p{L}])all\s+$/iu;
const OF_ITS_AFTER = /^\s+of\s+(?:its|their|the)\s/iu;
/** Whether a number counts the whole force: "all 8,000 of its soldiers". */
export function allOfForce(text: string, raw: Raw): boolean {
  const before = text.slice(0, raw.start);
  return (
    ALL_OF_BEFORE.test(before) ||
    (ALL_BEFORE.test(before) && OF_ITS_AFTER.test(text.slice(raw.end)))
  );
}

/** Only the measures of troops among those accepted: the force a share is taken of. */
export const ofForce =
  (accept: (id: string) => boolean) =>
  (id: string): boolean =>
    accept(id) && METRICS[id]?.unit === 'troops';

/**
 * The cues of a part ("4,000 soldiers out of a total of 12,000 were killed") with its whole's:
 * cues from "of" / "out of" on name the whole ("a total of"), not the part; when the part's
 * own words name troops only (its noun) or nothing, the whole's cues not of troops are the
 * part's (its loss). Changes `hits` in place (seventeenth round: the noun and "a total of").
 */
export function withWhole(
  text: string,
  raw: Raw,
  [from, to]: [number, number],
  whole: [number, number],
  accept: (id: string) => boolean,
  hits: CueHit[],
): void {
  const of = /\s(?:out\s+)?of\s/iu.exec(text.slice(raw.end, to));
  const cut = of ? raw.end - from + of.index : Infinity;
  hits.splice(0, hits.length, ...hits.filter((h) => h.start < cut));
  if (!hits.every((h) => METRICS[h.measure]?.unit === 'troops')) return;
  const notTroops = (id: string) => accept(id) && METRICS[id]?.unit !== 'troops';
  const shift = (h: CueHit) => ({
    ...h,
    start: h.start + whole[0] - from,
    end: h.end + whole[0] - from,
  });
  hits.push(...cueHits(text.slice(...whole), notTroops).map(shift));
}
