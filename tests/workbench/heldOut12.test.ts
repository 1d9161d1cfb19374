/**
 * The twelfth held-out set of issue 22, to be scored once, with the same scoring as the first
 * eleven (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 */
import { HELD_OUT_12 } from './heldOut12';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twelfth',
  rows: HELD_OUT_12,
  earlier: rowsBefore(12),
  min: { articles: 13, figures: 45, noFigureRows: 25 },
  noRepeats: true,
});
