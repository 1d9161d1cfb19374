import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/workbench/parse/dates';
import { dateRefSchema } from '../../src/data/schema';
import { DATE_PHRASES, SEED } from './datePhrases';

const refs = (text: string, published = SEED) => findDates(text, published).map((d) => d.ref);

describe('findDates', () => {
  it.each(DATE_PHRASES)('%s (published %s)', (text, published, expected) => {
    expect(refs(text, published)).toEqual([expected]);
    expect(dateRefSchema.safeParse(expected).success).toBe(true);
  });

  it('leaves out dates after publication and the modal "may"', () => {
    expect(refs('may be killed by mid-April 2025', '2025-01-17')).toEqual([]);
    // "by December" in October is a projection, not last December.
    expect(refs('expected to reach 10,000 by December', '2024-10-23')).toEqual([]);
  });

  it('finds several dates in text order with their offsets', () => {
    const text = 'The NIS said on Thursday that troops went back in the first week of February.';
    const found = findDates(text, SEED);
    expect(found.map((d) => d.lead)).toEqual(['on', 'in']);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual([
      'on Thursday',
      'in the first week of February',
    ]);
  });
});
