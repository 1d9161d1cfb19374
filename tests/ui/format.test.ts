import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatIsoDate,
  formatNumber,
  formatQualified,
  formatRange,
  formatShortMonth,
} from '../../src/ui/format';

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

describe('formatNumber', () => {
  it('writes integers below a thousand as Intl does, and the rest through Intl', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    for (let n = -1500; n <= 1500; n += 1) expect(formatNumber(n)).toBe(intl.format(n));
    expect(formatNumber(-0)).toBe(intl.format(-0));
    expect(formatNumber(12000)).toBe('12,000');
    expect(formatNumber(92.5)).toBe('92.5');
  });
});

describe('the first map needs no Intl formatter (issue 24)', () => {
  const { NumberFormat, DateTimeFormat } = Intl;
  afterEach(() => {
    Intl.NumberFormat = NumberFormat;
    Intl.DateTimeFormat = DateTimeFormat;
    vi.resetModules();
  });

  it('makes no formatter when loaded, none for a small integer or a date it was given, one on first use', async () => {
    // Counts the formatters made (the first loads the locale's data: ~10 ms in Chromium).
    const made = { number: 0, date: 0 };
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made.number += 1;
      }
    } as typeof NumberFormat;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        made.date += 1;
      }
    } as typeof DateTimeFormat;
    vi.resetModules();
    const format = await import('../../src/ui/format');
    expect(made).toEqual({ number: 0, date: 0 });
    // What the first map writes: the frame's date (taken from the page) and day counts.
    format.rememberDateText('2025-10-24', '24 Oct 2025');
    expect(format.formatIsoDate('2025-10-24')).toBe('24 Oct 2025');
    expect(format.formatNumber(90)).toBe('90');
    expect(made).toEqual({ number: 0, date: 0 });
    // Only a date in the pattern is taken.
    format.rememberDateText('24 Oct', 'x');
    expect(format.formatIsoDate('24 Oct')).toBe('24 Oct');
    expect(format.formatNumber(12000)).toBe('12,000');
    expect(format.formatNumber(13000)).toBe('13,000');
    expect(format.formatIsoDate('2025-02-27')).toBe('27 Feb 2025');
    expect(format.formatIsoDate('2025-02-28')).toBe('28 Feb 2025');
    expect(made).toEqual({ number: 1, date: 1 });
  });
});
