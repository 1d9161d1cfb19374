/**
 * The fifteenth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * The fourteenth set was written at the same time on another branch, so the sets before this
 * one are named by this set's place in HELD_OUT_SETS (rowsBefore(15) once the fourteenth is
 * listed before it) rather than by a fixed number.
 */
import { HELD_OUT_15 } from './heldOut15';
import { HELD_OUT_SETS, rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'fifteenth',
  rows: HELD_OUT_15,
  earlier: rowsBefore(HELD_OUT_SETS.indexOf(HELD_OUT_15) + 1),
  min: { articles: 15, figures: 49, noFigureRows: 21 },
  noRepeats: true,
});
