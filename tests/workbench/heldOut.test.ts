/**
 * The held-out check of issue 22: on figure phrases from articles the parser was not built
 * on, values drafted right ≥ 95 %, measures ≥ 85 %, no spurious figure. Each selection is
 * drafted the way the workbench drafts it (the figures of its words, the first suggested
 * measure), and the score is logged.
 */
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../src/workbench/parse/figures';
import { suggestMeasures } from '../../src/workbench/parse/suggest';
import { HELD_OUT } from './heldOut';

function score() {
  let values = 0;
  let qualifiers = 0;
  let measures = 0;
  let scoredMeasures = 0;
  let spurious = 0;
  const misses: string[] = [];
  for (const row of HELD_OUT) {
    const drafted = parseFigures(row.text);
    const extra = drafted.slice(row.figures.length);
    spurious += extra.length;
    for (const e of extra)
      misses.push(`spurious: ${row.text.slice(e.start, e.end)} in ${row.text}`);
    row.figures.forEach((want, i) => {
      const got = drafted[i];
      const valueRight = got?.low === want.low && got.high === want.high;
      if (valueRight) values++;
      else misses.push(`value: ${row.text}`);
      if (valueRight && got.qualifier === want.qualifier) qualifiers++;
      if (want.measure === undefined) return;
      scoredMeasures++;
      const first = got ? suggestMeasures(row.text, got.unit, true, got)[0] : undefined;
      if (valueRight && (first ?? null) === want.measure) measures++;
      else misses.push(`measure: ${row.text} → ${first ?? 'none'}`);
    });
  }
  const figures = HELD_OUT.reduce((n, row) => n + row.figures.length, 0);
  return { figures, values, qualifiers, measures, scoredMeasures, spurious, misses };
}

describe('held-out figure phrases', () => {
  it('come from at least three articles, each with its address', () => {
    expect(new Set(HELD_OUT.map((row) => row.url)).size).toBeGreaterThanOrEqual(3);
    for (const row of HELD_OUT) expect(row.url).toMatch(/^https:\/\//);
  });

  it('are drafted right: values ≥ 95 %, measures ≥ 85 %, no spurious figure', () => {
    const s = score();
    const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)} %)`;
    console.log(
      `held out: values ${pct(s.values, s.figures)}, qualifiers ${pct(s.qualifiers, s.figures)}, ` +
        `measures ${pct(s.measures, s.scoredMeasures)}, spurious figures ${s.spurious}` +
        (s.misses.length ? `\n  ${s.misses.join('\n  ')}` : ''),
    );
    expect(s.values / s.figures).toBeGreaterThanOrEqual(0.95);
    expect(s.measures / s.scoredMeasures).toBeGreaterThanOrEqual(0.85);
    expect(s.spurious).toBe(0);
  });
});
