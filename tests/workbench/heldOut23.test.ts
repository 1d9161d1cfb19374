/**
 * The twenty-third held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-second set was written at the same time by another writer; the repeat check holds
 * this set against every set before it in the list.
 */
import { HELD_OUT_23 } from './heldOut23';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-third',
  rows: HELD_OUT_23,
  earlier: rowsBefore(23),
  min: { articles: 14, figures: 35, noFigureRows: 20 },
  noRepeats: true,
});
