/**
 * A figure's words as printed (figures.ts): the pattern of a number with its qualifier, a range,
 * a vague count, a share or a ratio; its values; its kind (per cent, a time unit, a unit of
 * measurement such as km or money, or a count), a span of years, a quantity restated in brackets;
 * and which measures fit a figure of each kind.
 */
import { METRICS } from '../../data/metrics';
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
} from './numbers';

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

/**
 * A figure's words: a qualifier, "between", then a vague count, a share, a ratio, or one or two
 * numbers (per cent, a range, "and"), "-strong" and a qualifier after. Sticky: parseFigures sets
 * its `lastIndex` at each word's start.
 */
export const FIGURE = new RegExp(
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

/** "and 4", "or 12" right after a number: the second of two coordinated numbers. */
const COORDINATED_NUMBER = /^\s*(?:and|or|to|-|–)\s*\d[\d,.]*(?=\s)/iu;

/** A currency sign right before a number: an amount of money, no count of people. */
const CURRENCY_BEFORE = /[$€£¥₩₽]\s*$|\b(?:US|USD|EUR|KRW|RUB)\s*$/u;
/**
 * Units of measurement after a number (hyphenated too: "a 1,000-kilometre front"): the figure
 * is that quantity and takes only measures in that unit; the vocabulary's units (km2) may
 * have some, the others none. Longest first.
 */
export const QUANTITY_UNIT: [RegExp, string][] = [
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

/** A number found in a text, before it is bound to the measures of its clause (bind.ts). */
export interface Raw {
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

/** The first and the last word of a text. */
export const firstWord = (s: string) => s.trim().split(/\s+/)[0] ?? '';
export const lastWord = (s: string) => s.trim().split(/\s+/).pop() ?? '';

/** Verbs whose particle "over" is no qualifier of the number after it: "handed over 300 shells". */
const HAND_OVER = /(?<![\p{L}])(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+$/iu;

/**
 * The number a match of FIGURE gives: its values, qualifier and kind (per cent or a count);
 * "300 killed and 2,700 wounded" gives the first only. null when it is no number.
 */
export function toRaw(text: string, match: RegExpExecArray, at: number): Raw | null {
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

/** The time unit right after a number ("three months"): a duration; null when none. */
export function timeUnit(text: string, raw: Raw): string | null {
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
export function accepts(kind: string | null): (measure: string) => boolean {
  return (id) => {
    const unit = METRICS[id]?.unit ?? null;
    if (kind) return unit === kind;
    return unit !== null && unit !== '%' && !TIME_UNITS.has(unit);
  };
}

/** A span of years printed as a range: "1950-53", "2024–2025". */
export function yearSpan(match: RegExpExecArray): boolean {
  const g = match.groups ?? {};
  if (!g.n1 || !g.n2 || g.q || !/^(?:-|–|—|to)$/.test(g.sep ?? '')) return false;
  const first = Number(g.n1);
  return /^\d{4}$/.test(g.n1) && first >= 1900 && first <= 2100 && /^\d{2}(?:\d{2})?$/.test(g.n2);
}

/** Gives a count printed with a unit of measurement ("50 kilometers", "$2 billion") that unit. */
export function quantity(text: string, raw: Raw): void {
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
export function restates(text: string, prev: Raw | undefined, raw: Raw): boolean {
  if (!prev?.unitEnd && prev?.kind !== 'money') return false;
  if (!raw.unitEnd && raw.kind !== 'money') return false;
  return /^\s*\(\s*(?:[$€£¥₩₽]\s*)?$/u.test(text.slice(prev.unitEnd ?? prev.end, raw.start));
}
