/**
 * Figures in a phrase: value(s), qualifier and unit, as printed. Hand-written on purpose:
 * measured against compromise + compromise-numbers on the phrase table (tests/workbench/
 * phrases.ts), these few regular expressions parse more of the table at a fraction of the size
 * (see docs/workbench.md). Nothing here guesses a figure that is not printed: "several
 * hundred" yields no figure.
 */
import { UNITS } from '../../data/metrics';

/** One figure found in a text. Offsets are UTF-16 indexes into the text parsed. */
export interface ParsedFigure {
  low: number;
  high: number;
  /** Lower-case, as printed ("as many as", "to"); '' when none is printed. */
  qualifier: string;
  /** A unit of the vocabulary, or null when the words around the figure do not say. */
  unit: string | null;
  /** Start and end of the figure's words (qualifier, numbers, unit word) in the text. */
  start: number;
  end: number;
}

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const FRACTION: Record<string, number> = { half: 50, quarter: 25 };

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SMALL_WORDS = Object.keys(SMALL).join('|');
/** "12,000", "4.5 thousand", "four thousand", "a thousand", "three" (before a unit noun). */
const NUMBER = String.raw`(?:(?:${DIGITS})(?:\s+(?:thousand|million))?|(?:a|an|${SMALL_WORDS})\s+(?:hundred|thousand|million)\b|(?:${SMALL_WORDS})\b)`;
const PERCENT = String.raw`(?:\s*%|\s+per\s?cent\b)`;
/** Longest first, so "as many as" wins over "as". Matched case-insensitively. */
const QUALIFIERS = [
  'as many as',
  'as few as',
  'as high as',
  'as much as',
  'more than',
  'fewer than',
  'less than',
  'at least',
  'at most',
  'up to',
  'an estimated',
  'approximately',
  'approaching',
  'possibly',
  'roughly',
  'around',
  'nearly',
  'almost',
  'within',
  'about',
  'some',
  'over',
  'under',
  'est.',
];
const QUALIFIER = QUALIFIERS.map((q) => q.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');

const FIGURE = new RegExp(
  String.raw`(?:\b(?<q>${QUALIFIER})\s+(?:(?:reaching|of|at)\s+)?)?` +
    String.raw`(?:(?<between>between)\s+)?` +
    String.raw`(?:(?<frac>half|a\s+quarter)\b|(?<n1>${NUMBER})(?<p1>${PERCENT})?` +
    String.raw`(?:\s*(?<sep>to|-|–|—|and)\s*(?<n2>${NUMBER})(?<p2>${PERCENT})?)?)` +
    String.raw`(?<strong>-strong)?`,
  'giy',
);

const TROOP_WORDS = /^(troops?|soldiers?|servicemen|personnel|forces?|men|fighters?|contingent)$/i;
const CASUALTY_WORDS =
  /^(casualties|killed|wounded|injured|dead|deaths?|losses|lost|died|captured|missing)$/i;
const TIME_WORDS = /^(months?)$/i;
const MODAL = /^(may|could|might|would|will)$/i;

/** The value of a number phrase: "12,000" → 12000, "four thousand" → 4000, "a thousand" → 1000. */
export function numberValue(text: string): number | null {
  const words = text.toLowerCase().trim().split(/\s+/);
  let current: number | null = null;
  for (const word of words) {
    if (/^[\d,.]+$/.test(word)) current = Number(word.replace(/,/g, ''));
    else if (word === 'a' || word === 'an') current = 1;
    else if (word in SMALL) current = SMALL[word] ?? null;
    else if (word in SCALE) current = (current ?? 1) * (SCALE[word] ?? 1);
    else return null;
  }
  return current !== null && Number.isFinite(current) ? current : null;
}

function knownUnit(unit: string): string | null {
  return (UNITS as readonly string[]).includes(unit) ? unit : null;
}

/** The clause after a figure, up to the next clause mark, as lower-case words. */
function wordsAfter(text: string, from: number, max = 14): string[] {
  const rest = text.slice(from).split(/[.;:!?]|,\s|\s[–—]\s/)[0] ?? '';
  return rest.split(/\s+/).filter(Boolean).slice(0, max);
}

function wordsBefore(text: string, to: number, max = 4): string[] {
  return text.slice(0, to).split(/\s+/).filter(Boolean).slice(-max);
}

/**
 * The unit the words around a figure give it: "casualties a day" → casualties/day, "troops"
 * → troops, "killed" → people, "months" → months. A perfect passive ("had been killed")
 * makes the figure a casualty count even when "troops" comes first; "may be killed" does not.
 */
function unitFromContext(
  text: string,
  start: number,
  end: number,
  isShare: boolean,
): string | null {
  if (isShare) return knownUnit('%');
  const after = wordsAfter(text, end).map((w) => w.replace(/[^\p{L}-]/gu, ''));
  const before = wordsBefore(text, start).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const joined = after.join(' ').toLowerCase();
  if (/\b(a|per) day\b|\bdaily\b/.test(joined) || before.includes('daily')) {
    return knownUnit('casualties/day');
  }
  const firstTime = after.findIndex((w) => TIME_WORDS.test(w));
  if (firstTime === 0) return knownUnit('months');
  // A casualty word in the clause makes it a casualty count, unless it is a projection
  // ("may be killed"): "4,000 troops … had been killed" counts people, not troops.
  const casualty = after.some((w, i) => CASUALTY_WORDS.test(w) && !MODAL.test(after[i - 2] ?? ''));
  if (casualty) return knownUnit('people');
  if (after.some((w) => TROOP_WORDS.test(w))) return knownUnit('troops');
  if (before.some((w) => /^(losses|casualties)$/.test(w))) return knownUnit('people');
  return null;
}

function isYear(text: string, value: number): boolean {
  return /^\d{4}$/.test(text) && value >= 1900 && value <= 2100;
}

/** True when the number is part of a date ("on 13 January", "August 6", "5 November 2024"). */
function isDatePart(text: string, start: number, end: number): boolean {
  const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?$/i;
  const next = text.slice(end).trim().split(/\s+/)[0] ?? '';
  const prev = text.slice(0, start).trim().split(/\s+/).pop() ?? '';
  return MONTH.test(next) || MONTH.test(prev);
}

/**
 * Every figure printed in a text.
 * @param text - a phrase or sentence
 * @returns the figures, in text order
 * @example parseFigures('as many as 12,000 soldiers')[0] // {low: 12000, high: 12000, qualifier: 'as many as', unit: 'troops', …}
 */
export function parseFigures(text: string): ParsedFigure[] {
  const figures: ParsedFigure[] = [];
  // Try the pattern at each word start; a match consumes its words.
  const wordStarts = /(?<![\p{L}\d,.])(?=[\p{L}\d])/gu;
  let consumed = 0;
  for (const start of text.matchAll(wordStarts)) {
    const at = start.index;
    if (at < consumed) continue;
    FIGURE.lastIndex = at;
    const match = FIGURE.exec(text);
    if (!match || !(match.groups?.n1 || match.groups?.frac)) continue;
    const figure = toFigure(text, match, at);
    if (!figure) continue;
    figures.push(figure);
    consumed = figure.end;
  }
  return figures;
}

function toFigure(text: string, match: RegExpExecArray, at: number): ParsedFigure | null {
  const g = match.groups ?? {};
  const start = at;
  let end = at + match[0].length;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  let qualifier = (g.q ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (g.frac) {
    const value = FRACTION[g.frac.toLowerCase().replace(/^a\s+/, '')] ?? null;
    if (value === null) return null;
    return { low: value, high: value, qualifier, unit: knownUnit('%'), start, end };
  }
  const n1 = g.n1 ?? '';
  const low = numberValue(n1);
  const high = g.n2 ? numberValue(g.n2) : low;
  if (low === null || high === null) return null;
  const numStart = at + match[0].indexOf(n1);
  const isWordOnly = !/\d/.test(n1) && !/hundred|thousand|million/i.test(n1);
  const share = Boolean(g.p1 || g.p2);
  const unit = unitFromContext(text, start, end, share);
  // A bare small number word ("one of the lawmakers") is a figure only before a unit noun.
  if (isWordOnly && (unit === null || g.sep)) return null;
  if (!g.n2 && !share && (isYear(n1, low) || isDatePart(text, numStart, end))) return null;
  if (g.n2 && g.sep?.toLowerCase() === 'and' && !g.between) {
    // "300 killed and 2,700 wounded" is two figures; "300 and 2,700" alone is not a range.
    return { low, high: low, qualifier, unit, start, end: numStart + n1.length };
  }
  if (g.n2) qualifier = g.between ? 'between' : g.sep === 'to' && !qualifier ? 'to' : qualifier;
  if (low > high) return null;
  // Include the unit noun in the figure's words when it follows at once.
  const noun = /^\s+(casualties|troops|soldiers|personnel|months)\b/i.exec(text.slice(end));
  if (noun) end += noun[0].length;
  return { low, high, qualifier, unit, start, end };
}
