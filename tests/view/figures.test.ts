import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { latestDate } from '../../src/data/dataset';
import { loadDataset } from '../../src/data/bundledDataset';
import {
  areaFigures,
  areaSummaries,
  comparisonCharts,
  eventViews,
  formatDateRef,
} from '../../src/view/figures';
import { sortFigures } from '../../src/panels/FiguresTable';
import type { FigureView } from '../../src/view/model';
import { areaPanelModel } from '../../src/view/areaPanel';

const ds = loadDataset();
const latest = latestDate(ds) ?? '';

describe('areaFigures', () => {
  it('shows Kursk its own figures first, then the whole-deployment figures as context', () => {
    const figures = areaFigures(ds, 'kursk', latest);
    const firstContext = figures.findIndex((figure) => figure.context);
    expect(firstContext).toBeGreaterThan(0);
    expect(figures.slice(firstContext).every((figure) => figure.context)).toBe(true);
    const troops = figures.find((figure) => figure.metric === 'troops-present' && figure.context);
    expect(troops?.areaId).toBe('russia');
    expect(troops?.valueText).toBe('as many as 12,000');
    expect(troops?.sources).toEqual([
      expect.stringMatching(/Ukraine/),
      expect.stringMatching(/United States/),
    ]);
  });

  it('hides what was reported after the as-of date', () => {
    const january = areaFigures(ds, 'kursk', '2025-01-31');
    expect(january.some((figure) => figure.id === 'c-2025-02-27-troops-in-russia')).toBe(false);
    expect(january.some((figure) => figure.id === 'c-2025-01-16-isw-kursk-troops')).toBe(true);
    expect(january.some((figure) => figure.metric === 'time-to-wipe-out')).toBe(true);
    expect(january.length).toBeLessThan(areaFigures(ds, 'kursk', latest).length);
  });
});

describe('comparisonCharts', () => {
  it('puts figures of one unit from different sources on one chart', () => {
    const charts = comparisonCharts(areaFigures(ds, 'kursk', latest));
    const shares = charts.find((chart) => chart.unit === '%');
    const inPercent = areaFigures(ds, 'kursk', latest).filter((f) => f.value?.unit === '%');
    expect(shares?.rows.map((row) => row.label).sort()).toEqual(
      inPercent.map((f) => f.sourcesShort.join(' + ')).sort(),
    );
    expect(shares?.rows.map((row) => row.label)).toEqual(
      expect.arrayContaining(['ISW', 'Seth Jones (CSIS)', 'UK MoD']),
    );
    // Each row names its measure: the shares of the force lost and the casualty rate are all
    // half; the other share is of ground Russia retook in Kursk.
    const half = shares?.rows.filter((row) => !/retaken/i.test(row.valueText)) ?? [];
    expect(half).toHaveLength(3);
    expect(half.every((row) => row.high === 50)).toBe(true);
    expect(shares?.rows.find((row) => /retaken/i.test(row.valueText))?.high).toBe(40);
  });
});

describe('areaPanelModel', () => {
  it('sets Ukraine’s count beside the rate-based and share-based derived totals for Kursk', () => {
    const panel = areaPanelModel(ds, 'kursk', latest, eventViews(ds));
    const casualties = panel?.charts.find((chart) => chart.id === 'casualties-compared');
    const totals = areaFigures(ds, 'kursk', latest)
      .filter((figure) => figure.metric === 'killed-or-wounded' && figure.value)
      .map((figure) => figure.value?.high);
    expect(totals).toContain(4000);
    expect(
      casualties?.rows
        .filter((row) => !row.derived)
        .map((row) => row.high)
        .sort(),
    ).toEqual(totals.sort());
    const derived = casualties?.rows.filter((row) => row.derived) ?? [];
    // ISW's rate × days, ISW's half of 12,000 and the UK's half of its own 11,000.
    expect(derived).toHaveLength(3);
    expect(derived.map((row) => row.label).sort()).toEqual([
      'ISW rate × days',
      'Share × force',
      'Share × force',
    ]);
    expect(derived.map((row) => row.high).sort()).toEqual([30176, 5500, 6000].sort());
    expect(panel?.derived.some((item) => /Pyongyang/.test(item.label))).toBe(true);
  });

  it('says Nikolske is approximate and names the alternatives', () => {
    const panel = areaPanelModel(ds, 'nikolske', latest, eventViews(ds));
    expect(panel?.location?.approximate).toBe(true);
    expect(panel?.location?.alternatives.length).toBeGreaterThan(0);
  });

  it('lists only the events known by the as-of date', () => {
    const all = areaPanelModel(ds, 'kursk', latest, eventViews(ds))?.events ?? [];
    const january = areaPanelModel(ds, 'kursk', '2025-01-31', eventViews(ds))?.events ?? [];
    expect(all.some((event) => event.date.startsWith('2025-02'))).toBe(true);
    expect(january.length).toBeGreaterThan(0);
    expect(january.every((event) => event.end <= '2025-01-31')).toBe(true);
  });

  it('shows the events of places inside an area in its panel (Nikolske in Donetsk)', () => {
    const events = areaPanelModel(ds, 'donetsk', latest, eventViews(ds))?.events ?? [];
    expect(events.some((event) => event.areaId === 'nikolske')).toBe(true);
  });

  it('returns null for an unknown area', () => {
    expect(areaPanelModel(ds, 'atlantis', latest, [])).toBeNull();
  });
});

describe('areaSummaries and eventViews', () => {
  it('lists the report areas with a count and the events oldest first', () => {
    const ids = areaSummaries(ds, latest).map((area) => area.id);
    expect(ids).toEqual(expect.arrayContaining(['kursk', 'donetsk', 'nikolske', 'russia']));
    const dates = eventViews(ds).map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('formatDateRef', () => {
  it('says how precise a date is', () => {
    expect(
      formatDateRef({
        start: '2025-01-01',
        end: '2025-01-31',
        precision: 'month',
        asPrinted: 'in January',
      }),
    ).toBe('January 2025');
    expect(
      formatDateRef({ start: null, end: '2025-02-27', precision: 'before', asPrinted: 'earlier' }),
    ).toBe('before 27 Feb 2025');
    expect(
      formatDateRef({
        start: '2025-02-01',
        end: '2025-02-07',
        precision: 'week',
        asPrinted: 'first week',
      }),
    ).toBe('1 Feb 2025 – 7 Feb 2025');
  });
});

describe('sortFigures', () => {
  it('sorts by value both ways', () => {
    const figures = areaFigures(ds, 'kursk', latest);
    const asc = sortFigures(figures, { key: 'value', dir: 'asc' });
    const values = asc.filter((f) => f.value).map((f) => f.value?.high ?? 0);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const desc = sortFigures(figures, { key: 'value', dir: 'desc' });
    expect(desc[0]?.value?.high).toBe(Math.max(...values));
  });

  it('orders every column as a stable collated sort would, ties in data order', () => {
    const collator = new Intl.Collator();
    const figures = ds.claims.map((claim) => areaFigures(ds, claim.area, latest)).flat();
    const text = {
      area: (f: FigureView) => f.areaName,
      metric: (f: FigureView) => f.metricLabel,
      source: (f: FigureView) => f.sourcesShort.join(', '),
      reported: (f: FigureView) => f.reportedOn,
      grade: (f: FigureView) => f.grade,
    };
    fc.assert(
      fc.property(
        fc.shuffledSubarray(figures),
        fc.constantFrom(...(Object.keys(text) as (keyof typeof text)[])),
        fc.constantFrom('asc' as const, 'desc' as const),
        (subset, key, dir) => {
          const sign = dir === 'asc' ? 1 : -1;
          const expected = [...subset].sort(
            (a, b) => sign * collator.compare(text[key](a), text[key](b)),
          );
          expect(sortFigures(subset, { key, dir })).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
