/**
 * The thirteenth held-out set of issue 22, to be scored once, with the same scoring as the first
 * twelve (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 */
import { DEV_SET } from './devSet';
import { HELD_OUT } from './heldOut';
import { HELD_OUT_2 } from './heldOut2';
import { HELD_OUT_3 } from './heldOut3';
import { HELD_OUT_4 } from './heldOut4';
import { HELD_OUT_5 } from './heldOut5';
import { HELD_OUT_6 } from './heldOut6';
import { HELD_OUT_7 } from './heldOut7';
import { HELD_OUT_8 } from './heldOut8';
import { HELD_OUT_9 } from './heldOut9';
import { HELD_OUT_10 } from './heldOut10';
import { HELD_OUT_11 } from './heldOut11';
import { HELD_OUT_12 } from './heldOut12';
import { HELD_OUT_13 } from './heldOut13';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'thirteenth',
  rows: HELD_OUT_13,
  earlier: [
    ...HELD_OUT,
    ...HELD_OUT_2,
    ...HELD_OUT_3,
    ...HELD_OUT_4,
    ...HELD_OUT_5,
    ...HELD_OUT_6,
    ...HELD_OUT_7,
    ...HELD_OUT_8,
    ...HELD_OUT_9,
    ...HELD_OUT_10,
    ...HELD_OUT_11,
    ...HELD_OUT_12,
    ...DEV_SET,
  ],
  min: { articles: 12, figures: 50, noFigureRows: 22 },
  noRepeats: true,
});
