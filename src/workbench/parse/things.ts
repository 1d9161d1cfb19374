/**
 * Counts no measure takes (figures.ts): things no measure counts ("32 ambassadors", "248
 * attacks"), how often ("hundreds of times"), shares of munitions, of things or of a need, parts
 * of a whole of things, and army slang in quote marks ("their ‘200’").
 */
import { METRICS } from '../../data/metrics';
import { cueHits } from './cues';
import { GAP_WORD, NOUN_GAP, nounAfter } from './nouns';
import { accepts, type Raw } from './printed';

/** "of 64", "out of the 64" right after a number: a part of a whole counted by the noun after. */
const PARTITIVE = /^\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,.]*/iu;

/**
 * Things no measure counts and no set takes a figure of: a count of them right after a number
 * (up to two words between, no function word: "32 national ambassadors", "more than a hundred
 * attack drones") is no figure. Shells, missiles and other munitions are not among them (the
 * vocabulary counts them). Also people who are neither troops nor casualties (leaders,
 * officials, allies, journalists, lawmakers …: "about 40 leaders from Europe", "the 32 NATO
 * allies") and populated places, ground the map counts in km² ("control four settlements",
 * "19 settlements cleared of mines"), eleventh round. Counts of attacks and other occasions ("248
 * attacks", "three waves") are no figures either (seventeenth round), nor counts of words and
 * terms, a vocabulary ("teaching 150 military terms", eighteenth round); "times" only after a vague
 * count (VAGUE_TIMES: the ninth set keeps "visited … 64 times" as a figure).
 */
const THING_AFTER = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,2}?\s+(?:drones|UAVs|ambassadors|diplomats|envoys|ministers|countries|nations|tanks|vehicles|aircraft|jets|planes|helicopters|ships|boats|cars|trucks|lorries|buses|trains|bridges|buildings|homes|houses|apartments|schools|hospitals|documents|photos|photographs|videos|images|satellites|radars|stations|sanctions|agreements|contracts|languages|attacks|assaults|strikes|raids|sorties|attempts|waves|shellings|bombardments|leaders|officials|allies|partners|journalists|reporters|correspondents|lawmakers|legislators|parliamentarians|delegates|politicians|senators|presidents|governors|mayors|villages|settlements|towns|cities|hamlets|localities|words|terms|phrases|expressions)(?![\p{L}])`,
  'iu',
);

/** A quote mark right before a number, and right after it (an "s" of the plural between: "200s"). */
const OPEN_QUOTE = /[‘'"“«]$/u;
const QUOTED = /^s?[’'"”»]/u;
/** A vague count's own word (its range comes from numbers.ts): "hundreds", "several thousand". */
const VAGUE_START =
  /^(?:a\s+couple|a\s+few|several|tens|dozens|hundreds|thousands|millions)(?![\p{L}])/iu;
/** "hundreds of times", "dozens of occasions": how often, no count of anything. */
const VAGUE_TIMES = /^\s+(?:times|occasions)(?![\p{L}])/iu;
/** "of", a determiner: what a share is taken of follows. */
const SHARE_OF = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?/iu;

/**
 * Whether a share is of munitions or of things no measure counts ("half of its shells", "a
 * third of their ammunition", "40 percent of the drones"): the munition's noun is a cue of the
 * vocabulary's munitions, within the two words after "of" and a determiner.
 */
function shareOfThings(after: string): boolean {
  const of = SHARE_OF.exec(after);
  if (!of) return false;
  const rest = after.slice(of[0].length);
  if (THING_AFTER.test(` ${rest}`)) return true;
  const [munition] = cueHits(rest, (id) => METRICS[id]?.unit === 'munitions');
  return !!munition && NOUN_GAP.test(` ${rest.slice(0, munition.start)}`);
}

/**
 * A share of a clause ("more than half of what the country needs") or of "the total", in a
 * sentence that names no measure at all: a share of a harvest or of a need, no figure
 * (twentieth round). A share of what was sent or lost keeps its cue ("half of what was sent").
 */
const SHARE_OF_NEED = /^\s+of\s+(?:what|(?:the|its|their)\s+total)(?![\p{L}])/iu;
function shareOfNeed(text: string, after: string): boolean {
  return SHARE_OF_NEED.test(after) && !cueHits(text, () => true).length;
}

/**
 * Army slang in quotation marks ("their ‘200’ and ‘300’": the dead and the wounded): a bare
 * number set off by quote marks alone, with no noun it counts after them, is a word, not a
 * count (seventeenth round). '"at least three" soldiers' keeps its noun.
 */
export function isSlang(printed: string, text: string, raw: Raw): boolean {
  const quoted = QUOTED.exec(printed.slice(raw.end));
  return (
    !!quoted &&
    /^\d[\d,.]*$/u.test(raw.num) &&
    !raw.qualifier &&
    OPEN_QUOTE.test(printed.slice(0, raw.start)) &&
    !nounAfter(text.slice(raw.end + quoted[0].length), accepts(null))
  );
}

/**
 * Whether a number counts things no measure counts, so no figure: 'thing' for a count of them
 * ("32 ambassadors", "a hundred drones", "248 attacks"), 'other' for a vague count of them
 * ("hundreds of times"), more of the things counted right before ("248 attacks … and 200
 * more"), a share of munitions or things ("a third of their ammunition"; the last three from the
 * seventeenth round) or a part of a whole of them ("37 of 64 settlements"); null otherwise.
 */
export function ofThings(
  text: string,
  raw: Raw,
  to: number,
  kind: string | null,
  afterThing: boolean,
): 'thing' | 'other' | null {
  const after = text.slice(raw.end);
  if (kind === '%') return shareOfThings(after) || shareOfNeed(text, after) ? 'other' : null;
  if (kind) return null;
  if (THING_AFTER.test(text.slice(raw.end, to))) return 'thing';
  const vagueOf = /^\s+of(?=\s)/iu.exec(after);
  const ofWhat = vagueOf ? after.slice(vagueOf[0].length) : '';
  if (
    vagueOf &&
    VAGUE_START.test(raw.num) &&
    (THING_AFTER.test(ofWhat) || VAGUE_TIMES.test(ofWhat))
  )
    return 'other';
  if (afterThing && /^\s+more(?![\p{L}])/iu.test(after)) return 'other';
  const partitive = PARTITIVE.exec(after);
  return partitive && THING_AFTER.test(after.slice(partitive[0].length)) ? 'other' : null;
}
