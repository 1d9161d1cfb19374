/**
 * Binding each figure to the measures and unit of its own clause (figures.ts): drops what is
 * no figure in context (things, sums of money, distances, rations, goods by weight, durations),
 * then composes the measure rules of projections.ts, troops.ts, shares.ts and parties.ts in
 * order, and gives an earlier estimate the kind of the count given now.
 */
import { METRICS, UNITS } from '../../data/metrics';
import { ASIDE, CLAUSE_MARK, refining, spans, unbound } from './clause';
import { cueHits, rankHits, type CueHit } from './cues';
import {
  NATIONALITY,
  PEOPLE_AFTER,
  RANK_AFTER,
  SITE_AFTER,
  byNoun,
  capturedNoun,
  countedNoun,
  lossRightAfter,
  nounAfter,
} from './nouns';
import {
  AS_WITH,
  acknowledgedLoss,
  asWith,
  byParty,
  bySource,
  coordinatedParty,
  isParty,
  ofParty,
  partOfParty,
  sentBySender,
} from './parties';
import {
  QUANTITY_UNIT,
  accepts,
  firstWord,
  timeUnit,
  type ParsedFigure,
  type Raw,
} from './printed';
import {
  PROJECTION,
  PROJECTIONS,
  TOTAL_SUBJECT,
  aimedAt,
  dueBy,
  mayAdd,
  projected,
  stillExpected,
  target,
} from './projections';
import { allOfForce, isBase, isPartOf, ofForce, shareOfForce, withWhole } from './shares';
import { isSlang, ofThings } from './things';
import {
  fresh,
  mainVerb,
  moreOfOther,
  partOfTroops,
  present,
  sentHome,
  sentRightBefore,
} from './troops';

/** "of the/them/those/these" right after a number: "one of the soldiers" picks one out. */
const ONE_OF = /^\s+of\s+(?:the|them|those|these)(?![\p{L}])/iu;

/** "one of the", "each of these" right before a number in words: it names a count given before. */
const ONE_OF_BEFORE =
  /(?<![\p{L}])(?:one|each|either|neither|none|both)\s+of\s+(?:the|these|those)\s+$/iu;

/**
 * A verb of loss right before a number (its qualifier between): "destroyed 77", "eliminated about
 * 40", "took out 15"; in the present or the infinitive too ("eliminate 21", "kill 15"; seventeenth
 * round).
 */
const LOSS_VERB_BEFORE =
  /(?<![\p{L}])(?:destroy(?:ed|s)?|eliminat(?:ed|es?)|neutrali[sz](?:ed|es?)|liquidat(?:ed|es?)|kills?|wiped\s+out|(?:took|taken|taking|takes|take)\s+out|(?:gunned|mowed|cut)\s+down)\s*$/iu;

/** Units of a distance or a length: no figure (twentieth round). */
const LENGTHS = new Set(['km', 'mi', 'm']);
const isMunitions = (id: string) => id === 'munitions-supplied';
/** Units of measurement of supplies and distances, none a unit of the vocabulary. */
const RATION_UNITS = new Set(
  QUANTITY_UNIT.map(([, unit]) => unit).filter((u) => u !== 'money' && !UNITS.includes(u)),
);
/** Per person or per period: "each soldier", "per recruit", "every month", "a week". */
const PER =
  /(?<![\p{L}])(?:(?:each|every|per)\s+(?:soldier|recruit|conscript|person|man|head|fighter|serviceman|trooper|member|day|week|month|year)|(?:a|per)\s+(?:day|week|month|head))(?![\p{L}])/iu;

/**
 * Gives each figure the measures and unit of its own clause; drops what is not a figure.
 * Cues of the sentence outside every figure's clause may count too (see `refining`).
 */
export function bind(printed: string, raws: Raw[]): ParsedFigure[] {
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
