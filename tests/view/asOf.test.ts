import { describe, expect, it } from 'vitest';
import { ancestorIds, latestDate } from '../../src/data/dataset';
import { loadDataset } from '../../src/data/bundledDataset';
import { areaPanelModel } from '../../src/view/areaPanel';
import { claimsInView, hiddenLater, knownClaims, knownEventIds } from '../../src/view/asOf';
import { eventViews } from '../../src/view/figures';
import { eventsOfArea, timelineEvents, dateRange } from '../../src/view/timeline';

const ds = loadDataset();
const latest = latestDate(ds) ?? '';
const early = '2025-01-31';

/** Claims of an area and its wider areas reported after a date, counted from the raw data. */
function laterInArea(areaId: string, asOf: string): number {
  const areas = new Set([areaId, ...ancestorIds(ds.areasById, areaId)]);
  return ds.claims.filter((claim) => areas.has(claim.area) && claim.reportedOn.end > asOf).length;
}

describe('the as-of rule', () => {
  it('knows a claim once it has been reported, and nothing before the first report', () => {
    expect(knownClaims(ds, latest)).toHaveLength(ds.claims.length);
    expect(knownClaims(ds, '2000-01-01')).toHaveLength(0);
    for (const claim of knownClaims(ds, early)) expect(claim.reportedOn.end <= early).toBe(true);
  });

  it('gives the same array for the same date (panels, map and overview share one copy)', () => {
    expect(knownClaims(ds, early)).toBe(knownClaims(ds, early));
  });

  it('knows an event once its date has ended', () => {
    const known = knownEventIds(ds.events, early);
    for (const event of ds.events) expect(known.has(event.id)).toBe(event.date.end <= early);
  });
});

describe('hidden later figures', () => {
  it('counts only the selected area’s figures (and its context), not the whole dataset', () => {
    // The defect: Nikolske's panel said every figure of the report was hidden.
    for (const areaId of ['nikolske', 'kursk', 'donetsk']) {
      const expected = laterInArea(areaId, early);
      expect(hiddenLater(ds, areaId, early), areaId).toBe(expected);
      expect(areaPanelModel(ds, areaId, early, eventViews(ds))?.hiddenLater, areaId).toBe(expected);
    }
    expect(laterInArea('nikolske', early)).toBeLessThan(
      ds.claims.length - knownClaims(ds, early).length,
    );
  });

  it('counts the whole dataset with no area selected, and nothing at the latest date', () => {
    expect(hiddenLater(ds, null, early)).toBe(
      ds.claims.filter((claim) => claim.reportedOn.end > early).length,
    );
    expect(hiddenLater(ds, 'kursk', latest)).toBe(0);
  });

  it('shows in a view exactly the known claims of the area and its context', () => {
    const inView = claimsInView(ds, 'kursk', early);
    const areas = new Set(['kursk', ...ancestorIds(ds.areasById, 'kursk')]);
    expect(inView.every((claim) => areas.has(claim.area) && claim.reportedOn.end <= early)).toBe(
      true,
    );
    expect(inView.length + hiddenLater(ds, 'kursk', early)).toBe(
      ds.claims.filter((claim) => areas.has(claim.area)).length,
    );
  });
});

describe('the timeline', () => {
  it('marks events known or not by the same rule as the panels', () => {
    const events = timelineEvents(ds, eventViews(ds), early);
    expect(events).toHaveLength(ds.events.length);
    for (const event of events) expect(event.known).toBe(event.end <= early);
    const panel = areaPanelModel(ds, 'donetsk', early, eventViews(ds));
    const known = eventsOfArea(ds, events, 'donetsk').filter((event) => event.known);
    expect(panel?.events.map((event) => event.id)).toEqual(known.map((event) => event.id));
  });

  it('spans the data from its first dated claim or event to its latest date', () => {
    const range = dateRange(ds);
    expect(range.max).toBe(latest);
    const firsts = [
      ...ds.claims.map((claim) => claim.reportedOn.end),
      ...ds.events.map((event) => event.date.start ?? event.date.end),
    ].sort();
    expect(range.min).toBe(firsts[0]);
  });
});
