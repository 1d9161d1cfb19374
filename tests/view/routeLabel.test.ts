// The deployment route's label on the map says what is known now: for each of its measures the
// figures of the latest date, with their month, not every figure ever reported (at 1,000
// reports it listed 3,000 lines, the page's largest DOM by far).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { latestDate } from '../../src/data/dataset';
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
});
