/**
 * The nineteenth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The eighteenth set was written at the same time; the repeat check holds this set against it
 * as against every set before.
 */
import { HELD_OUT_19 } from './heldOut19';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'nineteenth',
  rows: HELD_OUT_19,
  earlier: rowsBefore(19),
  min: { articles: 15, figures: 31, noFigureRows: 31 },
  noRepeats: true,
});
