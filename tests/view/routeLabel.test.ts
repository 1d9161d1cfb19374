// The deployment route's label on the map says what is known now: for each of its measures the
// figures about the latest time, with its month, not every figure ever reported (at 1,000
// reports it listed 3,000 lines, the page's largest DOM by far).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { buildDataset } from '../../src/data/buildDataset';
import { latestDate } from '../../src/data/dataset';
import { loadAreas } from '../../src/data/geodata';
import { clone, readReportFiles } from '../data/helpers';
import { areaFigures } from '../../src/view/figures';
import { mapRoutes } from '../../src/view/mapModel';

const ds = loadDataset();
const latest = latestDate(ds) ?? '';

describe("the route's label", () => {
  it('gives the latest figure of each measure as of the latest date, with its month', () => {
    const [route] = mapRoutes(ds, latest);
    expect(route?.label).toEqual([
      'Deployment route: North Korea → Kursk',
      'as many as 12,000 troops present · Feb 2025',
      'more than 1,000 additional troops · Feb 2025',
    ]);
  });

  it('holds at most two figures of a measure on any date, however many were reported', () => {
    const spec = ds.theatre.routes[0];
    const measures = spec?.figures?.measures ?? [];
    const dates = [...new Set(ds.claims.map((claim) => claim.reportedOn.end))].sort();
    let some = false;
    for (const date of dates) {
      const all = areaFigures(ds, spec?.figures?.area ?? '', date).filter(
        (f) => f.value && measures.includes(f.metric),
      );
      const lines = mapRoutes(ds, date)[0]?.label.slice(1) ?? [];
      expect(lines.length).toBeLessThanOrEqual(measures.length * 2);
      expect(lines.length).toBeLessThanOrEqual(all.length);
      if (all.length > lines.length) some = true;
    }
    // The data has dates with more figures than the label shows (so the bound is tested).
    expect(some).toBe(true);
  });

  it('keeps the figure about the latest time when a later report gives a count of an earlier year', () => {
    const files = readReportFiles();
    const template = files.find((f) => f.name.endsWith('2025-09-02-moscowtimes-2000-killed.json'));
    const report = clone(template?.json) as {
      report: { id: string; published: string };
      newSources: unknown[];
      claims: Record<string, unknown>[];
      events?: unknown[];
    };
    const [first] = report.claims;
    report.report.id = '2025-10-20-fixture-count-of-2024';
    report.report.published = '2025-10-20';
    report.newSources = [];
    report.events = [];
    report.claims = [
      {
        ...first,
        id: 'c-2025-10-20-fixture-count-of-2024',
        metric: 'troops-present',
        value: { low: 2000, high: 2000, unit: 'troops', qualifier: 'around' },
        refersTo: {
          start: '2024-01-01',
          end: '2024-12-31',
          precision: 'period',
          asPrinted: 'in 2024',
        },
        reportedOn: {
          start: '2025-10-20',
          end: '2025-10-20',
          precision: 'day',
          asPrinted: 'fixture',
        },
      },
    ];
    const later = buildDataset(
      [...files, { name: 'geodata/reports/2025-10-20-fixture-count-of-2024.json', json: report }],
      loadAreas(),
    );
    expect(later.problems).toEqual([]);
    const label = mapRoutes(later, '2025-10-24')[0]?.label ?? [];
    expect(label).toContain('as many as 12,000 troops present · Feb 2025');
    expect(label.join('\n')).not.toContain('2024');
    // Known alone (the other figures of the measure left out), it is dated by its year.
    const onlyIt = {
      ...later,
      claims: later.claims.filter(
        (c) => c.metric !== 'troops-present' || c.id === 'c-2025-10-20-fixture-count-of-2024',
      ),
    };
    expect(mapRoutes(onlyIt, '2025-10-24')[0]?.label).toContain(
      'around 2,000 troops present · 2024',
    );
  });
});
