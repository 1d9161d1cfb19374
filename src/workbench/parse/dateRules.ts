/**
 * Date rules by day and relative words: "on the 23rd", "between the 8th and 13th", "last
 * week", "yesterday", "in 2024", and Arabic ("أمس", "في أبريل الماضي"). Used by dates.ts after
 * its month rules; the shared day arithmetic lives here.
 */
import type { z } from 'zod';
import type { dateRefSchema } from '../../data/schema';

type DateRef = z.infer<typeof dateRefSchema>;

/** A date rule: a pattern and how a match resolves against the published date. */
export interface Rule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, published: string) => Omit<DateRef, 'asPrinted'> | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The latest month (year, month) in which day `d` is not after the published date. */
function monthFor(published: string, d: number): [number, number] {
  let y = Number(published.slice(0, 4));
  let m = Number(published.slice(5, 7));
  if (iso(y, m, d) > published) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return [y, m];
}

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
const AR_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const AR = String.raw`(?<![\p{L}\p{M}])`;
const AR_END = String.raw`(?![\p{L}\p{M}])`;

export const DAY_RULES: Rule[] = [
  {
    // "between the 8th and 13th": days of the latest month that has them both.
    pattern: new RegExp(
      String.raw`\bbetween\s+the\s+${ORDINAL}\s+and\s+(?:the\s+)?${ORDINAL}`,
      'gi',
    ),
    resolve: (m, published) => {
      const [d1, d2] = [Number(m[1]), Number(m[2])];
      const [y, mo] = monthFor(published, d2);
      if (d1 > d2 || d2 > lastDay(y, mo)) return null;
      return { start: iso(y, mo, d1), end: iso(y, mo, d2), precision: 'period' };
    },
  },
  {
    // "On the 23rd": that day of the published month, or of the month before.
    pattern: new RegExp(String.raw`\b(?:on\s+)?the\s+${ORDINAL}\b`, 'gi'),
    resolve: (m, published) => {
      const day = Number(m[1]);
      const [y, mo] = monthFor(published, day);
      if (day < 1 || day > lastDay(y, mo)) return null;
      return { start: iso(y, mo, day), end: iso(y, mo, day), precision: 'day' };
    },
  },
  {
    // "last week" (Monday to Sunday), "early last week" (Mon–Wed), "late last week" (Thu–Sun).
    pattern: /\b(?:(early|late)\s+)?last\s+week\b/gi,
    resolve: (m, published) => {
      const weekday = (new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
      const monday = addDays(published, -weekday - 7);
      const part = m[1]?.toLowerCase();
      if (!part) return { start: monday, end: addDays(monday, 6), precision: 'week' };
      const [from, to] = part === 'early' ? [0, 2] : [3, 6];
      return { start: addDays(monday, from), end: addDays(monday, to), precision: 'period' };
    },
  },
  {
    // "yesterday", "أمس"
    pattern: new RegExp(String.raw`\byesterday\b|${AR}(?:أمس|الأمس)${AR_END}`, 'giu'),
    resolve: (_m, published) => {
      const day = addDays(published, -1);
      return { start: day, end: day, precision: 'day' };
    },
  },
  {
    // "in 2024": the year, up to the published date.
    pattern: /\bin\s+((?:19|20)\d\d)\b(?![,.]?\d)/gi,
    resolve: (m, published) => {
      const year = Number(m[1]);
      const end = iso(year, 12, 31) < published ? iso(year, 12, 31) : published;
      return { start: iso(year, 1, 1), end, precision: 'period' };
    },
  },
  {
    // "في أبريل الماضي" (last April), "في أبريل 2025", "أبريل": the latest such month.
    pattern: new RegExp(
      String.raw`${AR}(?:في\s+)?(${AR_MONTHS.join('|')})(?:\s+(الماضي|\d{4}))?${AR_END}`,
      'gu',
    ),
    resolve: (m, published) => {
      const month = AR_MONTHS.indexOf(m[1] ?? '') + 1;
      const given = /^\d{4}$/.test(m[2] ?? '') ? Number(m[2]) : null;
      const thisYear = Number(published.slice(0, 4));
      const year = given ?? (iso(thisYear, month, 1) <= published ? thisYear : thisYear - 1);
      return {
        start: iso(year, month, 1),
        end: iso(year, month, lastDay(year, month)),
        precision: 'month',
      };
    },
  },
];
