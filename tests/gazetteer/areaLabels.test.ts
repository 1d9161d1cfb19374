import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import {
  areaLabels,
  regionAnchors,
  withoutLabelledProvinces,
} from '../../src/map/labels/areaLabels';
import { labelCandidates } from '../../src/map/labels/candidates';
import { overlaps, placeLabels } from '../../src/map/labels/placement';
import { pointInArea } from '../../src/geo/pointInArea';
import type { Basemap, ProvinceProperties } from '../../src/data/geodata';

// A flat projection: 100 px per degree, lng 30 at x 0, lat 52 at y 0 (y grows southwards).
const project = (lng: number, lat: number) => ({ x: (lng - 30) * 100, y: (52 - lat) * 100 });
const measure = (text: string) => text.length * 7;
const size = { width: 1000, height: 600 };

const province = (
  name: string,
  ring: [number, number][],
): Feature<Polygon, ProvinceProperties> => ({
  type: 'Feature',
  properties: { code: name, name, country: 'RUS' },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

// A wide, short oblast: lng 35-39, lat 50-51, i.e. x 500-900, y 100-200 on screen.
const wide = province('Belgorod', [
  [35, 50],
  [39, 50],
  [39, 51],
  [35, 51],
  [35, 50],
]);
// An L-shaped one, where a step from the anchor can leave the shape.
const ell = province('Ell', [
  [30, 46],
  [34, 46],
  [34, 47],
  [31, 47],
  [31, 50],
  [30, 50],
  [30, 46],
]);

const basemap = (...provinces: Feature<Polygon, ProvinceProperties>[]): Basemap => ({
  countries: { type: 'FeatureCollection', features: [] },
  provinces: { type: 'FeatureCollection', features: provinces },
});

describe('region names move within their region', () => {
  it('a region whose first spot is covered (by an area headline) is placed elsewhere inside it', () => {
    const areas = areaLabels(basemap(wide)).filter((l) => l.kind === 'region');
    const candidates = labelCandidates({
      zoom: 6,
      size,
      project,
      measure,
      areas,
      places: [],
      picked: null,
    });
    // The headline covers the top of the oblast, its centre included.
    const headline = { x: 600, y: 95, w: 220, h: 65 };
    const placed = placeLabels(candidates, size, [headline]);
    expect(placed.map((p) => p.candidate.text)).toEqual(['Belgorod']);
    const [label] = placed;
    if (!label) throw new Error('not placed');
    expect(overlaps(label.box, headline)).toBe(false);
    // Still inside its region: the box's middle and corners lie in the rectangle.
    const { x, y, w, h } = label.box;
    for (const [px, py] of [
      [x, y],
      [x + w, y + h],
      [x + w / 2, y + h / 2],
    ] as const) {
      expect(px).toBeGreaterThanOrEqual(500);
      expect(px).toBeLessThanOrEqual(900);
      expect(py).toBeGreaterThanOrEqual(100);
      expect(py).toBeLessThanOrEqual(200);
    }
    // Uncovered, it keeps its first spot, the middle of the shape.
    const [free] = placeLabels(candidates, size);
    expect(free && free.box.x + free.box.w / 2).toBe(700);
    expect(free && free.box.y + free.box.h / 2).toBe(150);
  });

  it('offers only fallback anchors that lie inside the shape', () => {
    for (const shape of [wide, ell]) {
      const [first, ...more] = regionAnchors(shape);
      expect(pointInArea(first, shape)).toBe(true);
      expect(more.length).toBeGreaterThan(0);
      for (const point of more) expect(pointInArea(point, shape), String(point)).toBe(true);
    }
    // The L's corner steps that fall in its missing quarter are left out.
    expect(regionAnchors(ell).length).toBeLessThan(9);
  });
});

describe('a province named by a report area’s label', () => {
  it('is not named again by the basemap; the others are, and countries and seas stay', () => {
    const labels = areaLabels(basemap(wide, ell));
    const texts = (list: readonly { text: string }[]) => list.map((l) => l.text);
    expect(texts(labels)).toEqual(expect.arrayContaining(['Belgorod', 'Ell', 'Black Sea']));
    const kept = withoutLabelledProvinces(labels, new Set(['Belgorod']));
    expect(texts(kept)).not.toContain('Belgorod');
    expect(texts(kept)).toEqual(expect.arrayContaining(['Ell', 'Black Sea', 'Sea of Azov']));
    expect(kept.length).toBe(labels.length - 1);
    // Nothing labelled by the report: the same list.
    expect(withoutLabelledProvinces(labels, new Set())).toBe(labels);
  });
});
