/**
 * The twentieth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-first set was written at the same time; whichever is merged second is held against
 * the other by the repeat check, as against every set before.
 */
import { HELD_OUT_20 } from './heldOut20';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twentieth',
  rows: HELD_OUT_20,
  earlier: rowsBefore(20),
  min: { articles: 14, figures: 48, noFigureRows: 23 },
  noRepeats: true,
});
