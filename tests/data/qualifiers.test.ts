import { describe, expect, it } from 'vitest';
import { APPROXIMATORS, OPEN_ABOVE, OPEN_BELOW, openEnd } from '../../src/data/qualifiers';

describe('the approximator list', () => {
  it.each([
    ['more than', 'above'],
    ['In excess of', 'above'],
    ['exceeding', 'above'],
    ['أكثر من', 'above'],
    ['على الأقل', 'above'],
    ['up to', 'below'],
    ['fewer than', 'below'],
    ['as many as', 'below'],
    ['about', null],
    ['closer to', null],
    ['نحو', null],
    ['', null],
  ])('%s leaves the value open %s', (qualifier, end) => expect(openEnd(qualifier)).toBe(end));

  it('names each qualifier once, in lower case, and no qualifier is open both ways', () => {
    const words = APPROXIMATORS.map((a) => a.words);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase().trim());
    for (const w of OPEN_ABOVE) expect(OPEN_BELOW.has(w)).toBe(false);
  });
});
