/**
 * Figures in a text: value(s), qualifier, unit and the measures their own clause names.
 * Hand-written on purpose (docs/workbench.md: compromise was measured and rejected). The
 * rules, each covered by rows of the phrase table (tests/workbench/phrases.ts):
 * - a number binds to the measure words of its own clause: "300 killed and 2,700 wounded" is
 *   two figures, killed and wounded; words before a number count ("killed five fighters");
 * - durations, ages, dates, years, designations ("MiG-29", "Unit 1234"), identifiers (seven
 *   or more ungrouped digits) and phone numbers are never figures, durations unless a measure
 *   in that time unit is named ("wiped out within three months");
 * - a quantity with a unit of measurement ("50 kilometers", "$2 billion") takes only measures
 *   in that unit, and its restatement in brackets ("(31 miles)") is no second figure; a ration
 *   ("300 grams of soap each month") is none;
 * - a modal verb of growth before a figure makes it a projection ("could reach 10,000"), and
 *   a party named with it makes it that party's count ("600,000 Russian soldiers"), both
 *   through fields of the vocabulary (`projects`, `partyOf`, `partyWords`);
 * - vague quantities, shares and ratios follow a documented rule (numbers.ts), qualifiers come
 *   from one list (data/qualifiers.ts), words kept as printed;
 * - numbers in words, mixed, and in Arabic script; measure cues come from the vocabulary;
 * - a count by rank ("500 officers and three generals") is of troops with no measure, a count
 *   of places ("five training sites") a figure with no unit or measure;
 * - a relative clause set off by commas gives no measure over its main clause ("troops, who
 *   were dispatched to Russia, were killed"), but names the measure of the people a clause
 *   counts when that clause names none ("two soldiers, whose capture was announced");
 * - growth by a multiple is a share ("more than tripled"), a share of a time no figure ("the
 *   first half of this year"); a modal before more troops makes them possible further troops,
 *   troops due somewhere by a date the expected total, a party's losses named elsewhere in the
 *   sentence the figure's kind of loss that party's ("Russian losses … 15,000 fatalities").
 */
import { METRICS, UNITS, VOCABULARY } from '../../data/metrics';
import { cueHits, insideCue, rankHits, type CueHit } from './cues';
import {
  NUMBER,
  PERCENT,
  POST_QUALIFIER,
  QUALIFIER,
  RATIO,
  SHARE_WORDS,
  VAGUE,
  numberValue,
  ratioValue,
  shareValue,
  vagueRange,
  vagueWords,
  westernDigits,
} from './numbers';

export { numberValue } from './numbers';

/** One figure found in a text. Offsets are UTF-16 indexes into the text parsed. */
export interface ParsedFigure {
  low: number;
  high: number;
  /** Lower-case, as printed ("as many as", "to", "several hundred", "نحو"); '' when none. */
  qualifier: string;
  /** A unit of the vocabulary, or null when the words around the figure do not say. */
  unit: string | null;
  /** Start and end of the figure's words (qualifier, numbers, unit word) in the text. */
  start: number;
  end: number;
  /** Measures its own clause names, best first (see cues.ts); [] when none. */
  measures: string[];
  /** Its own clause: the words whose measure words bind to it. */
  clause: { start: number; end: number };
}

const FIGURE = new RegExp(
  String.raw`(?:(?<q>${QUALIFIER})\s+(?:(?:reaching|of|at)\s+)?)?` +
    String.raw`(?:(?<between>between)\s+)?` +
    String.raw`(?:(?<vague>${VAGUE})|(?<share>${SHARE_WORDS})|(?<ratio>${RATIO})|(?<n1>${NUMBER})(?<p1>${PERCENT})?` +
    String.raw`(?:\s*(?<sep>to|-|–|—|and)\s*(?<n2>${NUMBER})(?<p2>${PERCENT})?)?)` +
    String.raw`(?<strong>-strong)?(?:\s+(?<post>${POST_QUALIFIER}))?`,
  'giyu',
);

/** Time words: a number before one is a duration, a figure only in a unit of the vocabulary. */
const TIME_UNIT: [RegExp, string][] = [
  [/^(?:days?|يوما?|أيام)$/iu, 'days'],
  [/^(?:weeks?|أسبوعا?|أسابيع)$/iu, 'weeks'],
  [/^(?:months?|شهرا?|أشهر|شهور)$/iu, 'months'],
  [/^(?:years?|decades?|سنة|سنوات|عاما?|أعوام)$/iu, 'years'],
  // No measure counts in hours, minutes or seconds: "an hour and 10 minutes" is no figure.
  [/^(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|ساعة|ساعات|دقيقة|دقائق)$/iu, 'hours'],
];
const TIME_UNITS = new Set(TIME_UNIT.map(([, unit]) => unit));
/** A month's name as a word of a date; quote marks around it too ("on 9 January”"; twenty-first round). */
const MONTH =
  /^[("“‘'«]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[)"”’'»]?[,.]?[)"”’'»]?$|^(?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)$/iu;
/** "aged 20 and", "aged 19, 22 and": the number after is one more age of the list. */
const AGE_LIST_BEFORE =
  /(?<![\p{L}])(?:aged?|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or|to|&)\s*$/iu;
/** A time zone or "local time" after a number: a clock time. */
const CLOCK_AFTER =
  /^\s+(?:local\s+time|GMT|UTC|CET|EET|KST|(?:Moscow|Kyiv|Kiev|Pyongyang|Seoul)\s+time)(?![\p{L}])/u;
/** "and 4", "or 12" right after a number: the second of two coordinated numbers. */
const COORDINATED_NUMBER = /^\s*(?:and|or|to|-|–)\s*\d[\d,.]*(?=\s)/iu;
/** "of 64", "out of the 64" right after a number: a part of a whole counted by the noun after. */
const PARTITIVE = /^\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,.]*/iu;
/** Words that make the number after them an age or a day count: "aged 20", "day 100". */
const BEFORE_NOT_FIGURE = /^(?:aged?|ages|day|عمر|العمر)$/iu;
/**
 * Names of units, documents and places a plain number after them names, not counts: "Unit
 * 1234", "Brigade 25", "page 4", "No. 5", "ID 4410". Only for a number without thousands separators.
 */
const BEFORE_DESIGNATION =
  /^[("“‘'«]?(?:unit|brigade|regiment|division|battalion|corps|squadron|platoon|page|pages|section|sections|chapter|paragraph|p\.|pp\.|no\.?|nos\.|article|resolution|route|highway|flight|room|id:?|ids:?|#)$/iu;
/** A model or designation: letters joined to the number by a hyphen ("MiG-29", "T-72", "KN-23"). */
const DESIGNATION_PREFIX = /\p{L}[-‐‑]$/u;
/**
 * A verb of naming, then an open quote and a name (one to three capitalised words) right before
 * the number: the number is part of the name ("code-named “Mezha 1-5”"); not a quotation ("what
 * he called “the loss of nine lives”").
 */
const NAMED_IN_QUOTES =
  /(?<![\p{L}])(?:[Cc]ode-?named|[Cc]odenamed|[Dd]ubbed|[Cc]alled|[Nn]amed|[Nn]icknamed|[Kk]nown\s+as)\s+[‘'"“«]\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+$/u;
/** A currency sign right before a number: an amount of money, no count of people. */
const CURRENCY_BEFORE = /[$€£¥₩₽]\s*$|\b(?:US|USD|EUR|KRW|RUB)\s*$/u;
/**
 * Units of measurement after a number (hyphenated too: "a 1,000-kilometre front"): the figure
 * is that quantity and takes only measures in that unit; the vocabulary's units (km2) may
 * have some, the others none. Longest first.
 */
const QUANTITY_UNIT: [RegExp, string][] = [
  [/^[\s-]*(?:square[\s-]+(?:kilomet(?:re|er)s?|km)|sq\.?\s*km|km²|km2)(?![\p{L}\d])/iu, 'km2'],
  [/^[\s-]*(?:square[\s-]+miles?|sq\.?\s*mi)(?![\p{L}\d])/iu, 'mi2'],
  [/^[\s-]*(?:of\s+)?(?:kilomet(?:re|er)s?|km|كم|كيلومترا?)(?![\p{L}\d])/iu, 'km'],
  [/^[\s-]*(?:of\s+)?(?:miles?|mi)(?![\p{L}\d])/iu, 'mi'],
  [/^[\s-]*(?:millimet(?:re|er)s?|mm|centimet(?:re|er)s?|cm|inch(?:es)?)(?![\p{L}\d])/iu, 'mm'],
  [/^[\s-]*(?:of\s+)?(?:met(?:re|er)s?|feet|foot|ft|yards?)(?![\p{L}\d])/iu, 'm'],
  [
    /^[\s-]*(?:of\s+)?(?:kilograms?|kg|tonnes?|tons?|pounds|lbs?|grams?|grammes?)(?![\p{L}\d])/iu,
    'kg',
  ],
  [/^[\s-]*(?:lit(?:re|er)s?|gallons?)(?![\p{L}\d])/iu, 'l'],
  [/^[\s-]*(?:dollars|euros|won|roubles|rubles|yuan|pounds\s+sterling)(?![\p{L}\d])/iu, 'money'],
];
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
const GAP_WORD = String.raw`(?:(?:North|South)\s+Korean|${NOT_FUNCTION}[\p{L}-]+)`;
/**
 * An opening phrase set off by a comma before a sentence's subject, or two: a time ("On Monday, ",
 * "Last month, ") or an attribution ("According to officials, on Monday, "). Rules that look for the
 * sentence's first words skip it (twenty-first round).
 */
const LEAD_IN = String.raw`(?:(?:according\s+to|on|in|last|this|earlier|later|at|by|during|since|after|before|meanwhile|however|today|yesterday)(?![\p{L}])[^,;.!?]{0,40},\s+){0,2}`;
/**
 * Ranks and roles of soldiers: a count of them right after a number (up to three words between:
 * "three Pyongyang generals", "four senior commanders", "200 drone operators", "50 medics") is
 * a count of troops (three since the eighteenth round: "six North Korean military officers").
 * Not "operators" or "specialists" alone (telecom operators, experts).
 */
const RANK_AFTER = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,3}?\s+(?:officers|generals|commanders|colonels|majors|captains|lieutenants|sergeants|corporals|privates|snipers|pilots|instructors|military\s+advisers|military\s+advisors|medics|paramedics|drivers|mechanics|technicians|gunners|artillerymen|(?:drone|UAV|radio|missile|tank)\s+operators|signallers|signalers|military\s+specialists|paratroopers|marines|riflemen|crewmen)(?![\p{L}])`,
  'iu',
);
/**
 * Places and sites: a count of them right after a number (up to two words between, no
 * function word: "five training sites", "three military bases"; not "one of the camps") is a
 * figure no measure takes. Populated places (villages, settlements, towns) are ground, not
 * sites: THING_AFTER (eleventh round).
 */
const SITE_AFTER = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,2}?\s+(?:sites|bases|camps|facilities|airfields|airbases|depots|training\s+grounds|factories|warehouses)(?![\p{L}])`,
  'iu',
);
/** "of the/them/those/these" right after a number: "one of the soldiers" picks one out. */
const ONE_OF = /^\s+of\s+(?:the|them|those|these)(?![\p{L}])/iu;
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
function moreOfOther(clause: string, hit: CueHit, countEnd: number): boolean {
  if (hit.measure !== 'troops-additional' || hit.start < countEnd) return false;
  if (!MORE_WORD.test(clause.slice(hit.start, hit.end))) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/u.exec(clause.slice(hit.end))?.[1];
  if (!next || COUNT_WORD.test(next)) return false;
  return !cueHits(next, (id) => METRICS[id]?.unit === 'troops').length;
}
/** "one of the", "each of these" right before a number in words: it names a count given before. */
const ONE_OF_BEFORE =
  /(?<![\p{L}])(?:one|each|either|neither|none|both)\s+of\s+(?:the|these|those)\s+$/iu;
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
/**
 * A verb of loss right before a number (its qualifier between): "destroyed 77", "eliminated about
 * 40", "took out 15"; in the present or the infinitive too ("eliminate 21", "kill 15"; seventeenth
 * round).
 */
const LOSS_VERB_BEFORE =
  /(?<![\p{L}])(?:destroy(?:ed|s)?|eliminat(?:ed|es?)|neutrali[sz](?:ed|es?)|liquidat(?:ed|es?)|kills?|wiped\s+out|(?:took|taken|taking|takes|take)\s+out|(?:gunned|mowed|cut)\s+down)\s*$/iu;
/** People or soldiers right after a number (up to two words between, no function word). */
const PEOPLE_AFTER = new RegExp(
  String.raw`^(?:\s+${GAP_WORD}){0,2}?\s+(?:Koreans|Russians|Ukrainians|soldiers|troops|servicemen|fighters|personnel|men|people|infantry|infantrymen|conscripts|combatants)(?![\p{L}])`,
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

/** Where a clause ends: sentence stops, a comma or dash between words, Arabic commas. */
// "… not only sent … but also provides …": "but also" opens a clause of its own (fifteenth round).
// An em dash glued to the words on both sides ends one too ("dead and wounded—together"; seventeenth
// round); an en dash so glued joins a compound ("Russian–North Korean").
const CLAUSE_MARK = /[.!?;؛،](?!\d)|,\s|\s[–—]\s|(?<=\p{L})—(?=\p{L})|\sbut\s+also(?![\p{L}])/giu;
/** Words that start a new figure's clause between two figures ("… killed and 2,700 …"). */
const SPLITTER = /(?<![\p{L}])(?:and|while|whereas|but|including|plus|of\s+whom)(?![\p{L}])/giu;

interface Raw {
  low: number;
  high: number;
  qualifier: string;
  /** '%', a time unit, or null for a count. */
  kind: string | null;
  start: number;
  end: number;
  /** The number's own words, for the year and date checks. */
  num: string;
  numStart: number;
  wordOnly: boolean;
  /** Where a unit of measurement after the number ends ("50 kilometers"), when there is one. */
  unitEnd?: number;
}

const firstWord = (s: string) => s.trim().split(/\s+/)[0] ?? '';
const lastWord = (s: string) => s.trim().split(/\s+/).pop() ?? '';

/** Verbs whose particle "over" is no qualifier of the number after it: "handed over 300 shells". */
const HAND_OVER = /(?<![\p{L}])(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$/iu;

function toRaw(text: string, match: RegExpExecArray, at: number): Raw | null {
  const g = match.groups ?? {};
  let end = at + match[0].length;
  while (end > at && /\s/.test(text[end - 1] ?? '')) end--;
  let q = (g.post ?? g.q ?? '').toLowerCase().replace(/\s+/g, ' ');
  let start = at;
  // "handed over 300", "turned over several": the verb's particle, no qualifier.
  if (q === 'over' && !g.post && HAND_OVER.test(text.slice(0, at))) {
    start = at + (/^over\s+/iu.exec(match[0])?.[0].length ?? 0);
    q = '';
  }
  const base = { start, end, numStart: start, wordOnly: false };
  if (g.vague) {
    const range = vagueRange(g.vague);
    if (!range) return null;
    const qualifier = (q ? `${q} ` : '') + vagueWords(g.vague);
    // "several" alone is a figure only as a number in words is (before its measure word).
    const wordOnly = /^several$/iu.test(g.vague);
    return {
      ...base,
      low: range[0],
      high: range[1],
      qualifier,
      kind: null,
      num: g.vague,
      wordOnly,
    };
  }
  if (g.ratio) {
    const value = ratioValue(g.ratio);
    if (value === null) return null;
    return { ...base, low: value, high: value, qualifier: q, kind: '%', num: g.ratio };
  }
  if (g.share) {
    const value = shareValue(g.share);
    if (value === null) return null;
    return { ...base, low: value, high: value, qualifier: q, kind: '%', num: g.share };
  }
  const n1 = g.n1 ?? '';
  const high = g.n2 ? numberValue(g.n2) : numberValue(n1);
  const low = g.n2 && high !== null ? sharedScale(n1, g.n2, high) : numberValue(n1);
  if (low === null || high === null) return null;
  const numStart = at + match[0].indexOf(n1);
  const wordOnly = !/\d/.test(n1) && !/hundred|thousand|million/i.test(n1);
  const kind = g.p1 || g.p2 ? '%' : null;
  const raw = { ...base, low, high, qualifier: q, kind, num: n1, numStart, wordOnly };
  if (g.n2 && g.sep?.toLowerCase() === 'and' && !g.between) {
    // "300 killed and 2,700 wounded" is two figures; "300 and 2,700" alone is not a range.
    return { ...raw, high: low, end: numStart + n1.length };
  }
  if (g.n2 && (g.between || (g.sep === 'to' && !q))) raw.qualifier = g.between ? 'between' : 'to';
  return low > high ? null : raw;
}

/**
 * The first number of a range printed with its scale once: "10-12 thousand" and "10-12,000"
 * are 10,000 to 12,000; "300 to 2,700" stays as printed.
 */
function sharedScale(n1: string, n2: string, high: number): number | null {
  const low = numberValue(n1);
  if (low === null || !/^\d{1,3}$/.test(n1.trim())) return low;
  const scale = /(?:thousand|million|billion)$/i.exec(n2.trim())?.[0];
  if (scale) return low * (numberValue(`a ${scale}`) ?? 1);
  const thousands = /^\d{1,3},?000$/.test(n2.trim()) && low * 1000 <= high && low * 10_000 > high;
  return thousands ? low * 1000 : low;
}

/** An ordinal right before a share word: "the first half", "the latter half". */
const ORDINAL_BEFORE =
  /(?:^|[^\p{L}])(?:first|second|third|fourth|last|latter|former|final|early|earlier|later)\s+$/iu;
/**
 * A share of a span of time after a share word: "half of this year", "a third of 2024"; a year
 * only, not the first four digits of a count ("a quarter of the 14000 troops"; twenty-first round).
 */
const SHARE_OF_TIME =
  /^\s+of\s+(?:(?:the|this|that|next|last|a|its)\s+)?(?:(?:year|month|week|day|decade|century|season|spring|summer|autumn|fall|winter|term)s?|(?:19|20)\d{2}(?!\d)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?![\p{L}])/iu;

/** Two or more ages set off by commas after a person: "the two men, 19 and 24,". */
const AGES_BEFORE =
  /(?:\p{Lu}\p{L}*|men|women|soldiers|servicemen|brothers|prisoners|captives|privates|fighters|troops|POWs),\s*(?:\d{1,2}\s*(?:,|,?\s*and|,?\s*or)\s*)*$/u;
const AGES_AFTER = /^(?:\s*(?:,|,?\s*and|,?\s*or)\s*\d{1,2}(?![\d,.]\d))*\s*,/u;

/** A share in per cent of a likelihood, named before it or after its "percent". */
const LIKELIHOOD_BEFORE =
  /(?<![\p{L}])(?:probability|likelihood|chance|certainty|confidence)\s+(?:of|at)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const LIKELIHOOD_AFTER =
  /^(?:\s*(?:to|-|–)\s*\d[\d.]*)?\s*(?:%|per\s*cent|percent)?\s+(?:chance|likelihood|probability|certainty|confidence|sure|certain|determined|convinced|confident)(?![\p{L}])/iu;
/** Words before a number to call: "call", "text", "dial"; a helpline's "at", "on" or "is". */
const CALL_BEFORE =
  /(?<![\p{L}])(?:(?:call|dial|text|phone|ring)|(?:hotline|helpline|help\s+line|lifeline|crisis\s+line)\s+(?:at|on|is))\s+$/iu;
/** A broadcaster's name right before its number: "on Rossiya 1", "on Channel 4". */
const CHANNEL_BEFORE = /(?:^|\s)(?:on|by|from)\s+\p{Lu}[\p{L}-]*\s+$/u;
/** Durations, ages, dates and years are not figures (time units are checked later). */
function notAFigure(text: string, raw: Raw): boolean {
  const after = text.slice(raw.end);
  const prev = lastWord(text.slice(0, raw.start));
  if (BEFORE_NOT_FIGURE.test(prev) || /^-?\s*years?[\s-]old/i.test(after)) return true;
  const before = text.slice(0, raw.numStart);
  if (/^\d/.test(raw.num) && DESIGNATION_PREFIX.test(before)) return true;
  // Inside a name in quote marks after a verb of naming: code-named "Mezha 1-5" (seventeenth round).
  if (NAMED_IN_QUOTES.test(before)) return true;
  // Part of a date or code: digits glued to other digits by a hyphen or slash ("2024-10-23",
  // "23/10/2024"); ranges ("1,000-2,000") were read whole before.
  if (/\d[-–/]$/u.test(before) || /^[-–/]\d/u.test(after)) return true;
  // A time of day: "5 p.m.", "10:30".
  if (/^\s*[ap]\.?m\b|^:\d/iu.test(after) || /\d:$/u.test(before)) return true;
  // A phone number: after "+", or digit groups joined by single spaces ("495 123 4567").
  if (/\+\s?$|\d[ \u00a0]$/u.test(before) || /^[ \u00a0]\d/u.test(after)) return true;
  // A number to call or text: after a verb of calling ("text 741741", "dial 116"), after a
  // helpline's "at" / "on" / "is" ("the Lifeline at 988"), or in brackets after a number spelt
  // in letters ("1-800-273-TALK (8255)"; nineteenth round).
  const digits = /^\d+$/.test(raw.num) && !raw.qualifier;
  if (digits && (CALL_BEFORE.test(before) || /\d-[\p{Lu}\d]{3,}\s*\(\s*$/u.test(before)))
    return true;
  // A broadcaster's name: one capitalised word after "on", "by" or "from", then a number of one
  // or two digits that ends its clause ("on Rossiya 1.", "on Channel 4,"; nineteenth round).
  if (
    /^\d{1,2}$/.test(raw.num) &&
    CHANNEL_BEFORE.test(before) &&
    /^\s*(?:[.,;:!?)–—]|$)/u.test(after)
  )
    return true;
  // An age set off by commas after a name: "Kim Jong Un, 41, visited".
  if (/^\d{1,2}$/.test(raw.num) && /\p{Lu}\p{L}*,\s*$/u.test(before) && /^,/.test(after))
    return true;
  // A list of ages set off by commas after a person: "the two men, 19 and 24, were captured"
  // (fourteenth round).
  if (/^\d{1,2}$/.test(raw.num) && AGES_BEFORE.test(before) && AGES_AFTER.test(after)) {
    const listed =
      /\d\s*(?:,|and|or)\s*$/u.test(before) || /^\s*,?\s*(?:and|or)?\s*\d/u.test(after);
    if (listed) return true;
  }
  // An age in brackets after a name or a person: "Mr. Ri (26), a sniper", "a private (23)".
  if (/^\d{1,2}$/.test(raw.num) && /\p{L}\.?\s*\(\s*$/u.test(before) && /^\s*\)/u.test(after))
    return true;
  // A coordinated list of ages after "aged": "aged 20 and 26", "aged 19, 22 and 30".
  if (AGE_LIST_BEFORE.test(before)) return true;
  // A clock time of four digits: "at 0500 local time", "1430 GMT".
  if (/^\d{4}$/.test(raw.num) && raw.low <= 2359 && CLOCK_AFTER.test(after)) return true;
  // A share of a time is a time: "the first half of this year", "half of 2024".
  if (/^\p{L}/u.test(raw.num) && raw.kind === '%') {
    if (ORDINAL_BEFORE.test(before) || SHARE_OF_TIME.test(after)) return true;
  }
  // An identifier: seven or more digits with no grouping ("Source Id: 8497369621"), unless a
  // measure word follows right after ("1000000 shells").
  if (/^\d{7,}$/.test(raw.num) && lossRightAfter(after, () => true) === undefined) return true;
  const plain = /^\d+$/.test(raw.num) && !raw.qualifier;
  if (plain && BEFORE_DESIGNATION.test(lastWord(before))) return true;
  // A scale of likelihood is no figure: "a probability of 80 to 90 percent", "a 55 to 75 percent
  // chance" (eighteenth round).
  if (raw.kind === '%' && (LIKELIHOOD_BEFORE.test(before) || LIKELIHOOD_AFTER.test(after)))
    return true;
  if (raw.kind === '%' || raw.num !== raw.num.trim()) return false;
  const isYear = /^\d{4}$/.test(raw.num) && raw.low >= 1900 && raw.low <= 2100;
  if (isYear && !raw.qualifier) return true;
  // A day range of a month is a date: "Oct. 23–24", "Sept. 2-3", "23–24 October".
  if (raw.high > 31 || !/^\d{1,2}$/.test(raw.num)) return false;
  return isDay(after, 'after') || isDay(text.slice(0, raw.start), 'before');
}

/** A day of a month: "December 14", "14 December", and "14 and 15 December", "December 14 and 15". */
function isDay(side: string, where: 'before' | 'after'): boolean {
  const words = side.trim().split(/\s+/);
  const near = where === 'after' ? words : words.reverse();
  const [first, second, third] = near;
  if (MONTH.test(first ?? '')) return true;
  const joined =
    /^(?:and|or|to|-|–)$/i.test(first ?? '') && /^\d{1,2}(?:st|nd|rd|th)?,?$/.test(second ?? '');
  return joined && MONTH.test(third ?? '');
}

function timeUnit(text: string, raw: Raw): string | null {
  // The first of two coordinated durations is one too: "for 10 and 4 years", "10 or 12 years".
  // "three more months", "two further weeks": the unit after a word of more (twentieth round).
  const after = text
    .slice(raw.end)
    .replace(COORDINATED_NUMBER, '')
    .replace(/^\s+(?:more|further|additional|extra)(?=\s)/iu, '');
  const next = firstWord(after).replace(/[^\p{L}]/gu, '');
  return TIME_UNIT.find(([word]) => word.test(next))?.[1] ?? null;
}

/** Which measures fit a figure of this kind: per cent, one time unit, or a count. */
function accepts(kind: string | null): (measure: string) => boolean {
  return (id) => {
    const unit = METRICS[id]?.unit ?? null;
    if (kind) return unit === kind;
    return unit !== null && unit !== '%' && !TIME_UNITS.has(unit);
  };
}

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

/**
 * Every figure printed in a text.
 * @param text - a phrase or sentence
 * @returns the figures, in text order
 * @example parseFigures('as many as 12,000 soldiers')[0] // {low: 12000, qualifier: 'as many as', unit: 'troops', …}
 */
export function parseFigures(text: string): ParsedFigure[] {
  const western = westernDigits(text);
  const raws: Raw[] = [];
  const wordStarts = /(?<![\p{L}\p{M}\d,.])(?=[\p{L}\d])/gu;
  let consumed = 0;
  for (const start of western.matchAll(wordStarts)) {
    if (start.index < consumed) continue;
    FIGURE.lastIndex = start.index;
    const match = FIGURE.exec(western);
    const found = match?.groups ?? {};
    if (!match || !(found.n1 || found.share || found.ratio || found.vague)) continue;
    if (yearSpan(match)) {
      consumed = start.index + match[0].length; // "1950-53", "2024–2025": years, no figure
      continue;
    }
    const raw = toRaw(western, match, start.index);
    if (!raw) continue;
    if (notAFigure(western, raw)) {
      consumed = raw.end; // an age range is no figure in part either ("aged 18 to 35")
      continue;
    }
    quantity(western, raw);
    consumed = raw.end;
    if (restates(western, raws[raws.length - 1], raw)) continue;
    raws.push(raw);
  }
  return bind(withoutRelatives(western, raws), raws);
}

/** An aside of parts after a count, then a verb of being: ", including two officers, were". */
const ASIDE =
  /^,\s+(?:including|among\s+them|among\s+whom|of\s+whom|both|all|though|although)\s[^,.;!?]*,\s+(?=(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s)/iu;

/** A relative clause set off by commas: ", who were dispatched to Russia,". */
const RELATIVE = /,\s+(?:who|which|that)\s[^,.;!?]*,/gu;

/**
 * The text with each relative clause set off by commas blanked out (offsets kept) when it
 * holds no figure and the words after it, to the end of their clause, name a measure: the main
 * clause's verb gives the measure, not the relative one ("at least 100 … troops, who were
 * dispatched to Russia, were killed in action" is killed, not sent).
 */
function withoutRelatives(text: string, raws: readonly Raw[]): string {
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
 * A modal verb of growth right before a figure makes it a projection: "could reach up to
 * 10,000", "may grow to 20,000", "is set to reach 25,000"; not "may exceed 10,000" (a hedge
 * on the present count) nor "could have lost" (the past). "may" only in lower case (the month).
 */
const PROJECTION =
  /(?:^|[^\p{L}])(?:could|may|might|will|would|shall|(?:expected|set|likely|projected|forecast|poised)\s+to)\s+(?:(?:soon|eventually|still|even|quickly)\s+)?(?:reach|rise|grow|climb|increase|swell|total|hit|balloon|double)(?:\s+(?:to|as\s+high\s+as))?\s*$|(?:^|[^\p{L}])will\s+(?:soon\s+)?have\s*$/u;

/**
 * Measures as projections: each that a measure of the vocabulary `projects` becomes that one;
 * a projection measure itself stays; the others go (a projection is never drafted as today's
 * count: "the death toll will rise to 5,000" gets no measure, the analyst picks).
 */
const PROJECTIONS = [...VOCABULARY.measures.values()].filter((m) => m.projects?.length);

function projected(measures: readonly string[]): string[] {
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
const TOTAL_SUBJECT = /(?:^|[^\p{L}])(?:total|tally|number|figure)(?![\p{L}])/iu;
const SENDING = ['troops-present', 'troops-sent', 'troops-possible-further'];

/**
 * A sending still to come with a target is the expected total (a measure that `projects` the
 * troops sent): a plan to send before the number ("plans to send", "aims to deploy", "will
 * send") and either a date after it that the count is to be reached by ("by December") or "a
 * total of" right before it. Without a target, or when the clause counts more troops
 * ("6,000 more troops by March": more, not a total), the measures stay as they are.
 */
function target(before: string, after: string, own: readonly CueHit[], ranked: string[]): string[] {
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
function stillExpected(after: string, measures: string[]): string[] {
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

function mayAdd(before: string, measures: string[]): string[] {
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
function aimedAt(before: string, after: string, measures: string[]): string[] {
  const [best] = measures;
  if (!AIM_BEFORE.test(before) || !MORE_AFTER.test(after)) return measures;
  if (best && METRICS[best]?.unit !== 'troops') return measures;
  return ['troops-possible-further', ...measures.filter((id) => id !== 'troops-possible-further')];
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
function mainVerb(after: string, accept: (id: string) => boolean, measures: string[]): string[] {
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
function sentHome(measures: string[]): string[] {
  const [best] = measures;
  if (best !== 'wounded' || !measures.includes('wounded-repatriated')) return measures;
  return ['wounded-repatriated', ...measures.filter((id) => id !== 'wounded-repatriated')];
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
function dueBy(after: string, measures: string[]): string[] {
  const [best] = measures;
  if (!best || !NOT_YET_MORE.includes(best) || !DUE_AFTER.test(after) || !BY_TIME.test(after))
    return measures;
  const expected = projected(['troops-sent'])[0];
  return expected ? [expected, ...measures.filter((id) => id !== expected)] : measures;
}

const FRESH = /^\s+(?:new|fresh)\s/iu;
const NOT_YET_MORE = ['troops-present', 'troops-sent'];

/**
 * "New" or "fresh" before the troops a number counts makes them additional troops, when its
 * clause otherwise names troops there or sent: "3,000 new soldiers … since January", "2,500
 * fresh troops"; a sending still to come ("will send 5,000 new troops") stays as it is.
 */
function fresh(after: string, accept: (id: string) => boolean, measures: string[]): string[] {
  const [best] = measures;
  if (!FRESH.test(after) || !best || !NOT_YET_MORE.includes(best)) return measures;
  const noun = countedNoun(after.replace(FRESH, ' '), accept);
  if (!noun || METRICS[noun]?.unit !== 'troops') return measures;
  return ['troops-additional', ...measures.filter((id) => id !== 'troops-additional')];
}

/**
 * A share "of" something whose sentence names no measure outside other figures' clauses takes
 * the measures in per cent the whole sentence names: "4,000 … wounded or killed – roughly a
 * third of the corps" is a share of the force lost.
 */
function shareOfForce(text: string, raw: Raw, kind: string | null, measures: string[]): string[] {
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
function byParty(
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

const isParty = (id: string) => PARTIES.some((p) => p.id === id);

/**
 * A party's losses named outside a figure's clause ("heavy Russian losses, with about 9,000
 * dead") make a kind of loss of the figure's own clause that party's kind: killed → the
 * party's killed, wounded → its wounded. Not when the figure is of North Koreans ("9,000
 * North Korean dead").
 */
function ofParty(
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
const AS_WITH =
  /(?:^|[^\p{L}])as\s+with\s+(?:all\s+|other\s+|the\s+)?([^,]+),\s+(?:these|those|the)\s+$/iu;
function asWith(text: string, raw: Raw, measures: string[]): string[] {
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
function partOfParty(text: string, raw: Raw, measures: string[]): string[] {
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
function coordinatedParty(
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

/**
 * Whether a figure is the base of the figure before it: right after a share and "of" ("a
 * third of the 11,000 soldiers"), or after "out of" ("4,000 killed out of the 12,000").
 */
function isBase(text: string, prev: Raw | undefined, raw: Raw): boolean {
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
function isPartOf(text: string, part: Raw, whole: Raw | undefined): boolean {
  if (!whole || part.kind || whole.kind || part.high >= whole.low) return false;
  // "600 out of 15,000 deployed soldiers": "out of" needs no article (fifteenth round).
  // "900 soldiers out of a total of 3,000": the part's noun may stand between, and the total is
  // the whole (seventeenth round).
  return PART_OF.test(text.slice(part.end, whole.start));
}

/** Units of measurement of supplies and distances, none a unit of the vocabulary. */
/** Units of a distance or a length: no figure (twentieth round). */
const LENGTHS = new Set(['km', 'mi', 'm']);
const isMunitions = (id: string) => id === 'munitions-supplied';
const RATION_UNITS = new Set(
  QUANTITY_UNIT.map(([, unit]) => unit).filter((u) => u !== 'money' && !UNITS.includes(u)),
);
/** Per person or per period: "each soldier", "per recruit", "every month", "a week". */
const PER =
  /(?<![\p{L}])(?:(?:each|every|per)\s+(?:soldier|recruit|conscript|person|man|head|fighter|serviceman|trooper|member|day|week|month|year)|(?:a|per)\s+(?:day|week|month|head))(?![\p{L}])/iu;

/**
 * A measure of people named right after a number (nothing but spaces between): "the 4,100
 * wounded soldiers", "the 600 dead"; with `unit`, a measure in any unit it allows.
 */
function lossRightAfter(
  rest: string,
  unit: (u: string | null) => boolean = (u) => u === 'people',
): string | undefined {
  const [first] = cueHits(rest, accepts(null));
  if (!first || !/^\s+$/u.test(rest.slice(0, first.start))) return undefined;
  return unit(METRICS[first.measure]?.unit ?? null) ? first.measure : undefined;
}

/** Only the measures of troops among those accepted: the force a share is taken of. */
/**
 * "all N of its troops", "all of its (estimated) N troops": the number counts the whole force,
 * whatever verb governs it ("could lose all 8,000 of its soldiers"; twentieth round).
 */
const ALL_OF_BEFORE = /(?<![\p{L}])all\s+of\s+(?:its|their|the)\s+(?:[\p{Ll}-]+\s+)?$/iu;
const ALL_BEFORE = /(?<![\p{L}])all\s+$/iu;
const OF_ITS_AFTER = /^\s+of\s+(?:its|their|the)\s/iu;
function allOfForce(text: string, raw: Raw): boolean {
  const before = text.slice(0, raw.start);
  return (
    ALL_OF_BEFORE.test(before) ||
    (ALL_BEFORE.test(before) && OF_ITS_AFTER.test(text.slice(raw.end)))
  );
}

const ofForce =
  (accept: (id: string) => boolean) =>
  (id: string): boolean =>
    accept(id) && METRICS[id]?.unit === 'troops';

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
const NATIONALITY = /^\s+(?:(?:North|South)\s+)?\p{Lu}\p{Ll}+(?:ans|ese)(?![\p{L}])/u;

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

function present(after: string, kind: string | null, measures: string[]): string[] {
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
function bySource(text: string, measures: string[]): string[] {
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
function acknowledgedLoss(hits: CueHit[]): CueHit[] {
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
function sentBySender(before: string, measures: string[]): string[] {
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
function partOfTroops(text: string, raw: Raw, prev: ParsedFigure | undefined): string | undefined {
  if (prev?.unit !== 'troops' || prev.end > raw.start) return undefined;
  const before = text.slice(prev.end, raw.start);
  const after = text.slice(raw.end);
  if (/[.;!?]/u.test(before)) return undefined;
  if (AND_BEFORE.test(before) && /^\s+more(?![\p{L}])/iu.test(after)) return 'troops-additional';
  if (WITH_BEFORE.test(before) && AT_PLACE_AFTER.test(after)) return 'troops-present';
  return undefined;
}

/** A span of years printed as a range: "1950-53", "2024–2025". */
function yearSpan(match: RegExpExecArray): boolean {
  const g = match.groups ?? {};
  if (!g.n1 || !g.n2 || g.q || !/^(?:-|–|—|to)$/.test(g.sep ?? '')) return false;
  const first = Number(g.n1);
  return /^\d{4}$/.test(g.n1) && first >= 1900 && first <= 2100 && /^\d{2}(?:\d{2})?$/.test(g.n2);
}

/** Gives a count printed with a unit of measurement ("50 kilometers", "$2 billion") that unit. */
function quantity(text: string, raw: Raw): void {
  if (raw.kind) return;
  if (CURRENCY_BEFORE.test(text.slice(0, raw.numStart))) {
    raw.kind = 'money';
    return;
  }
  const after = text.slice(raw.end);
  for (const [pattern, unit] of QUANTITY_UNIT) {
    const m = pattern.exec(after);
    if (m) {
      raw.kind = unit;
      raw.unitEnd = raw.end + m[0].length;
      return;
    }
  }
}

/**
 * Whether a figure in brackets right after another restates it in other units: "50 kilometers
 * (31 miles)", "$1 million (€0.9 million)". Both must be quantities of measurement.
 */
function restates(text: string, prev: Raw | undefined, raw: Raw): boolean {
  if (!prev?.unitEnd && prev?.kind !== 'money') return false;
  if (!raw.unitEnd && raw.kind !== 'money') return false;
  return /^\s*\(\s*(?:[$€£¥₩₽]\s*)?$/u.test(text.slice(prev.unitEnd ?? prev.end, raw.start));
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
function spans(text: string, raws: Raw[]): [number, number][] {
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
 * Gives each figure the measures and unit of its own clause; drops what is not a figure.
 * Cues of the sentence outside every figure's clause may count too (see `refining`).
 */
function bind(printed: string, raws: Raw[]): ParsedFigure[] {
  // Double quote marks inside a sentence cut no number from its noun: '"at least three" North
  // Korean soldiers' (eleventh round); blanks keep the offsets.
  const text = printed.replace(/["“”«»]/gu, ' ');
  const figures: ParsedFigure[] = [];
  const own = spans(text, raws);
  /** Counts dropped as things no measure counts ("248 attacks"), by index. */
  const things = new Set<number>();
  raws.forEach((raw, i) => {
    if (isSlang(printed, text, raw)) return;
    const [from, to] = own[i] ?? [raw.start, raw.end];
    const time = raw.kind ? null : timeUnit(text, raw);
    const kind = raw.kind ?? time;
    const counted = ofThings(text, raw, to, kind, things.has(i - 1));
    if (counted) {
      if (counted === 'thing') things.add(i);
      return;
    }
    // The base of a share or of an "out of" is the force: only measures of troops count, unless
    // a loss is named right after its number ("half of the 4,100 wounded soldiers"): that one.
    const base = !kind && (isBase(text, raws[i - 1], raw) || allOfForce(text, raw));
    const loss = base ? lossRightAfter(text.slice(raw.end, to)) : undefined;
    const accept = loss
      ? (id: string) => id === loss
      : base
        ? ofForce(accepts(kind))
        : accepts(kind);
    // A ration ("50 meters of toilet paper … each month", "500 grams per soldier"): a quantity
    // in a unit of measurement no measure counts in, per person or per period, is no figure.
    if (kind && RATION_UNITS.has(kind) && PER.test(text.slice(from, to))) return;
    // A sum of money is no figure: no measure counts money. A wage or a price ("earns about
    // $800 a month", fifteenth round), and a sum with a magnitude ("$5bn worth of shells",
    // sixteenth round).
    if (kind === 'money') return;
    // A distance or a length is never a figure, in digits, in words ("thousands of miles") or
    // in a compound ("the 1,000-kilometre front"): the convention written at set 20 (twentieth
    // round).
    if (kind && LENGTHS.has(kind)) return;
    // Goods in units of mass ("700,000 tonnes of rice") are no figure, unless the clause names
    // munitions ("2,000 tonnes of artillery shells"; twentieth round).
    if (kind === 'kg' && !cueHits(text.slice(from, to), isMunitions).length) return;
    const ownHits = acknowledgedLoss(
      cueHits(text.slice(from, to), accept).filter(
        (h) => !moreOfOther(text.slice(from, to), h, raw.end - from),
      ),
    );
    // An aside of its parts between a count and its verb: "three soldiers, including two
    // officers, were injured": the verb after the aside is the count's too (eleventh round).
    const aside = ASIDE.exec(text.slice(to));
    if (aside) {
      const after = to + aside[0].length;
      const rest = text.slice(after).split(CLAUSE_MARK)[0] ?? '';
      const shift = (h: CueHit) => ({
        ...h,
        start: h.start + after - from,
        end: h.end + after - from,
      });
      ownHits.push(...cueHits(rest, accept).map(shift));
    }
    // A part of the count after it takes the words of its clause not of troops (isPartOf).
    const whole = isPartOf(text, raw, raws[i + 1]) ? own[i + 1] : undefined;
    if (whole) withWhole(text, raw, [from, to], whole, accept, ownHits);
    // A duration, or a time ago ("destroyed three weeks ago"), unless a measure counts in it.
    const ago = /^\s+\S+\s+ago(?![\p{L}])/iu.test(text.slice(raw.end));
    if (time && (!ownHits.length || !UNITS.includes(time) || ago)) return;
    // A calibre or size ("152-mm shells", "30 cm armour") is no figure unless a measure counts in it.
    if (kind === 'mm' && !ownHits.length) return;
    const free = unbound(text, own, accept).filter((h) => !ownHits.length || !isParty(h.measure));
    const ranked = sentRightBefore(
      ownHits,
      raw.start - from,
      byNoun(
        rankHits([...ownHits, ...refining(ownHits, free)]),
        countedNoun(text.slice(raw.end, to), accept),
      ),
    );
    const projecting = PROJECTION.test(text.slice(from, raw.start));
    // A projection in a sentence that names no measure at all ("the number could reach
    // 10,000", "they will have 12,000 soon") is the vocabulary's projection (of troops).
    // So is one whose subject is the total, when its own clause names no measure ("…, with the
    // total likely to climb to around 10,000 by December"; thirteenth round).
    const bare =
      projecting &&
      !kind &&
      !ranked.length &&
      (!cueHits(text, accepts(null)).length || TOTAL_SUBJECT.test(text.slice(from, raw.start)));
    const timed = projecting
      ? bare
        ? PROJECTIONS.map((m) => m.id).slice(0, 1)
        : projected(ranked)
      : target(text.slice(from, raw.start), text.slice(raw.end, to), ownHits, ranked);
    const after = text.slice(raw.end, to);
    const before = text.slice(from, raw.start);
    const more = sentHome(
      aimedAt(before, after, mayAdd(before, dueBy(after, stillExpected(after, timed)))),
    );
    const moved = present(after, kind, fresh(after, accept, mainVerb(after, accept, more)));
    const captive = !kind && capturedNoun(after, moved);
    const placed = captive ? ['captured', ...moved.filter((id) => id !== 'captured')] : moved;
    const shared = shareOfForce(text, raw, kind, placed);
    const party = asWith(
      text,
      raw,
      coordinatedParty(
        text,
        raw,
        figures[figures.length - 1],
        partOfParty(
          text,
          raw,
          ofParty(text, raw, byParty(text, raw, from, ownHits, shared), own, accept),
        ),
      ),
    );
    // A verb of loss right before a count of people or soldiers ("destroyed 77 North Koreans",
    // "eliminated about 25 soldiers") counts the killed.
    const lost =
      !kind &&
      LOSS_VERB_BEFORE.test(text.slice(from, raw.start)) &&
      PEOPLE_AFTER.test(text.slice(raw.end, to));
    const drafted = lost
      ? ['killed', ...bySource(text, party).filter((m) => m !== 'killed')]
      : sentBySender(text.slice(from, raw.start), bySource(text, party));
    // The unit comes from the figure's own words, never from a cue of another clause.
    const [ownBest] =
      (placed !== timed || bare) && !ownHits.length
        ? placed
        : sentRightBefore(ownHits, raw.start - from, rankHits(ownHits));
    const fromKind = kind && (kind === '%' || UNITS.includes(kind)) ? kind : null;
    // A count by rank or role ("500 officers and three generals") is of troops, no measure's;
    // a count of places ("five training sites") is a figure with no unit and no measure.
    const rank = !kind && RANK_AFTER.test(text.slice(raw.end, to));
    const site = !kind && SITE_AFTER.test(text.slice(raw.end, to));
    // "As with all prisoners of war, these two soldiers": people of the compared kind.
    const likened =
      AS_WITH.test(text.slice(0, raw.start)) && METRICS[party[0] ?? '']?.unit === 'people';
    const unitOf =
      lost || likened || captive
        ? 'people'
        : kind || site
          ? fromKind
          : ownBest
            ? (METRICS[ownBest]?.unit ?? null)
            : rank
              ? 'troops'
              : null;
    // A bare count right after a count of troops is of troops: "and 4,000 more", ", with 8,000
    // in the Kursk region" (nineteenth round).
    const part = unitOf || kind ? undefined : partOfTroops(text, raw, figures[figures.length - 1]);
    const unit = part ? 'troops' : unitOf;
    const measures = part ? [part, ...drafted.filter((id) => id !== part)] : drafted;
    // A number in words is a figure only before its measure word, a rank or places: "two
    // North Korean soldiers", "killed five fighters", "three generals", "four camps"; not
    // "one of the lawmakers", "via two deployments".
    // Counts of things no measure counts: see ofThings, checked first.
    const noun =
      rank ||
      site ||
      nounAfter(text.slice(raw.end, to), accepts(null)) ||
      // A nationality in the plural when its clause has a cue: "three North Koreans
      // are being held in custody"; not "the two Americans met".
      (NATIONALITY.test(text.slice(raw.end, to)) && ownHits.length > 0);
    if (raw.wordOnly && !kind && !noun && !lossVerbRightBefore(text.slice(from, raw.start))) return;
    // "several" alone counts no rank, place or time: "killed several officers", "several weeks".
    const several = /^several$/iu.test(raw.num);
    if (several && (rank || site || time)) return;
    // "one of the soldiers", "one of them", "one of those captured" picks one out: no figure.
    // "one of the two soldiers" names one of a count given before: no figure (fifteenth round).
    if (raw.wordOnly && ONE_OF_BEFORE.test(text.slice(0, raw.start))) return;
    if (
      raw.wordOnly &&
      /^(?:one|several)$/iu.test(raw.num.trim()) &&
      ONE_OF.test(text.slice(raw.end))
    )
      return;
    const end = raw.unitEnd ?? raw.end + tail(text.slice(raw.end, to), kind, time !== null);
    const { low, high, qualifier, start } = raw;
    const clause = { start: from, end: to };
    figures.push({
      low,
      high,
      qualifier,
      unit,
      start,
      end,
      measures: site ? [] : measures,
      clause,
    });
  });
  return earlierEstimates(text, figures);
}

/** "a previous estimate of", "an initial US estimate of", "last week's estimate of" right before a count. */
const ESTIMATE_BEFORE =
  /(?<![\p{L}])(?:previous|earlier|initial|original|prior|first|old|week['’]s|month['’]s)\s+(?:(?:\p{Lu}[\p{L}.]*|official)\s+)?estimate\s+of\s+$/u;

/**
 * An earlier estimate of a count ("raising Washington's previous estimate of 3,000", "From an
 * initial US estimate of 3,000 troops, …") is of the same kind as the count of troops the
 * sentence gives now: it takes that figure's unit and first measure, where its own words name
 * nothing more than troops (no measure, or troops present from its noun; nineteenth round).
 * @param text - the sentence
 * @param figures - its figures, drafted
 * @returns them, earlier estimates of troops changed
 */
function earlierEstimates(text: string, figures: ParsedFigure[]): ParsedFigure[] {
  return figures.map((fig) => {
    const [own] = fig.measures;
    if (!ESTIMATE_BEFORE.test(text.slice(0, fig.start))) return fig;
    if (fig.unit !== null && fig.unit !== 'troops') return fig;
    if (own !== undefined && own !== 'troops-present') return fig;
    const now = figures.find(
      (g) => g !== fig && g.unit === 'troops' && g.measures[0] && g.measures[0] !== own,
    );
    const [measure] = now?.measures ?? [];
    if (!measure) return fig;
    return {
      ...fig,
      unit: 'troops',
      measures: [measure, ...fig.measures.filter((id) => id !== measure)],
    };
  });
}

/**
 * Whether a cue of a count of people (a loss or a capture) ends right where a number in words
 * starts: "killed four and wounded two", "could only capture two of them" count people though no
 * noun follows (nineteenth round).
 * @param before - the figure's clause up to its number
 * @returns true when the clause's last words are such a cue
 */
function lossVerbRightBefore(before: string): boolean {
  const end = before.trimEnd().length;
  if (end === before.length) return false;
  return cueHits(before, (id) => METRICS[id]?.unit === 'people').some((h) => h.end === end);
}

/**
 * The cues of a part ("4,000 soldiers out of a total of 12,000 were killed") with its whole's:
 * cues from "of" / "out of" on name the whole ("a total of"), not the part; when the part's
 * own words name troops only (its noun) or nothing, the whole's cues not of troops are the
 * part's (its loss). Changes `hits` in place (seventeenth round: the noun and "a total of").
 */
function withWhole(
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

/**
 * Army slang in quotation marks ("their ‘200’ and ‘300’": the dead and the wounded): a bare
 * number set off by quote marks alone, with no noun it counts after them, is a word, not a
 * count (seventeenth round). '"at least three" soldiers' keeps its noun.
 */
function isSlang(printed: string, text: string, raw: Raw): boolean {
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
function ofThings(
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

/**
 * How many characters after a figure its quote takes in: a duration's time word ("three
 * months"), or one measure word right after a count ("12,000 troops", "92 casualties a day")
 * when no other follows it ("1,000 additional troops" stays "1,000": the words run on).
 */
function tail(rest: string, kind: string | null, isTime: boolean): number {
  const lead = /^\s+/.exec(rest)?.[0].length ?? 0;
  if (isTime) return lead + firstWord(rest).length;
  if (kind) return 0;
  const [first, second] = cueHits(rest, accepts(null));
  if (!first || first.start !== lead) return 0;
  const gap = second ? rest.slice(first.end, second.start) : 'x';
  return /^\s*$/.test(gap) ? 0 : first.end;
}

/**
 * Which cues outside a figure's clause count for it: all when its clause names no measure;
 * else only those that say more of the same thing: a longer cue of a measure in the unit of
 * its own best ("3,000 casualties, both killed and wounded"; not "two soldiers who, although
 * wounded, survived").
 */
function refining(own: CueHit[], free: CueHit[]): CueHit[] {
  if (!own.length) return free;
  const [best] = rankHits(own);
  const longest = Math.max(...own.map((h) => h.words));
  const unit = METRICS[best ?? '']?.unit;
  return free.filter((h) => h.words > longest && METRICS[h.measure]?.unit === unit);
}

/**
 * A verb of sending right before a number (nothing but spaces between it and the number's
 * qualifier) says what the number counts: troops, over a loss word elsewhere in its clause
 * ("The losses prompted Moscow to deploy 10,000 North Korean troops" is troops sent); weapons
 * named after it stay weapons ("sent 240 rocket launchers").
 */
function sentRightBefore(own: readonly CueHit[], at: number, ranked: string[]): string[] {
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

/** The count's noun (one to three words, no function word or auxiliary), then a capture cue. */
const CAPTIVE_GAP = new RegExp(String.raw`^(?:\s+${GAP_WORD}){1,3}?\s+$`, 'iu');

/**
 * Captives named in the count's own noun phrase ("two North Koreans captured in battle",
 * "three soldiers taken prisoner") are captured, whatever verb of sending governs the count
 * ("ready to send … back", "prepared to hand over"): the capture cue right after the noun is
 * said of the people counted (seventeenth round).
 */
function capturedNoun(after: string, measures: readonly string[]): boolean {
  if (METRICS[measures[0] ?? '']?.unit !== 'troops') return false;
  const [capture] = cueHits(after, (id) => id === 'captured');
  return !!capture && CAPTIVE_GAP.test(after.slice(0, capture.start));
}

/** What may stand between a number and the noun it counts: up to two words, no function word. */
const NOUN_GAP = new RegExp(String.raw`^(?:\s+${GAP_WORD}){0,2}?\s+$`, 'iu');

/**
 * The measure the noun a number counts names: "1,000 sappers", "5,000 North Korean
 * construction troops" (a cue after the number, at most two words between, none a function word).
 */
function countedNoun(rest: string, accept: (id: string) => boolean): string | undefined {
  const [first] = cueHits(rest, accept);
  return first && NOUN_GAP.test(rest.slice(0, first.start)) ? first.measure : undefined;
}

/**
 * The noun a number counts names its measure over the verbs of its clause when both are
 * measures of troops and the noun's is more specific (later in the vocabulary): "will send 1,000 sappers" are sappers, "plans to
 * send 2,000 combat engineers" too; "will send 5,000 troops" stays possible further troops.
 */
function byNoun(ranked: string[], counted: string | undefined): string[] {
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
function nounAfter(rest: string, accept: (id: string) => boolean): boolean {
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

/** Cues of the text outside every figure's own clause: they name no figure of their own. */
function unbound(text: string, own: [number, number][], accept: (id: string) => boolean) {
  return cueHits(text, accept).filter((h) => !own.some(([a, b]) => h.start < b && h.end > a));
}
