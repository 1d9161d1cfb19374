/**
 * The eighth held-out set of issue 22, to be scored once, with the same scoring as the first
 * seven (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 */
import { describe, expect, it } from 'vitest';
import { DEV_SET } from './devSet';
import { HELD_OUT } from './heldOut';
import { HELD_OUT_2 } from './heldOut2';
import { HELD_OUT_3 } from './heldOut3';
import { HELD_OUT_4 } from './heldOut4';
import { HELD_OUT_5 } from './heldOut5';
import { HELD_OUT_6 } from './heldOut6';
import { HELD_OUT_7 } from './heldOut7';
import { HELD_OUT_8 } from './heldOut8';
import { describeScore, score } from './heldOutScore';

describe('eighth held-out set', () => {
  it('comes from articles of its own, not those of the earlier sets, each with its address', () => {
    const earlier = new Set(
      [
        ...HELD_OUT,
        ...HELD_OUT_2,
        ...HELD_OUT_3,
        ...HELD_OUT_4,
        ...HELD_OUT_5,
        ...HELD_OUT_6,
        ...HELD_OUT_7,
        ...DEV_SET,
      ].map((row) => row.url),
    );
    const urls = new Set(HELD_OUT_8.map((row) => row.url));
    expect(urls.size).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url).toMatch(/^https?:\/\//);
      expect(earlier.has(url)).toBe(false);
    }
  });

  it('is scored in full, and the score is logged', () => {
    const s = score(HELD_OUT_8);
    console.log(describeScore('eighth held out', s));
    expect(s.figures).toBeGreaterThanOrEqual(40);
    expect(s.rows).toBe(HELD_OUT_8.length);
    expect(HELD_OUT_8.filter((row) => row.figures.length === 0).length).toBeGreaterThanOrEqual(8);
  });
});
