import { expect } from 'vitest';
import type { Position } from 'geojson';

/**
 * Tolerance matcher for coordinates (after Leaflet's `nearLatLng`): both components of
 * `actual` within `toleranceDeg` of `expected`.
 * @param actual the position under test
 * @param expected `[lng, lat]` expected
 * @param toleranceDeg allowed difference per component, degrees (default 1e-6)
 */
export function expectNearLngLat(
  actual: Position | undefined,
  expected: readonly [number, number],
  toleranceDeg = 1e-6,
): void {
  expect(actual, 'position missing').toBeDefined();
  const [lng, lat] = actual ?? [];
  const message = `expected [${String(actual)}] near [${expected.join(',')}] ±${toleranceDeg}°`;
  expect(Math.abs((lng ?? NaN) - expected[0]), message).toBeLessThanOrEqual(toleranceDeg);
  expect(Math.abs((lat ?? NaN) - expected[1]), message).toBeLessThanOrEqual(toleranceDeg);
}
