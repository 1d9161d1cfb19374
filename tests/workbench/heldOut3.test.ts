/**
 * The third held-out set of issue 22, to be scored once, after the parser change that was under
 * way when it was written, with the same scoring as the first two (heldOutScore.ts). It is a
 * measurement, not a gate: the score and the misses are logged, and the test fails only if a
 * row went unscored, so it cannot pass on an empty or skipped set.
 */
import { HELD_OUT } from './heldOut';
import { HELD_OUT_2 } from './heldOut2';
import { HELD_OUT_3 } from './heldOut3';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'third',
  rows: HELD_OUT_3,
  earlier: [...HELD_OUT, ...HELD_OUT_2],
  min: { articles: 6, figures: 30, noFigureRows: 6 },
});
