/**
 * The twenty-second held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-third set was written at the same time from other articles; the repeat check holds
 * this set against every set before it.
 */
import { HELD_OUT_22 } from './heldOut22';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-second',
  rows: HELD_OUT_22,
  earlier: rowsBefore(22),
  min: { articles: 14, figures: 42, noFigureRows: 18 },
  noRepeats: true,
});
