import { describe, expect, it } from 'vitest';
import { greatCircleRoute } from '../../src/geo/greatCircleRoute';
import { distanceKm } from '../../src/geo/distanceKm';
import { expectNearLngLat } from './nearLngLat';

const pyongyang: [number, number] = [125.75432, 39.03385];
const kursk: [number, number] = [36.18735, 51.73733];

describe('greatCircleRoute', () => {
  it('starts and ends at the given points with npoints vertices', () => {
    const route = greatCircleRoute(pyongyang, kursk, 50);
    const coords = route.geometry.coordinates;
    expect(coords).toHaveLength(50);
    expectNearLngLat(coords[0], pyongyang, 1e-6);
    expectNearLngLat(coords.at(-1), kursk, 1e-6);
  });

  it('bows north of the straight lng/lat line, as a great circle between these latitudes does', () => {
    const coords = greatCircleRoute(pyongyang, kursk, 11).geometry.coordinates;
    const mid = coords[5];
    expect(mid).toBeDefined();
    const [lng = NaN, lat = NaN] = mid ?? [];
    const t = (lng - pyongyang[0]) / (kursk[0] - pyongyang[0]);
    const straightLat = pyongyang[1] + t * (kursk[1] - pyongyang[1]);
    expect(lat).toBeGreaterThan(straightLat + 5);
  });

  it('has consecutive vertices roughly evenly spaced', () => {
    const coords = greatCircleRoute(pyongyang, kursk, 21).geometry.coordinates as [
      number,
      number,
    ][];
    const legs = coords.slice(1).map((c, i) => distanceKm(coords[i] ?? c, c));
    const total = distanceKm(pyongyang, kursk);
    for (const leg of legs) expect(leg).toBeCloseTo(total / 20, -1);
  });

  it('rejects fewer than two points', () => {
    expect(() => greatCircleRoute(pyongyang, kursk, 1)).toThrow(RangeError);
  });
});
