import { describe, expect, it } from 'vitest';
import { numberValue, parseFigures } from '../../src/workbench/parse/figures';
import { PHRASES } from './phrases';

const simple = (text: string) =>
  parseFigures(text).map(({ low, high, qualifier, unit }) => ({ low, high, qualifier, unit }));

describe('parseFigures on the phrase table', () => {
  it('has at least 40 phrases, from all six reports', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(40);
    const from = new Set(PHRASES.map((row) => row.from));
    for (const text of ['seed', 'pravda', 'euromaidan', 'unn', 'ukrinform', 'millenniumpost']) {
      expect(from.has(text as never), text).toBe(true);
    }
  });

  it.each(PHRASES.map((row) => [row.text, row] as const))('%s', (_text, row) => {
    expect(simple(row.text)).toEqual(row.figures);
  });

  it('reports its hit rate', () => {
    const hits = PHRASES.filter(
      (row) => JSON.stringify(simple(row.text)) === JSON.stringify(row.figures),
    ).length;
    console.log(`phrase table: ${hits}/${PHRASES.length} rows parsed exactly`);
    expect(hits).toBe(PHRASES.length);
  });
});

describe('parseFigures offsets', () => {
  it('covers the qualifier, numbers and unit noun so a quote can be cut from them', () => {
    const text = 'Ukraine said about 92 casualties a day were suffered.';
    const [figure] = parseFigures(text);
    expect(figure && text.slice(figure.start, figure.end)).toBe('about 92 casualties');
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
