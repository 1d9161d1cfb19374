/**
 * The thirteenth held-out set of issue 22, to be scored once, with the same scoring as the first
 * twelve (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 */
import { HELD_OUT_13 } from './heldOut13';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'thirteenth',
  rows: HELD_OUT_13,
  earlier: rowsBefore(13),
  min: { articles: 12, figures: 50, noFigureRows: 22 },
  noRepeats: true,
});
