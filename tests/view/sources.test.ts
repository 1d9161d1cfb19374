import { describe, expect, it } from 'vitest';
import { latestDate } from '../../src/data/dataset';
import { loadDataset } from '../../src/data/bundledDataset';
import { claimsInView } from '../../src/view/asOf';
import { sourceViews } from '../../src/view/sources';

const ds = loadDataset();
const latest = latestDate(ds) ?? '';

describe('the Sources tab', () => {
  it('lists every source that made or carried a figure in view, with what it is', () => {
    const views = sourceViews(ds, null, latest);
    const expected = new Set(ds.claims.flatMap((claim) => [...claim.source, ...claim.via]));
    expect(new Set(views.map((view) => view.id))).toEqual(expected);
    for (const view of views) {
      const source = ds.sources.get(view.id);
      expect(view.name).toBe(source?.name);
      expect(view.party).toBe(source?.party);
      expect(view.country).toBe(source?.country);
      expect(view.made.length + view.carried.length).toBeGreaterThan(0);
    }
  });

  it('counts the claims a source made and those it carried, for the selected area', () => {
    const claims = claimsInView(ds, 'kursk', latest);
    for (const view of sourceViews(ds, 'kursk', latest)) {
      expect(view.made.map((f) => f.id)).toEqual(
        claims.filter((c) => c.source.includes(view.id)).map((c) => c.id),
      );
      expect(view.carried.map((f) => f.id)).toEqual(
        claims.filter((c) => c.via.includes(view.id)).map((c) => c.id),
      );
    }
  });

  it('knows nothing before the first report', () => {
    expect(sourceViews(ds, null, '2000-01-01')).toEqual([]);
  });
});
