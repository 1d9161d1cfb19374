import { describe, expect, it } from 'vitest';
import { latestDate } from '../../src/data/dataset';
import { loadDataset } from '../../src/data/bundledDataset';
import { estimatesCharts } from '../../src/view/estimates';
import { isNewSince, markNew, newSinceCount } from '../../src/view/since';
import { carriersOf } from '../../src/view/carriers';

const ds = loadDataset();
const latest = latestDate(ds) ?? '';

function casualtyChart(asOf: string, since: string | null = null) {
  const chart = estimatesCharts(ds, 'kursk', asOf, since).find((c) =>
    c.marks.some((mark) => mark.metric === 'killed-or-wounded'),
  );
  if (!chart) throw new Error('no casualty chart for Kursk');
  return chart;
}

describe('estimatesCharts', () => {
  it('gives Kursk a casualty chart with one mark per claim, dated, from several sources', () => {
    const chart = casualtyChart(latest);
    expect(chart.title).toBe('North Korean casualties');
    const ids = chart.marks.map((mark) => mark.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(chart.marks.map((mark) => mark.date)).size).toBeGreaterThanOrEqual(5);
    expect(chart.sources.length).toBeGreaterThanOrEqual(4);
    expect(chart.sources.filter((source) => source.party).length).toBeGreaterThan(0);
    expect(chart.sources.filter((source) => !source.party).length).toBeGreaterThan(0);
    const dates = chart.marks.map((mark) => mark.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('includes the derived NIS sums, flagged derived, with open ends from their parts', () => {
    const derived = casualtyChart(latest).marks.filter((mark) => mark.derived);
    expect(derived.map((mark) => [mark.low, mark.open]).sort()).toEqual([
      [1100, 'above'],
      [3000, null],
    ]);
  });

  it('flags figures reported after the as-of date, and after the since date', () => {
    const chart = casualtyChart('2025-01-20', '2025-02-01');
    for (const mark of chart.marks) {
      expect(mark.later).toBe(mark.date > '2025-01-20');
      expect(mark.isNew).toBe(mark.date > '2025-02-01');
    }
    expect(chart.marks.some((mark) => mark.later)).toBe(true);
    expect(chart.marks.some((mark) => !mark.later)).toBe(true);
    expect(chart.marks.filter((mark) => mark.isNew).length).toBeGreaterThanOrEqual(3);
  });

  it('marks "over 4,500" open above and "as many as 12,000" open below', () => {
    const marks = estimatesCharts(ds, 'kursk', latest).flatMap((chart) => chart.marks);
    expect(
      marks.find((m) => m.id === 'c-2025-04-26-general-staff-kursk-killed-or-wounded')?.open,
    ).toBe('above');
    expect(marks.find((m) => m.id === 'c-2025-02-27-troops-in-russia')?.open).toBe('below');
  });

  it('makes no chart of a measure reported on a single date', () => {
    for (const chart of estimatesCharts(ds, 'nikolske', latest)) {
      expect(new Set(chart.marks.map((mark) => mark.date)).size).toBeGreaterThan(1);
    }
    expect(estimatesCharts(ds, 'atlantis', latest)).toEqual([]);
  });
});

describe('since', () => {
  it('marks new only what was reported after the date', () => {
    expect(isNewSince('2025-02-02', '2025-02-01')).toBe(true);
    expect(isNewSince('2025-02-01', '2025-02-01')).toBe(false);
    expect(isNewSince('2025-02-02', null)).toBe(false);
    const figures = [
      { id: 'a', areaId: 'kursk', reportedOn: '2025-01-13' },
      { id: 'b', areaId: 'kursk', reportedOn: '2025-04-26' },
      { id: 'c', areaId: 'russia', reportedOn: '2025-04-30' },
    ];
    expect(markNew(figures, '2025-02-01').map((f) => f.newSince ?? null)).toEqual([
      null,
      '2025-02-01',
      '2025-02-01',
    ]);
    expect(markNew(figures, null).some((f) => 'newSince' in f)).toBe(false);
  });

  it('counts the figures new since a date, known as of another, by area or all', () => {
    const dates = ['2024-12-01', '2025-01-13', '2025-01-31', '2025-02-27', '2025-04-30'];
    for (const since of [null, ...dates]) {
      for (const asOf of dates) {
        for (const areaId of [null, ...ds.areas.map((area) => area.id)]) {
          const expected = ds.claims.filter(
            (claim) =>
              (areaId === null || claim.area === areaId) &&
              claim.reportedOn.end <= asOf &&
              isNewSince(claim.reportedOn.end, since),
          ).length;
          expect(newSinceCount(ds, areaId, asOf, since), `${areaId} ${since} ${asOf}`).toBe(
            expected,
          );
        }
      }
    }
  });
});

describe('carriersOf', () => {
  it('lists the three reports that carried ISW’s daily rate, the first one first', () => {
    const carriers = carriersOf(ds, 'c-2025-02-27-casualties-per-day');
    expect(carriers.map((c) => c.published)).toEqual(['2025-01-17', '2025-01-23', '2025-02-27']);
    expect(carriers[0]?.first).toBe(true);
    expect(carriers.every((c) => c.quotesVerified)).toBe(true);
    expect(carriersOf(ds, 'nope')).toEqual([]);
  });
});

describe('quotes not verified', () => {
  it('a figure from a report that names no text says so; one that names its text does not', async () => {
    const { datasetOf, readReportFiles } = await import('../data/helpers');
    const merged = datasetOf([...readReportFiles(), ...readReportFiles('tests/fixtures/reports')]);
    const { figureView } = await import('../../src/view/figures');
    const fixture = merged.claims.find((claim) => claim.id === 'c-fixture-troops-in-russia');
    const real = merged.claims.find((claim) => claim.id === 'c-2025-02-27-troops-in-russia');
    if (!fixture || !real) throw new Error('claims missing');
    expect(figureView(merged, fixture).quotesVerified).toBe(false);
    expect(figureView(merged, real).quotesVerified).toBe(true);
    expect(figureView(merged, fixture).carriers?.[0]?.quotesVerified).toBe(false);
  });
});
