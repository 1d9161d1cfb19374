/**
 * The twenty-fourth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-fifth set was written at the same time from other articles; the repeat check holds
 * this set against every set before it.
 */
import { HELD_OUT_24 } from './heldOut24';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-fourth',
  rows: HELD_OUT_24,
  earlier: rowsBefore(24),
  min: { articles: 16, figures: 42, noFigureRows: 27 },
  noRepeats: true,
});
