/**
 * The eighteenth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The nineteenth set was written at the same time, from other articles; the repeat check holds
 * this set against every set listed before it in heldOutSets.ts.
 */
import { HELD_OUT_18 } from './heldOut18';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'eighteenth',
  rows: HELD_OUT_18,
  earlier: rowsBefore(18),
  min: { articles: 15, figures: 49, noFigureRows: 29 },
  noRepeats: true,
});
