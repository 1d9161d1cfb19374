/**
 * The held-out check of issue 22: on figure phrases from articles the parser was not built
 * on, values drafted right ≥ 95 %, measures ≥ 85 %, no spurious figure. Each selection is
 * drafted the way the workbench drafts it (the figures of its words, the first suggested
 * measure), and the score is logged.
 */
import { describe, expect, it } from 'vitest';
import { HELD_OUT } from './heldOut';
import { describeScore, score } from './heldOutScore';

describe('held-out figure phrases', () => {
  it('come from at least three articles, each with its address', () => {
    expect(new Set(HELD_OUT.map((row) => row.url)).size).toBeGreaterThanOrEqual(3);
    for (const row of HELD_OUT) expect(row.url).toMatch(/^https:\/\//);
  });

  it('are drafted right: values ≥ 95 %, measures ≥ 85 %, no spurious figure', () => {
    const s = score(HELD_OUT);
    console.log(describeScore('held out', s));
    expect(s.values / s.figures).toBeGreaterThanOrEqual(0.95);
    expect(s.measures / s.scoredMeasures).toBeGreaterThanOrEqual(0.85);
    expect(s.spurious).toBe(0);
  });
});
