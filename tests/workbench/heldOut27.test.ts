/**
 * The twenty-seventh held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The twenty-sixth set was written at the same time; the repeat check holds this set against it
 * as against every set before.
 */
import { HELD_OUT_27 } from './heldOut27';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'twenty-seventh',
  rows: HELD_OUT_27,
  earlier: rowsBefore(27),
  min: { articles: 16, figures: 46, noFigureRows: 21 },
  noRepeats: true,
});
