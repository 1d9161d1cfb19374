/**
 * The fifteenth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The fourteenth set was written at the same time, from articles of an earlier period; the
 * repeat check holds this set against it as against every set before.
 */
import { HELD_OUT_15 } from './heldOut15';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'fifteenth',
  rows: HELD_OUT_15,
  earlier: rowsBefore(15),
  min: { articles: 15, figures: 49, noFigureRows: 21 },
  noRepeats: true,
});
