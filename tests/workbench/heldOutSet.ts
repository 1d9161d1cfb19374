/**
 * The two checks every held-out set from the third on makes (issue 22): its articles are its
 * own (none of an earlier set's, each with its address), and it is scored in full with the
 * score and misses logged. A measurement, not a gate: it fails only if a row went unscored or
 * the set is smaller than it says, so it cannot pass on an empty or skipped set.
 */
import { describe, expect, it } from 'vitest';
import type { HeldOutRow } from './heldOut';
import { describeScore, score } from './heldOutScore';

export interface HeldOutSetCheck {
  /** e.g. 'third' */
  name: string;
  rows: readonly HeldOutRow[];
  /** Every set written before it (their articles may not be used again). */
  earlier: readonly HeldOutRow[];
  /** At least this many articles, figures and rows without a figure. */
  min: { articles: number; figures: number; noFigureRows: number };
}

export function describeHeldOutSet({ name, rows, earlier, min }: HeldOutSetCheck): void {
  describe(`${name} held-out set`, () => {
    it('comes from articles of its own, not those of the earlier sets, each with its address', () => {
      const used = new Set(earlier.map((row) => row.url));
      const urls = new Set(rows.map((row) => row.url));
      expect(urls.size).toBeGreaterThanOrEqual(min.articles);
      for (const url of urls) {
        expect(url).toMatch(/^https?:\/\//);
        expect(used.has(url)).toBe(false);
      }
    });

    it('is scored in full, and the score is logged', () => {
      const s = score(rows);
      console.log(describeScore(`${name} held out`, s));
      expect(s.figures).toBeGreaterThanOrEqual(min.figures);
      expect(s.rows).toBe(rows.length);
      expect(rows.filter((row) => row.figures.length === 0).length).toBeGreaterThanOrEqual(
        min.noFigureRows,
      );
    });
  });
}
