/**
 * How a held-out set is scored (issue 22): each selection is drafted the way the workbench
 * drafts it (the figures of its words, the first suggested measure) and compared with what a
 * reader takes from it. Shared by every held-out set's test (heldOutSet.ts from the third on)
 * and the development set's.
 */
import { parseFigures } from '../../src/workbench/parse/figures';
import { suggestMeasures } from '../../src/workbench/parse/suggest';
import type { HeldOutRow } from './heldOut';
import type { ExpectedFigure } from './phrases';

export interface HeldOutScore {
  figures: number;
  values: number;
  qualifiers: number;
  measures: number;
  scoredMeasures: number;
  spurious: number;
  /** Rows drafted and compared (so a score cannot pass on rows never looked at). */
  rows: number;
  misses: string[];
}

export function score(rows: readonly HeldOutRow[]): HeldOutScore {
  let values = 0;
  let qualifiers = 0;
  let measures = 0;
  let scoredMeasures = 0;
  let spurious = 0;
  let scoredRows = 0;
  const misses: string[] = [];
  for (const row of rows) {
    scoredRows++;
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
  const figures = rows.reduce((n, row) => n + row.figures.length, 0);
  return {
    figures,
    values,
    qualifiers,
    measures,
    scoredMeasures,
    spurious,
    rows: scoredRows,
    misses,
  };
}

/** The score as one log line, then the misses. */
export function describeScore(name: string, s: HeldOutScore): string {
  const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)} %)`;
  return (
    `${name}: values ${pct(s.values, s.figures)}, qualifiers ${pct(s.qualifiers, s.figures)}, ` +
    `measures ${pct(s.measures, s.scoredMeasures)}, spurious figures ${s.spurious}` +
    (s.misses.length ? `\n  ${s.misses.join('\n  ')}` : '')
  );
}

/**
 * A second reader's figures for the same rows, scored exactly as the parser's drafts are
 * against the first reader's: what two careful readers agree on bounds what a parser can be
 * asked to match (docs/workbench.md, "A second reader").
 * @param rows - the first reader's rows (the held-out set)
 * @param second - the second reader's figures for each row, in the same order
 */
export function agreement(
  rows: readonly HeldOutRow[],
  second: readonly (readonly ExpectedFigure[])[],
): HeldOutScore {
  let values = 0;
  let qualifiers = 0;
  let measures = 0;
  let scoredMeasures = 0;
  let spurious = 0;
  const misses: string[] = [];
  rows.forEach((row, r) => {
    const other = second[r] ?? [];
    spurious += Math.max(0, other.length - row.figures.length);
    for (const extra of other.slice(row.figures.length))
      misses.push(`extra: ${extra.low}–${extra.high} in ${row.text}`);
    row.figures.forEach((want, i) => {
      const got = other[i];
      const valueRight = got?.low === want.low && got.high === want.high;
      if (valueRight) values++;
      else misses.push(`value: ${row.text} → ${got ? `${got.low}–${got.high}` : 'none'}`);
      if (valueRight && got.qualifier === want.qualifier) qualifiers++;
      if (want.measure === undefined) return;
      scoredMeasures++;
      if (valueRight && (got.measure ?? null) === want.measure) measures++;
      else misses.push(`measure: ${row.text} → ${got?.measure ?? 'none'}`);
    });
  });
  const figures = rows.reduce((n, row) => n + row.figures.length, 0);
  return {
    figures,
    values,
    qualifiers,
    measures,
    scoredMeasures,
    spurious,
    rows: rows.length,
    misses,
  };
}
