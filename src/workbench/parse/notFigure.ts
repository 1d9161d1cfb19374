/**
 * Numbers that are no figure (figures.ts): days of dates, years, ages, day counts, times of day
 * and clock times, designations ("MiG-29", "Unit 1234"), names in quote marks, identifiers, phone
 * numbers and numbers to call, broadcasters' numbers, shares of a time, scales of likelihood.
 */
import { lossRightAfter } from './nouns';
import { lastWord, type Raw } from './printed';

/** A month's name as a word of a date; quote marks around it too ("on 9 January”"; twenty-first round). */
const MONTH =
  /^[("“‘'«]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[)"”’'»]?[,.]?[)"”’'»]?$|^(?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)$/iu;
/** "aged 20 and", "aged 19, 22 and": the number after is one more age of the list. */
const AGE_LIST_BEFORE =
  /(?<![\p{L}])(?:aged?|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or|to|&)\s*$/iu;
/** A time zone or "local time" after a number: a clock time. */
const CLOCK_AFTER =
  /^\s+(?:local\s+time|GMT|UTC|CET|EET|KST|(?:Moscow|Kyiv|Kiev|Pyongyang|Seoul)\s+time)(?![\p{L}])/u;

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
export function notAFigure(text: string, raw: Raw): boolean {
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
