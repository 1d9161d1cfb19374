import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/geo/distanceKm';

describe('distanceKm', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceKm([30, 50], [30, 51])).toBeCloseTo(111.19, 1);
  });

  it('is symmetric and zero for the same point', () => {
    const a: [number, number] = [125.75432, 39.03385];
    const b: [number, number] = [36.18735, 51.73733];
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
    expect(distanceKm(a, a)).toBe(0);
  });

  it('agrees with the spherical law of cosines for Pyongyang → Kursk (≈ 6,685 km)', () => {
    const [l1, p1, l2, p2] = [125.75432, 39.03385, 36.18735, 51.73733].map(
      (d) => (d * Math.PI) / 180,
    );
    const cosC =
      Math.sin(p1 ?? 0) * Math.sin(p2 ?? 0) +
      Math.cos(p1 ?? 0) * Math.cos(p2 ?? 0) * Math.cos((l2 ?? 0) - (l1 ?? 0));
    const expectedKm = 6371.0088 * Math.acos(cosC);
    expect(distanceKm([125.75432, 39.03385], [36.18735, 51.73733])).toBeCloseTo(expectedKm, 0);
    expect(expectedKm).toBeGreaterThan(6600);
  });
});
