/**
 * The twenty-ninth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-eighth set was written at the same time; the repeat check holds this set against
 * every set before it in heldOutSets.ts.
 */
import { HELD_OUT_29 } from './heldOut29';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-ninth',
  rows: HELD_OUT_29,
  earlier: rowsBefore(29),
  min: { articles: 17, figures: 46, noFigureRows: 37 },
  noRepeats: true,
});
