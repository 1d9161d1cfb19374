/**
 * Dates in a sentence, resolved against the report's published date, each with its precision
 * in the report format's terms (day, week, month, period, before). A date that would fall
 * after the published date is read as the previous year's ("in December" in a February
 * report); projections into the future ("by mid-April") are left out.
 */
import type { z } from 'zod';
import type { dateRefSchema } from '../../data/schema';
import { DAY_RULES, addDays, iso, lastDay, type Rule } from './dateRules';

/** A date or period as the report format stores it (see geodata/reports/README.md). */
export type DraftDateRef = z.infer<typeof dateRefSchema>;

/** A date found in a text: where, and what it resolves to. */
export interface FoundDate {
  ref: DraftDateRef;
  start: number;
  end: number;
  /** The word that introduced it: 'since', 'between', 'on', 'in', … (lower case). */
  lead: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const PART = String.raw`(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)`;
const SEASON = String.raw`(?:spring|summer|fall|autumn|winter)`;

const monthIndex = (word: string) =>
  MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3).toLowerCase())) + 1;
const minDate = (a: string, b: string) => (a < b ? a : b);

/** The latest year in which month `m` (day `d`) is not after the published date. */
function yearFor(published: string, m: number, d = 1): number {
  const year = Number(published.slice(0, 4));
  return iso(year, m, d) <= published ? year : year - 1;
}

/** Days of a month part: early = 1–10, mid = 11–20, late = 21–end. */
function partDays(part: string, y: number, m: number): [number, number] {
  const p = part.toLowerCase().replace(/\s+/g, ' ');
  if (p === 'early' || p === 'the beginning of') return [1, 10];
  if (p === 'mid') return [11, 20];
  return [21, lastDay(y, m)];
}

const RULES: Rule[] = [
  {
    // "between January and February", "between January and March 2025"
    pattern: new RegExp(
      String.raw`\bbetween\s+(${MONTH})(?:\s+(\d{4}))?\s+and\s+(${MONTH})(?:\s+(\d{4}))?`,
      'gi',
    ),
    resolve: (m, published) => {
      const m1 = monthIndex(m[1] ?? '');
      const m2 = monthIndex(m[3] ?? '');
      const y2 = m[4] ? Number(m[4]) : yearFor(published, m2);
      const y1 = m[2] ? Number(m[2]) : m1 <= m2 ? y2 : y2 - 1;
      const end = minDate(iso(y2, m2, lastDay(y2, m2)), published);
      return { start: iso(y1, m1, 1), end, precision: 'period' };
    },
  },
  {
    // "in the first week of February"
    pattern: new RegExp(
      String.raw`\b(?:in\s+)?the\s+(first|second|third|fourth|last)\s+week\s+of\s+(${MONTH})(?:\s+(\d{4}))?`,
      'gi',
    ),
    resolve: (m, published) => {
      const month = monthIndex(m[2] ?? '');
      const year = m[3] ? Number(m[3]) : yearFor(published, month);
      const nth = ['first', 'second', 'third', 'fourth'].indexOf((m[1] ?? '').toLowerCase());
      const startDay = nth >= 0 ? 1 + nth * 7 : lastDay(year, month) - 6;
      const start = iso(year, month, startDay);
      return { start, end: addDays(start, 6), precision: 'week' };
    },
  },
  {
    // "since early December 2024", "since January", "as of mid-January 2025"
    pattern: new RegExp(
      String.raw`\b(since|as\s+of|from)\s+(?:(${PART})[\s-]+)?(${MONTH})(?:\s+(\d{4}))?`,
      'gi',
    ),
    resolve: (m, published) => {
      const month = monthIndex(m[3] ?? '');
      const year = m[4] ? Number(m[4]) : yearFor(published, month);
      const [d1, d2] = m[2] ? partDays(m[2], year, month) : [1, lastDay(year, month)];
      if (/^as/i.test(m[1] ?? '')) {
        return {
          start: iso(year, month, d1),
          end: minDate(iso(year, month, d2), published),
          precision: 'period',
        };
      }
      return { start: iso(year, month, d1), end: published, precision: 'period' };
    },
  },
  {
    // "last fall", "last year", "last month"
    pattern: new RegExp(String.raw`\blast\s+(${SEASON}|year|month)\b`, 'gi'),
    resolve: (m, published) => {
      const what = (m[1] ?? '').toLowerCase();
      const year = Number(published.slice(0, 4));
      const month = Number(published.slice(5, 7));
      if (what === 'year')
        return { start: iso(year - 1, 1, 1), end: iso(year - 1, 12, 31), precision: 'period' };
      if (what === 'month') {
        const [y, mo] = month === 1 ? [year - 1, 12] : [year, month - 1];
        return { start: iso(y, mo, 1), end: iso(y, mo, lastDay(y, mo)), precision: 'month' };
      }
      // Meteorological seasons of the northern hemisphere; "last" = the latest one that ended.
      const first = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 }[what] ?? 3;
      let y = year;
      const endOf = (sy: number) =>
        first === 12
          ? iso(sy + 1, 2, lastDay(sy + 1, 2))
          : iso(sy, first + 2, lastDay(sy, first + 2));
      while (endOf(y) >= published) y--;
      return { start: iso(y, first, 1), end: endOf(y), precision: 'period' };
    },
  },
  {
    // "on 13 January", "on 5 November 2024", "on August 6, 2024", "Saturday, April 26"
    pattern: new RegExp(
      String.raw`\b(?:on\s+)?(?:(?:${WEEKDAYS.join('|')}),?\s+)?(?:(\d{1,2})\s+(${MONTH})|(${MONTH})\s+(\d{1,2})(?!\d))(?:,?\s+(\d{4}))?`,
      'gi',
    ),
    resolve: (m, published) => {
      const day = Number(m[1] ?? m[4]);
      const month = monthIndex(m[2] ?? m[3] ?? '');
      const year = m[5] ? Number(m[5]) : yearFor(published, month, day);
      if (day < 1 || day > lastDay(year, month)) return null;
      const date = iso(year, month, day);
      return { start: date, end: date, precision: 'day' };
    },
  },
  {
    // "in January", "in August 2024", "in early February", "mid-January"
    pattern: new RegExp(
      String.raw`\b(?:in\s+)?(?:(${PART})[\s-]+)?(${MONTH})(?:\s+(\d{4}))?\b`,
      'gi',
    ),
    resolve: (m, published) => {
      const month = monthIndex(m[2] ?? '');
      const year = m[3] ? Number(m[3]) : yearFor(published, month);
      if (m[2]?.toLowerCase() === 'may' && !/^in\b/i.test(m[0]) && !m[1] && !m[3]) return null;
      if (m[1]) {
        const [d1, d2] = partDays(m[1], year, month);
        return { start: iso(year, month, d1), end: iso(year, month, d2), precision: 'period' };
      }
      return {
        start: iso(year, month, 1),
        end: iso(year, month, lastDay(year, month)),
        precision: 'month',
      };
    },
  },
  {
    // "on Thursday", "told lawmakers Wednesday": the latest such day on or before publication.
    pattern: new RegExp(String.raw`\b(?:on\s+)?(${WEEKDAYS.join('|')})\b`, 'gi'),
    resolve: (m, published) => {
      const want = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
      const have = new Date(`${published}T00:00:00Z`).getUTCDay();
      const date = addDays(published, -((have - want + 7) % 7));
      return { start: date, end: date, precision: 'day' };
    },
  },
  {
    // "said earlier", "previously": some time before the report.
    pattern: /\b(earlier|previously)\b/gi,
    resolve: (_m, published) => ({ start: null, end: published, precision: 'before' }),
  },
  ...DAY_RULES,
];

/**
 * Every date a sentence gives, resolved against the published date, in text order. Where two
 * rules match overlapping words, the one that matched first in RULES wins (the more specific).
 * @param text - a sentence
 * @param published - the report's published date, YYYY-MM-DD
 * @returns the dates found, none after `published`
 * @example findDates('said on Thursday', '2025-02-27')[0].ref // {start:'2025-02-27', end:'2025-02-27', precision:'day', asPrinted:'on Thursday'}
 */
export function findDates(text: string, published: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      if (/\bby\s+$/i.test(text.slice(0, start))) continue; // "by December": a projection
      const resolved = rule.resolve(m as RegExpExecArray, published);
      if (!resolved || resolved.end > published) continue;
      if (resolved.start !== null && resolved.start > resolved.end) continue;
      taken.push([start, end]);
      const lead = (/^[a-z]+/i.exec(m[0])?.[0] ?? '').toLowerCase();
      found.push({ ref: { ...resolved, asPrinted: m[0] }, start, end, lead });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The DateRef for "not dated in the text": some time up to the published date.
 * @param published - the report's published date
 * @param asPrinted - what to record as printed
 */
export function undated(published: string, asPrinted = 'date not given'): DraftDateRef {
  return { start: null, end: published, precision: 'before', asPrinted };
}
