import { describe, expect, it } from 'vitest';
import { circleAround } from '../../src/geo/circleAround';
import { distanceKm } from '../../src/geo/distanceKm';
import { areaKm2 } from '../../src/geo/areaKm2';
import { expectNearLngLat } from './nearLngLat';

const nikolske: [number, number] = [37.32139, 47.20533];

describe('circleAround', () => {
  it('puts every vertex radiusKm from the centre, ring closed', () => {
    const ring = circleAround(nikolske, 5).geometry.coordinates[0] ?? [];
    expect(ring.length).toBe(65);
    expectNearLngLat(ring.at(-1), [ring[0]?.[0] ?? NaN, ring[0]?.[1] ?? NaN], 1e-12);
    for (const c of ring)
      expect(distanceKm(nikolske, [c[0] ?? NaN, c[1] ?? NaN])).toBeCloseTo(5, 3);
  });

  it('has about π·r² of area', () => {
    expect(areaKm2(circleAround(nikolske, 5))).toBeCloseTo(Math.PI * 25, 0);
  });

  it('rejects a non-positive radius', () => {
    expect(() => circleAround(nikolske, 0)).toThrow(RangeError);
  });
});
