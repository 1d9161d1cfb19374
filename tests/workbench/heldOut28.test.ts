/**
 * The twenty-eighth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-ninth set was written at the same time; the repeat check holds this set against
 * every set before it.
 */
import { HELD_OUT_28 } from './heldOut28';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-eighth',
  rows: HELD_OUT_28,
  earlier: rowsBefore(28),
  min: { articles: 15, figures: 47, noFigureRows: 29 },
  noRepeats: true,
});
