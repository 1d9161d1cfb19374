// The first frame the build puts into index.html (scripts/vite/staticFrame.ts): rendered from
// the project's own data and components, with nothing the CSP refuses, and its regions in Web
// Mercator as Leaflet projects them.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderStaticFrame, type StaticFrameParts } from '../../scripts/vite/staticFrame';
import { FRAME_ZOOM } from '../../src/view/frameModel';
import { loadTheatre } from '../../src/data/geodata';
import { formatIsoDate } from '../../src/ui/format';

const THEATRE_BBOX = loadTheatre().bbox;

const ROOT = join(import.meta.dirname, '../..');
let parts: StaticFrameParts;

beforeAll(async () => {
  parts = await renderStaticFrame(ROOT);
}, 60_000);

/** EPSG:3857 written out (an independent check of the projection the build takes from Leaflet). */
function mercator(lng: number, lat: number): [number, number] {
  const size = 256 * 2 ** FRAME_ZOOM;
  const phi = (lat * Math.PI) / 180;
  return [
    (size * (lng + 180)) / 360,
    size * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)),
  ];
}

/** The box of an SVG path made of M (absolute) and l (relative) commands. */
function pathBox(d: string): [number, number, number, number] {
  let x = 0;
  let y = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, command, a, b] of d.matchAll(/([Ml])(-?[\d.]+) (-?[\d.]+)/g)) {
    x = command === 'M' ? Number(a) : x + Number(a);
    y = command === 'M' ? Number(b) : y + Number(b);
    xs.push(x);
    ys.push(y);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function attribute(markup: string, pattern: RegExp): string {
  const match = pattern.exec(markup);
  if (!match?.[1]) throw new Error(`not in the markup: ${pattern}`);
  return match[1];
}

describe('the static frame', () => {
  it('has no style attribute and no script: the CSP (style-src and script-src self) refuses both', () => {
    expect(parts.markup).not.toMatch(/\sstyle=/);
    expect(parts.markup).not.toMatch(/<script/i);
    expect(parts.markup).not.toMatch(/\son[a-z]+=/i);
  });

  it("puts the theatre into the SVG's viewBox in Web Mercator, as Leaflet fits it", () => {
    const [west, south, east, north] = THEATRE_BBOX;
    const [x0, y0] = mercator(west, north);
    const [x1, y1] = mercator(east, south);
    const viewBox = attribute(parts.markup, /<svg class="frame-map" viewBox="([^"]+)"/)
      .split(' ')
      .map(Number);
    expect(viewBox[0]).toBe(0);
    expect(viewBox[1]).toBe(0);
    expect(viewBox[2]).toBeCloseTo(x1 - x0, 6);
    expect(viewBox[3]).toBeCloseTo(y1 - y0, 6);
  });

  it("draws Kursk Oblast's outline where Web Mercator puts it (to a tenth of a unit)", () => {
    const [west, , , north] = THEATRE_BBOX;
    const [ox, oy] = mercator(west, north);
    const d = attribute(parts.markup, /class="frame-region frame-region-kursk" d="([^"]+)"/);
    const [minX, minY, maxX, maxY] = pathBox(d);
    // Kursk Oblast spans about 34.1–38.5° E and 50.9–52.4° N.
    const [ax, ay] = mercator(34.1, 52.4);
    const [bx, by] = mercator(38.5, 50.9);
    expect(minX).toBeGreaterThan(ax - ox - 15);
    expect(maxX).toBeLessThan(bx - ox + 15);
    expect(minY).toBeGreaterThan(ay - oy - 15);
    expect(maxY).toBeLessThan(by - oy + 15);
    expect(maxX - minX).toBeGreaterThan(0.8 * (bx - ax));
  });

  it('says each area with figures and its headline in the panel and the link preview, and that the dashboard needs JavaScript', () => {
    expect(parts.markup).toContain('Kursk Oblast');
    expect(parts.markup).toMatch(/<noscript>.*needs JavaScript.*<\/noscript>/s);
    // Each card with a figure (CurrentPictureLines: "Troops: as many as 12,000 troops present
    // …"): the preview names the area and says the figure's number (its own shorter line).
    const cards = parts.markup.split('<li>').slice(1);
    let figureCount = 0;
    for (const card of cards) {
      const name = attribute(card, /class="area-card-name">([^<]+)</);
      const values = [...card.matchAll(/class="area-card-family">[^<]*<\/span>([^<]+)</g)].map(
        (m) => m[1] ?? '',
      );
      if (values.length === 0) continue;
      expect(parts.description).toContain(`${name}:`);
      for (const value of values) {
        figureCount += 1;
        expect(parts.description).toContain(value.match(/\d[\d,.]*/)?.[0] ?? value);
      }
    }
    expect(figureCount).toBeGreaterThan(0);
    expect(parts.description).toContain(`As of `);
    expect(parts.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/); // The page's meta carries the date as the app writes it (src/ui/staticFrame.ts takes it).
    expect(parts.asOfText).toBe(formatIsoDate(parts.asOf));
  });
});
