import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { pointsLngLat } from '../../../src/data/points/points';

const point = (lng: number, lat: number): Feature<Geometry> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [lng, lat] },
});

describe('pointsLngLat', () => {
  it('flattens points to [lng, lat, …] in order', () => {
    const out = pointsLngLat({
      type: 'FeatureCollection',
      features: [point(36.2, 51.7), point(37.8, 48)],
    });
    expect(Array.from(out)).toEqual([36.2, 51.7, 37.8, 48]);
  });

  it('skips features that are not finite points', () => {
    const line: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    };
    const none: Feature<Geometry | null> = { type: 'Feature', properties: {}, geometry: null };
    const out = pointsLngLat([point(1, 2), line, none, point(Number.NaN, 3), point(4, 5)]);
    expect(Array.from(out)).toEqual([1, 2, 4, 5]);
  });
});
