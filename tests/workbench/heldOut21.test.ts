/**
 * The twenty-first held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twentieth set was written at the same time, from other articles, and comes before this
 * one in heldOutSets.ts once both are merged: rowsBefore(21) then holds the twenty sets before
 * this one, which the article and repeat checks hold it against.
 */
import { HELD_OUT_21 } from './heldOut21';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-first',
  rows: HELD_OUT_21,
  earlier: rowsBefore(21),
  min: { articles: 14, figures: 41, noFigureRows: 25 },
  noRepeats: true,
});
