import { describe, expect, it } from 'vitest';
import { multiPolygon, polygon } from '@turf/turf';
import { pointInArea } from '../../src/geo/pointInArea';

const square = polygon([
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
]);

describe('pointInArea', () => {
  it('finds points inside and outside a polygon', () => {
    expect(pointInArea([5, 5], square)).toBe(true);
    expect(pointInArea([11, 5], square)).toBe(false);
  });

  it('counts the border as inside', () => {
    expect(pointInArea([0, 5], square)).toBe(true);
  });

  it('handles multipolygons (islands)', () => {
    const islands = multiPolygon([
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      [
        [
          [5, 5],
          [6, 5],
          [6, 6],
          [5, 5],
        ],
      ],
    ]);
    expect(pointInArea([5.8, 5.2], islands)).toBe(true);
    expect(pointInArea([3, 3], islands)).toBe(false);
  });
});
