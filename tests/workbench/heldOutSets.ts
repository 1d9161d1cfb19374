/**
 * Every held-out set in the order it was written (index 0 is the first set), so that a set's
 * test can name "every set before it" once instead of listing them.
 */
import { DEV_SET } from './devSet';
import type { HeldOutRow } from './heldOut';
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
import { HELD_OUT_14 } from './heldOut14';
import { HELD_OUT_15 } from './heldOut15';
import { HELD_OUT_16 } from './heldOut16';
import { HELD_OUT_17 } from './heldOut17';
import { HELD_OUT_18 } from './heldOut18';
import { HELD_OUT_19 } from './heldOut19';
import { HELD_OUT_20 } from './heldOut20';
import { HELD_OUT_21 } from './heldOut21';
import { HELD_OUT_22 } from './heldOut22';
import { HELD_OUT_23 } from './heldOut23';
import { HELD_OUT_24 } from './heldOut24';
import { HELD_OUT_25 } from './heldOut25';
import { HELD_OUT_26 } from './heldOut26';
import { HELD_OUT_27 } from './heldOut27';
import { HELD_OUT_28 } from './heldOut28';
import { HELD_OUT_29 } from './heldOut29';

export const HELD_OUT_SETS: readonly (readonly HeldOutRow[])[] = [
  HELD_OUT,
  HELD_OUT_2,
  HELD_OUT_3,
  HELD_OUT_4,
  HELD_OUT_5,
  HELD_OUT_6,
  HELD_OUT_7,
  HELD_OUT_8,
  HELD_OUT_9,
  HELD_OUT_10,
  HELD_OUT_11,
  HELD_OUT_12,
  HELD_OUT_13,
  HELD_OUT_14,
  HELD_OUT_15,
  HELD_OUT_16,
  HELD_OUT_17,
  HELD_OUT_18,
  HELD_OUT_19,
  HELD_OUT_20,
  HELD_OUT_21,
  HELD_OUT_22,
  HELD_OUT_23,
  HELD_OUT_24,
  HELD_OUT_25,
  HELD_OUT_26,
  HELD_OUT_27,
  HELD_OUT_28,
  HELD_OUT_29,
];

/**
 * The rows of every set written before set `n` (1-based), and the development set: the
 * articles set `n` may not use again.
 */
export function rowsBefore(n: number): HeldOutRow[] {
  return [...HELD_OUT_SETS.slice(0, n - 1).flat(), ...DEV_SET];
}
