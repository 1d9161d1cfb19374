/**
 * The fourteenth held-out set of issue 22, to be scored once, with the same scoring as the first
 * thirteen (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 */
import { HELD_OUT_14 } from './heldOut14';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'fourteenth',
  rows: HELD_OUT_14,
  earlier: rowsBefore(14),
  min: { articles: 16, figures: 40, noFigureRows: 16 },
  noRepeats: true,
});
