import { describe, expect, it } from 'vitest';
import { numberValue, parseFigures, type ParsedFigure } from '../../src/workbench/parse/figures';
import { suggestMeasures } from '../../src/workbench/parse/suggest';
import { PHRASES, type PhraseRow } from './phrases';

/** The figures parsed from a row's selection, as the workbench drafts them from its sentence. */
function drafted(row: PhraseRow): ParsedFigure[] {
  const sentence = row.sentence ?? row.text;
  const at = sentence.indexOf(row.text);
  if (at < 0) throw new Error(`the sentence of "${row.text}" does not hold it`);
  return parseFigures(sentence).filter((f) => f.start < at + row.text.length && f.end > at);
}

const valuesOf = (row: PhraseRow) =>
  drafted(row).map(({ low, high, qualifier, unit }) => ({ low, high, qualifier, unit }));
const expectedValues = (row: PhraseRow) =>
  row.figures.map(({ low, high, qualifier, unit }) => ({ low, high, qualifier, unit }));

/** The first measure suggested for each figure of a row (undefined: none). */
function measuresOf(row: PhraseRow): (string | undefined)[] {
  const sentence = row.sentence ?? row.text;
  return drafted(row).map((figure) => suggestMeasures(sentence, figure.unit, true, figure)[0]);
}

/** Whether every scored figure of a row got its measure first. */
function measuresRight(row: PhraseRow): boolean {
  const got = measuresOf(row);
  return row.figures.every(
    (f, i) => f.measure === undefined || (got[i] ?? null) === (f.measure ?? null),
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('parseFigures on the phrase table', () => {
  it('has rows from all thirteen texts', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(80);
    const from = new Set(PHRASES.map((row) => row.from));
    expect(from.size).toBe(15); // the thirteen texts, the seed and common forms
  });

  it.each(PHRASES.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    expect(valuesOf(row)).toEqual(expectedValues(row));
    if (row.measureMiss) expect(measuresRight(row), row.measureMiss).toBe(false);
    else {
      const got = measuresOf(row);
      const scored = row.figures.flatMap((f, i) => (f.measure === undefined ? [] : [i]));
      expect(scored.map((i) => got[i] ?? null)).toEqual(scored.map((i) => row.figures[i]?.measure));
    }
  });

  it('reports its score', () => {
    const values = PHRASES.filter((row) => same(valuesOf(row), expectedValues(row))).length;
    const scored = PHRASES.flatMap((row) => row.figures).filter((f) => f.measure !== undefined);
    const measures = PHRASES.flatMap((row) => {
      const got = measuresOf(row);
      return row.figures.filter(
        (f, i) => f.measure !== undefined && (got[i] ?? null) === (f.measure ?? null),
      );
    }).length;
    console.log(
      `phrase table: ${values}/${PHRASES.length} rows parsed exactly (values, qualifier, unit); ` +
        `measures: ${measures}/${scored.length} figures suggested first`,
    );
    expect(values).toBe(PHRASES.length);
  });
});

describe('parseFigures offsets', () => {
  it('covers the qualifier, numbers and measure word so a quote can be cut from them', () => {
    const text = 'Ukraine said about 92 casualties a day were suffered.';
    const [figure] = parseFigures(text);
    expect(figure && text.slice(figure.start, figure.end)).toBe('about 92 casualties a day');
    const weeks = 'could be wiped out within about 12 weeks, by April';
    const [duration] = parseFigures(weeks);
    expect(duration && weeks.slice(duration.start, duration.end)).toBe('about 12 weeks');
  });
});

describe('numberValue', () => {
  it.each([
    ['12,000', 12000],
    ['four thousand', 4000],
    ['a thousand', 1000],
    ['1.5 million', 1500000],
    ['twelve', 12],
  ])('%s → %d', (text, value) => expect(numberValue(text)).toBe(value));
  it('refuses words that are not numbers', () => expect(numberValue('several')).toBeNull());
});
