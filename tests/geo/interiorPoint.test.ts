import { describe, expect, it } from 'vitest';
import { point, polygon } from '@turf/turf';
import { interiorPoint } from '../../src/geo/interiorPoint';
import { pointInArea } from '../../src/geo/pointInArea';
import { expectNearLngLat } from './nearLngLat';

describe('interiorPoint', () => {
  it('returns a point inside a C-shaped polygon whose centroid is outside', () => {
    const c = polygon([
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 8],
        [10, 8],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ]);
    expect(pointInArea([6, 5], c)).toBe(false);
    expect(pointInArea(interiorPoint(c), c)).toBe(true);
  });

  it('returns a Point feature’s own position', () => {
    expectNearLngLat(interiorPoint(point([37.32139, 47.20533])), [37.32139, 47.20533]);
  });
});
