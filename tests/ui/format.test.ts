import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatQualified, formatRange, formatShortMonth } from '../../src/ui/format';

describe('formatRange', () => {
  it.each([
    [12000, 12000, 'troops', '12,000'],
    [20000, 25000, 'troops', '20,000–25,000'],
    [92, 92, 'casualties/day', '92 a day'],
    [50, 50, '%', '50%'],
    [3, 3, 'months', '3 months'],
    [1, 1, 'months', '1 month'],
  ])('%d–%d %s → %s', (low, high, unit, text) => {
    expect(formatRange(low, high, unit)).toBe(text);
  });
});

describe('formatQualified', () => {
  it('puts the qualifier as printed before the value', () => {
    expect(
      formatQualified({ low: 12000, high: 12000, unit: 'troops', qualifier: 'as many as' }),
    ).toBe('as many as 12,000');
    expect(formatQualified({ low: 20000, high: 25000, unit: 'troops', qualifier: 'to' })).toBe(
      '20,000–25,000',
    );
    expect(formatQualified(null)).toBe('no figure given');
  });

  it('puts words that are the amount first and the range read from them in brackets', () => {
    expect(formatQualified({ low: 2000, high: 9000, unit: 'troops', qualifier: 'thousands' })).toBe(
      'thousands (2,000–9,000)',
    );
    expect(
      formatQualified({ low: 200, high: 300, unit: 'people', qualifier: 'a couple hundred' }),
    ).toBe('a couple hundred (200–300)');
  });
});

describe('formatIsoDate', () => {
  it('formats days and months in UTC and returns anything else unchanged', () => {
    expect(formatIsoDate('2025-02-27')).toBe('27 Feb 2025');
    expect(formatIsoDate('2025-01')).toBe('January 2025');
    expect(formatIsoDate('<b>x</b>')).toBe('<b>x</b>');
  });
});

describe('formatShortMonth', () => {
  it('gives the short month of a day or a month, as the map labels print it', () => {
    expect(formatShortMonth('2025-09-02')).toBe('Sep 2025');
    expect(formatShortMonth('2025-06')).toBe('Jun 2025');
    expect(formatShortMonth('2024-05-31')).toBe('May 2024');
  });
});
