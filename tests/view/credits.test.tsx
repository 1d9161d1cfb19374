// One wording of the data credits for the map, the overview and the briefing PNG (issue 14).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { footerText, layoutFooter } from '../../src/app/export/footer';
import { Credits } from '../../src/panels/Credits';
import {
  briefingCredit,
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

describe('Credits panel', () => {
  it('uses the same words as the map and the image', () => {
    const html = renderToStaticMarkup(<Credits />);
    for (const credit of [NATURAL_EARTH_CREDIT, GEONAMES_CREDIT, OSM_CREDIT]) {
      expect(html).toContain(credit);
    }
  });
});
