// Whether two outlines meet (src/geo/outlinesMeet.ts): the test the map's framing uses to
// find the regions on an area's border. Checked against Turf's booleanIntersects, which it
// replaced to keep the first map's script within its budget, on shapes and on the real
// outlines of the report's areas.
import { booleanIntersects } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { areaFeature } from '../../src/data/geodata';
import { outlinesMeet } from '../../src/geo/outlinesMeet';
import type { AreaGeometry } from '../../src/geo/types';
import { readBasemap } from '../data/helpers';

const square = (w: number, s: number, e: number, n: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});

// An L: its box covers the square (5, 5)–(9, 9) but the shape does not.
const ell: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 10],
        [0, 10],
        [0, 0],
      ],
    ],
  },
};

describe('outlinesMeet', () => {
  it.each([
    ['overlapping squares', square(0, 0, 2, 2), square(1, 1, 3, 3), true],
    ['one inside the other', square(0, 0, 10, 10), square(4, 4, 5, 5), true],
    ['a shared edge', square(0, 0, 1, 1), square(1, 0, 2, 1), true],
    ['a shared corner', square(0, 0, 1, 1), square(1, 1, 2, 2), true],
    ['apart', square(0, 0, 1, 1), square(3, 3, 4, 4), false],
    ['inside the other’s box but not the shape', ell, square(5, 5, 9, 9), false],
  ])('%s', (_, a, b, meet) => {
    expect(outlinesMeet(a, b)).toBe(meet);
    expect(outlinesMeet(b, a)).toBe(meet);
    expect(booleanIntersects(a, b)).toBe(meet);
  });

  it('agrees with Turf on every pair of the report’s outlined areas', () => {
    const ds = loadDataset();
    const basemap = readBasemap();
    const outlines: Feature<AreaGeometry>[] = [];
    for (const area of ds.areas) {
      const feature = areaFeature(area, basemap);
      const { geometry } = feature;
      if (geometry.type !== 'Point') outlines.push({ ...feature, geometry });
    }
    expect(outlines.length).toBeGreaterThanOrEqual(4);
    let meetings = 0;
    for (const a of outlines)
      for (const b of outlines) {
        if (a === b) continue;
        const turf = booleanIntersects(a, b);
        expect(outlinesMeet(a, b), `${a.properties?.areaId} / ${b.properties?.areaId}`).toBe(turf);
        if (turf) meetings += 1;
      }
    expect(meetings).toBeGreaterThan(0);
  });
});
