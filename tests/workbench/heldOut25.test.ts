/**
 * The twenty-fifth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-fourth set was written at the same time from other sites; the repeat check holds
 * this set against every set before it in the list.
 */
import { HELD_OUT_25 } from './heldOut25';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-fifth',
  rows: HELD_OUT_25,
  earlier: rowsBefore(25),
  min: { articles: 16, figures: 46, noFigureRows: 22 },
  noRepeats: true,
});
