/** The time a figure is about (src/view/aboutDate.ts): which date reference, and its words. */
import { describe, expect, it } from 'vitest';
import type { DateRef } from '../../src/data/dates';
import { aboutRef, formatAbout, formatShortAbout } from '../../src/view/aboutDate';

const ref = (start: string | null, end: string, precision: DateRef['precision']): DateRef => ({
  start,
  end,
  precision,
  asPrinted: 'fixture',
});

describe('aboutRef', () => {
  const reported = ref('2025-09-02', '2025-09-02', 'day');

  it('takes a refersTo that ends before the report, else the report', () => {
    const in2024 = ref('2024-01-01', '2024-12-31', 'period');
    expect(aboutRef({ refersTo: in2024, reportedOn: reported })).toBe(in2024);
    // "before" the report's own date says nothing older than the report.
    const before = ref(null, '2025-09-02', 'before');
    expect(aboutRef({ refersTo: before, reportedOn: reported })).toBe(reported);
    // A refersTo after the report (a forecast, a period still running) is not the figure's date.
    const later = ref('2025-09-01', '2025-09-30', 'month');
    expect(aboutRef({ refersTo: later, reportedOn: reported })).toBe(reported);
  });
});

describe('formatAbout and formatShortAbout', () => {
  it('says a year, a month, a span and a "before" date in few words', () => {
    const cases: [DateRef, string, string][] = [
      [ref('2024-01-01', '2024-12-31', 'period'), 'in 2024', '2024'],
      [ref('2024-12-01', '2024-12-31', 'month'), 'in December 2024', 'Dec 2024'],
      [ref('2024-02-01', '2024-02-29', 'period'), 'in February 2024', 'Feb 2024'],
      [ref('2025-01-11', '2025-01-20', 'period'), '11–20 Jan 2025', 'Jan 2025'],
      [ref('2024-12-28', '2025-01-03', 'week'), '28 Dec 2024 – 3 Jan 2025', 'Jan 2025'],
      [ref(null, '2025-04-30', 'before'), 'before 30 Apr 2025', 'Apr 2025'],
      [ref('2025-01-16', '2025-01-16', 'day'), '16 Jan 2025', 'Jan 2025'],
      [ref('2024-06-01', '2024-12-31', 'period'), '1 Jun 2024 – 31 Dec 2024', 'Dec 2024'],
    ];
    for (const [date, long, short] of cases) {
      expect(formatAbout(date)).toBe(long);
      expect(formatShortAbout(date)).toBe(short);
    }
  });
});
