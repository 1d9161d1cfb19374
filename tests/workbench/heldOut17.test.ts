/**
 * The seventeenth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The sixteenth set was written at the same time, from articles of outlets elsewhere; the
 * repeat check holds this set against every set listed before it in heldOutSets.ts.
 */
import { HELD_OUT_17 } from './heldOut17';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'seventeenth',
  rows: HELD_OUT_17,
  earlier: rowsBefore(17),
  // 43 figures as written; four distances aligned to no figure in the twentieth round.
  min: { articles: 16, figures: 39, noFigureRows: 24 },
  noRepeats: true,
});
