// One wording of the data credits for the map, the overview and the briefing PNG (issue 14).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { footerText, layoutFooter } from '../../src/app/export/footer';
import { Credits } from '../../src/panels/Credits';
import { readdirSync } from 'node:fs';
import { loadDataset } from '../../src/data/bundledDataset';
import {
  briefingCredit,
  figuresCredit,
  GEONAMES_CREDIT,
  MAP_ATTRIBUTION,
  NATURAL_EARTH_CREDIT,
  OSM_CREDIT,
} from '../../src/view/credits';

describe('briefingCredit', () => {
  it('credits Natural Earth and GeoNames under CC BY 4.0, as the map does', () => {
    const credit = briefingCredit(['basemap', 'areas', 'places']);
    expect(credit).toContain('Natural Earth (public domain)');
    expect(credit).toContain('© GeoNames (geonames.org), CC BY 4.0');
    expect(credit).toContain(MAP_ATTRIBUTION);
    expect(credit).not.toContain('OpenStreetMap');
  });

  it('names OpenStreetMap when the online tiles are on, and says they are not in the image', () => {
    const credit = briefingCredit(['basemap', 'osm']);
    expect(credit).toContain(`online tiles ${OSM_CREDIT} left out of the image`);
    expect(credit).toContain(GEONAMES_CREDIT);
  });

  it('is what the footer of the image says, whole, however narrow the image', () => {
    const credit = briefingCredit(['basemap']);
    const layout = layoutFooter(
      {
        title: 'Sitrep — Whole theatre',
        asOf: '2025-02-27',
        asOfText: '27 Feb 2025',
        legend: [],
        claimedBy: [],
        carriedBy: [],
        link: 'https://example.org/#map=5/50/37',
        credit,
      },
      360,
      (text) => text.length * 7,
    );
    const runs = layout.runs.filter((run) => run.role === 'credit').map((run) => run.text);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.join(' ')).toBe(credit);
    expect(footerText(layout).join(' ')).toContain('© GeoNames (geonames.org), CC BY 4.0');
  });
});

describe('figuresCredit', () => {
  const report = (published: string, outlet: string) => ({ published, outlet });

  it('says how many reports, from how many outlets, first and last date, whatever the order', () => {
    expect(
      figuresCredit([
        report('2025-04-30', 'KBS World'),
        report('2024-10-23', 'TRT World'),
        report('2025-02-27', 'KBS World'),
      ]),
    ).toBe(
      'Figures: 3 news reports from 2 outlets, published 23 Oct 2024 to 30 Apr 2025, every ' +
        'figure attributed to the source that claims it; notes and grades are Sitrep’s own.',
    );
    expect(figuresCredit([report('2025-04-30', 'A'), report('2025-04-30', 'A')])).toContain(
      '2 news reports from 1 outlet, published on 30 Apr 2025,',
    );
  });

  it('names a single report, and says so while the data is loading or when there is none', () => {
    expect(figuresCredit([report('2025-02-27', 'The Outlet')])).toMatch(
      /^Figures: one news report \(The Outlet, 27 Feb 2025\), every figure attributed/,
    );
    expect(figuresCredit(null)).toMatch(/^Figures: news reports, still loading; /);
    expect(figuresCredit([])).toBe('Figures: no news report loaded.');
  });

  it('counts the shipped reports and their dates', () => {
    const files = readdirSync('geodata/reports').filter((name) => /^\d{4}-.*\.json$/.test(name));
    const dates = files.map((name) => name.slice(0, 10)).sort();
    const text = figuresCredit(loadDataset().reports);
    expect(files.length).toBeGreaterThan(1);
    expect(text).toContain(`Figures: ${files.length} news reports from `);
    const [first, last] = [dates[0] ?? '', dates[dates.length - 1] ?? ''];
    const day = (iso: string) =>
      new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
    expect(text).toContain(`published ${day(first)} to ${day(last)}`);
  });
});

describe('Credits panel', () => {
  it('uses the same words as the map and the image, and the data’s own credit', () => {
    const figures = figuresCredit(loadDataset().reports);
    const html = renderToStaticMarkup(<Credits figures={figures} />);
    for (const credit of [NATURAL_EARTH_CREDIT, GEONAMES_CREDIT, OSM_CREDIT]) {
      expect(html).toContain(credit);
    }
    expect(html).toContain(figures.slice(0, 40));
    expect(html).not.toContain('one news report');
  });
});
