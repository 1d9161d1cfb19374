/**
 * The two checks every held-out set from the third on makes (issue 22): its articles are its
 * own (none of an earlier set's, each with its address), and it is scored in full with the
 * score and misses logged. A measurement, not a gate: it fails only if a row went unscored or
 * the set is smaller than it says, so it cannot pass on an empty or skipped set.
 */
import { describe, expect, it } from 'vitest';
import type { HeldOutRow } from './heldOut';
import { describeScore, score } from './heldOutScore';
import { PHRASES } from './phrases';

export interface HeldOutSetCheck {
  /** e.g. 'third' */
  name: string;
  rows: readonly HeldOutRow[];
  /** Every set written before it (their articles may not be used again). */
  earlier: readonly HeldOutRow[];
  /** At least this many articles, figures and rows without a figure. */
  min: { articles: number; figures: number; noFigureRows: number };
  /**
   * Check that no selection repeats an earlier set's or a phrase-table row's words (a wire
   * sentence reprinted by another outlet). From the twelfth set on; the earlier sets were
   * scored before the check existed (docs/workbench.md lists what it finds in them).
   */
  noRepeats?: boolean;
}

/** Shorter selections are common phrases ("captured two North Korean soldiers"), not reprints. */
const REPEAT_CHARS = 60;

/** A selection's words, for comparing selections: lower case, letters and digits only. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function describeHeldOutSet({
  name,
  rows,
  earlier,
  min,
  noRepeats = false,
}: HeldOutSetCheck): void {
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

    if (noRepeats)
      it('repeats no selection of an earlier set or of the phrase table (a wire sentence reprinted)', () => {
        const seen = [...earlier.map((row) => row.text), ...PHRASES.map((row) => row.text)]
          .map(words)
          .filter((old) => old.length >= REPEAT_CHARS);
        const repeats = rows
          .map((row) => row.text)
          .filter((text) => {
            const own = words(text);
            return (
              own.length >= REPEAT_CHARS &&
              seen.some((old) => old.includes(own) || own.includes(old))
            );
          });
        expect(repeats).toEqual([]);
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
