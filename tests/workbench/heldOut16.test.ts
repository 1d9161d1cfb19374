/**
 * The sixteenth held-out set of issue 22, to be scored once, with the same scoring as the
 * earlier sets (heldOutScore.ts).
 * It is a measurement, not a gate: the score and the misses are logged, and the test fails
 * only if a row went unscored, so it cannot pass on an empty or skipped set.
 * Its articles all come from outlets based in Asia, Africa, the Middle East or Oceania; the
 * repeat check holds it against every set before it and the phrase table.
 */
import { HELD_OUT_16 } from './heldOut16';
import { rowsBefore } from './heldOutSets';
import { describeHeldOutSet } from './heldOutSet';

describeHeldOutSet({
  name: 'sixteenth',
  rows: HELD_OUT_16,
  earlier: rowsBefore(16),
  min: { articles: 16, figures: 35, noFigureRows: 20 },
  noRepeats: true,
});
