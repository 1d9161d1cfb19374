/**
 * Robustness by perturbation (issue 22, twenty-first round): every row of the phrase table, the
 * development set and the held-out sets that the parser drafts right is perturbed in ways that
 * do not change what a careful reader takes (perturb.ts), and must be drafted the same: the same
 * figures, each with the same value, qualifier, unit and first measure. A metamorphic test: it
 * needs no new reading, and a break is structural fragility the next article may show.
 */
import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../src/workbench/parse/figures';
import { suggestMeasures } from '../../src/workbench/parse/suggest';
import { DEV_SET } from './devSet';
import type { HeldOutRow } from './heldOut';
import { HELD_OUT_SETS } from './heldOutSets';
import { PERTURBATIONS } from './perturb';
import { PHRASES, type ExpectedFigure } from './phrases';

interface Drafted {
  low: number;
  high: number;
  qualifier: string;
  unit: string | null;
  measure: string | null;
}

/** What the workbench drafts from a text: its figures, each with its first measure. */
function draft(text: string): Drafted[] {
  return parseFigures(text).map((f) => ({
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    measure: suggestMeasures(text, f.unit, true, f)[0] ?? null,
  }));
}

/** Whether a draft is what the reader took: every figure, no other, measures where given. */
function right(got: readonly Drafted[], want: readonly ExpectedFigure[]): boolean {
  return (
    got.length === want.length &&
    want.every((w, i) => {
      const g = got[i];
      return (
        g !== undefined &&
        g.low === w.low &&
        g.high === w.high &&
        g.qualifier === w.qualifier &&
        (w.measure === undefined || g.measure === w.measure)
      );
    })
  );
}

/**
 * The rows to perturb: whole texts the parser drafts right. Phrase rows whose selection is read
 * in a wider sentence are left out (the comparison is of whole texts), as are rows whose
 * measure is a known miss.
 */
function baseRows(): { from: string; text: string; drafted: Drafted[] }[] {
  const texts: { from: string; text: string; figures: ExpectedFigure[] }[] = [
    ...PHRASES.filter((row) => row.sentence === undefined && !row.measureMiss).map((row) => ({
      from: 'phrase table',
      text: row.text,
      figures: row.figures,
    })),
    ...DEV_SET.map((row: HeldOutRow) => ({ from: 'development set', ...row })),
    ...HELD_OUT_SETS.flatMap((set, i) =>
      set.map((row) => ({ from: `held-out set ${i + 1}`, ...row })),
    ),
  ];
  const seen = new Set<string>();
  return texts.flatMap(({ from, text, figures }) => {
    if (seen.has(text)) return [];
    seen.add(text);
    const drafted = draft(text);
    return right(drafted, figures) ? [{ from, text, drafted }] : [];
  });
}

/**
 * Each row is tried with every STRIDE-th perturbation, in turn (row i with those j where
 * i + j is a multiple of STRIDE), so that every perturbation meets rows of every set and the
 * test stays quick; PERTURB_STRIDE=1 tries every row with every perturbation (about 20,000).
 */
const STRIDE = Number(process.env.PERTURB_STRIDE ?? 3) || 3;

describe('perturbations that keep the meaning keep the draft', () => {
  it('drafts every perturbed row as its original (logged by perturbation)', () => {
    const rows = baseRows();
    const breaks: string[] = [];
    const lines: string[] = [];
    let tried = 0;
    PERTURBATIONS.forEach((p, j) => {
      let n = 0;
      let broke = 0;
      rows.forEach((row, i) => {
        if ((i + j) % STRIDE !== 0) return;
        const text = p.apply(row.text);
        if (text === null || text === row.text) return;
        n++;
        const got = draft(text);
        if (JSON.stringify(got) !== JSON.stringify(row.drafted)) {
          broke++;
          breaks.push(
            `${p.name}: ${text}\n    was ${JSON.stringify(row.drafted)}\n    now ${JSON.stringify(got)}`,
          );
        }
      });
      tried += n;
      lines.push(`  ${p.name}: ${broke}/${n} broke`);
    });
    console.log(
      `perturbations (one pair in ${STRIDE}): ${rows.length} rows drafted right, ` +
        `${PERTURBATIONS.length} perturbations, ` +
        `${tried} perturbed rows tried, ${breaks.length} broke\n${lines.join('\n')}` +
        (breaks.length ? `\n${breaks.join('\n')}` : ''),
    );
    expect(rows.length).toBeGreaterThan(1000);
    expect(tried).toBeGreaterThan(STRIDE === 1 ? 15000 : 1000);
    expect(breaks).toEqual([]);
  });
});
