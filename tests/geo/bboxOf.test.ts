import { describe, expect, it } from 'vitest';
import { featureCollection, lineString, point } from '@turf/turf';
import { bboxOf } from '../../src/geo/bboxOf';

describe('bboxOf', () => {
  it('returns [west, south, east, north] of a line', () => {
    expect(
      bboxOf(
        lineString([
          [36.2, 51.7],
          [37.8, 48.0],
          [37.3, 47.2],
        ]),
      ),
    ).toEqual([36.2, 47.2, 37.8, 51.7]);
  });

  it('spans every feature of a collection', () => {
    const fc = featureCollection([point([125.75, 39.03]), point([36.19, 51.74])]);
    expect(bboxOf(fc)).toEqual([36.19, 39.03, 125.75, 51.74]);
  });
});
