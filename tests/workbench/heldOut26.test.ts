/**
 * The twenty-sixth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-seventh set was written at the same time by another writer; the repeat check holds
 * this set against every set before it.
 */
import { HELD_OUT_26 } from './heldOut26';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-sixth',
  rows: HELD_OUT_26,
  earlier: rowsBefore(26),
  min: { articles: 15, figures: 40, noFigureRows: 21 },
  noRepeats: true,
});
