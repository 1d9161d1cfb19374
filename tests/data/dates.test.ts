import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateRefProblems,
  dateRefToIso,
  daysBetween,
  isIsoDate,
} from '../../src/data/dates';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2025-02-27')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2024-12-01', '2025-02-27')).toBe(88);
    expect(addDays('2024-12-01', 9)).toBe('2024-12-10');
  });

  it('checks precision rules', () => {
    const ref = (
      start: string | null,
      end: string,
      precision: 'day' | 'week' | 'month' | 'period' | 'before',
    ) => dateRefProblems({ start, end, precision, asPrinted: 'x' });
    expect(ref('2025-01-01', '2025-01-31', 'month')).toEqual([]);
    expect(ref('2025-01-01', '2025-01-30', 'month')).not.toEqual([]);
    expect(ref('2025-02-01', '2025-02-07', 'week')).toEqual([]);
    expect(ref('2025-02-01', '2025-02-02', 'day')).not.toEqual([]);
    expect(ref(null, '2025-02-27', 'before')).toEqual([]);
    expect(ref('2025-02-01', '2025-02-27', 'before')).not.toEqual([]);
    expect(ref('2025-02-27', '2025-02-01', 'period')).not.toEqual([]);
  });

  it('writes DateRefs as ISO 8601', () => {
    const iso = (
      start: string | null,
      end: string,
      precision: 'day' | 'month' | 'period' | 'before',
    ) => dateRefToIso({ start, end, precision, asPrinted: '' });
    expect(iso('2025-02-27', '2025-02-27', 'day')).toBe('2025-02-27');
    expect(iso('2025-01-01', '2025-01-31', 'month')).toBe('2025-01');
    expect(iso('2025-01-01', '2025-02-27', 'period')).toBe('2025-01-01/2025-02-27');
    expect(iso(null, '2025-02-27', 'before')).toBe('../2025-02-27');
  });
});
