/**
 * The eleventh held-out set of issue 22, to be scored once, with the same scoring as the first
 * ten (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 */
import { HELD_OUT_11 } from './heldOut11';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'eleventh',
  rows: HELD_OUT_11,
  earlier: rowsBefore(11),
  min: { articles: 14, figures: 49, noFigureRows: 23 },
});
