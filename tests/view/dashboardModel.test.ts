// The dashboard's model is a plain function of the dataset, the view state and the date shown
// (issue 20): no data API handed around, no hook needed to compute it.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { latestDate } from '../../src/data/dataset';
import { loadAreas } from '../../src/data/geodata';
import { datasetFromShards } from '../../src/data/shipped';
import { claimsInView, hiddenLater, knownCount } from '../../src/view/asOf';
import { dashboardModel, type DashboardViewState } from '../../src/view/dashboardModel';
import { isNewSince } from '../../src/view/since';
import { readBasemap } from '../data/helpers';

const ds = loadDataset();
const latest = latestDate(ds) ?? '';
const earliest = ds.claims.map((claim) => claim.reportedOn.end).sort()[0] ?? '';
const basemap = readBasemap();
const outlines = datasetFromShards([], loadAreas());
const overview: DashboardViewState = { area: null, asof: null, since: null, tab: 'figures' };
/** An area with figures as of the latest date (found in the data, not named here). */
const areaId = ds.areas.find((area) => claimsInView(ds, area.id, latest).length > 0)?.id ?? '';

describe('dashboardModel', () => {
  it('has an area with figures to select', () => {
    expect(areaId).not.toBe('');
  });

  it('shows the fallback date and nothing else before any data', () => {
    const model = dashboardModel({ ds: null, state: overview, fallbackAsOf: '2024-05-06' });
    expect(model.asOf).toBe('2024-05-06');
    expect(model.shownAsOf).toBe('2024-05-06');
    expect(model.range).toBeNull();
    expect(model.figureCount).toBe(0);
    expect(model.summaries).toEqual([]);
    expect(model.events).toEqual([]);
    expect(model.map.areas).toEqual([]);
    expect(model.map.places).toEqual([]);
    expect(model.searchEntries).toEqual([]);
    expect(model.placePosition('anything')).toBeNull();
    expect(model.figuresCredit).toMatch(/still loading/);
  });

  it('draws the outlines and places from the areas alone while the report data loads', () => {
    const model = dashboardModel({
      ds: null,
      outlines,
      regionOutlines: basemap,
      state: overview,
      fallbackAsOf: latest,
    });
    expect(model.map.areas.length).toBeGreaterThan(0);
    expect(model.map.places.length).toBeGreaterThan(0);
    // Routes and search carry the report's figures and names: they wait for the data.
    expect(model.map.routes).toEqual([]);
    expect(model.searchEntries).toEqual([]);
    // No bounding box before the whole basemap is in.
    expect(model.map.bboxOf(model.map.areas[0]?.id ?? '')).toBeNull();
  });

  it('takes the latest date of the data unless the link names one', () => {
    const latestModel = dashboardModel({ ds, state: overview, fallbackAsOf: '1999-01-01' });
    expect(latestModel.asOf).toBe(latest);
    expect(latestModel.range?.max).toBe(latest);
    expect(latestModel.figureCount).toBe(knownCount(ds, latest));
    expect(latestModel.figuresCredit).toContain(`${ds.reports.length} news reports`);
    const early = dashboardModel({
      ds,
      state: { ...overview, asof: earliest },
      fallbackAsOf: '1999-01-01',
    });
    expect(early.asOf).toBe(earliest);
    expect(early.figureCount).toBe(knownCount(ds, earliest));
    expect(early.hiddenLater).toBe(hiddenLater(ds, null, earliest));
    expect(early.hiddenLater).toBeGreaterThan(0);
  });

  it('counts by the date shown while the as-of date runs ahead of it', () => {
    const model = dashboardModel({ ds, state: overview, fallbackAsOf: '', shownAsOf: earliest });
    expect(model.asOf).toBe(latest);
    expect(model.shownAsOf).toBe(earliest);
    expect(model.figureCount).toBe(knownCount(ds, earliest));
  });

  it('computes the lists of one tab only while that tab is on show', () => {
    const onFigures = dashboardModel({ ds, state: overview, fallbackAsOf: '' });
    expect(onFigures.summaries.length).toBeGreaterThan(0);
    expect(onFigures.sources).toEqual([]);
    expect(onFigures.timelineInView).toEqual([]);
    const onSources = dashboardModel({
      ds,
      state: { ...overview, tab: 'sources' },
      fallbackAsOf: '',
    });
    expect(onSources.summaries).toEqual([]);
    expect(onSources.sources.length).toBeGreaterThan(0);
    const onTimeline = dashboardModel({
      ds,
      state: { ...overview, tab: 'timeline' },
      fallbackAsOf: '',
    });
    expect(onTimeline.timelineInView.length).toBeGreaterThan(0);
    expect(onTimeline.sources).toEqual([]);
    // An area selected: its panel, not the overview's cards.
    const onArea = dashboardModel({ ds, state: { ...overview, area: areaId }, fallbackAsOf: '' });
    expect(onArea.summaries).toEqual([]);
    expect(onArea.area?.area.id).toBe(areaId);
  });

  it('marks the figures reported after the since date as new', () => {
    const state = { ...overview, area: areaId, since: earliest };
    const model = dashboardModel({ ds, state, fallbackAsOf: '' });
    const figures = model.area?.figures ?? [];
    expect(figures.some((figure) => figure.newSince === earliest)).toBe(true);
    for (const figure of figures) {
      expect(figure.newSince).toBe(isNewSince(figure.reportedOn, earliest) ? earliest : undefined);
    }
    expect(model.newCount).toBe(knownCount(ds, latest) - knownCount(ds, earliest));
  });

  it('makes the uncertainty rings only once the first map is on screen', () => {
    const before = dashboardModel({ ds, state: overview, fallbackAsOf: '', afterFirstMap: false });
    const after = dashboardModel({ ds, state: overview, fallbackAsOf: '', afterFirstMap: true });
    expect(before.map.uncertainty).toEqual([]);
    expect(after.map.uncertainty.length).toBeGreaterThan(0);
  });

  it('finds an area bounding box and a place position once the basemap is in', () => {
    const model = dashboardModel({ ds, basemap, state: overview, fallbackAsOf: '' });
    expect(model.map.bboxOf(areaId)).not.toBeNull();
    expect(model.map.bboxOf('no-such-area')).toBeNull();
    const place = model.map.places[0];
    expect(place && model.placePosition(place.id)).not.toBeNull();
    expect(model.placePosition('no-such-place')).toBeNull();
  });
});
