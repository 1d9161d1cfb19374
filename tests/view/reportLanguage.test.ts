// A report in Arabic (issue 22): the view carries the report's language with each figure and
// each carrier, so the panels can show its quote and title in it.
import { describe, expect, it } from 'vitest';
import { areaFigures } from '../../src/view/figures';
import { carriersOf } from '../../src/view/carriers';
import { clone, datasetOf, readReportFiles } from '../data/helpers';

const ARABIC_ID = '2025-09-03-fixture-arabic';
const QUOTE = 'نحو 2000'; // as printed in ../shared/sources/2025-09-03-emaratalyoum-2000-killed-ar.txt
const TITLE = 'كوريا الشمالية خسرت نحو 2000 جندي';

/** The real reports and one more, in Arabic: a copy of the first with one claim. */
function withArabicReport() {
  const files = readReportFiles();
  const first = files[0];
  if (!first) throw new Error('no report files');
  const json = clone(first.json) as {
    report: Record<string, unknown>;
    claims: Record<string, unknown>[];
    events: unknown[];
    carries?: unknown;
  };
  const claim = json.claims.find((c) => c.value !== null);
  if (!claim) throw new Error('no claim with a value');
  Object.assign(json.report, {
    id: ARABIC_ID,
    published: '2025-09-03',
    title: TITLE,
    language: 'ar',
  });
  delete json.report.text;
  delete json.carries;
  json.claims = [
    {
      ...claim,
      id: 'c-fixture-arabic',
      value: { ...(claim.value as object), low: 2000, high: 2000, qualifier: '' },
      quote: QUOTE,
    },
  ];
  json.events = [];
  return datasetOf([...files, { name: `geodata/reports/${ARABIC_ID}.json`, json }]);
}

describe('a figure from a report in Arabic', () => {
  const ds = withArabicReport();

  it('the view carries the report’s language with the figure and with its carriers', () => {
    expect(ds.problems).toEqual([]);
    const claim = ds.claims.find((c) => c.id === 'c-fixture-arabic');
    const figure = areaFigures(ds, claim?.area ?? '', '2025-09-03').find(
      (f) => f.id === 'c-fixture-arabic',
    );
    expect(figure?.report.language).toBe('ar');
    expect(figure?.quote).toBe(QUOTE);
    const english = areaFigures(ds, claim?.area ?? '', '2025-09-03').find(
      (f) => f.id !== 'c-fixture-arabic',
    );
    expect(english?.report.language).toBe('en');
    for (const carrier of carriersOf(ds, english?.id ?? '')) expect(carrier.language).toBe('en');
  });
});
