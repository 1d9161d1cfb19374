import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LATITUDE } from '../../src/geo/types';
import { projectLngLats, worldScaleAt } from '../../src/map/points/mercator';

/** Spherical Mercator the textbook way (tan form), as Leaflet's SphericalMercator projects. */
function reference(lng: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const y = Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
  return [(lng + 180) / 360, 0.5 - y / (2 * Math.PI)];
}

describe('projectLngLats', () => {
  it('puts (0, 0) at the centre of the world and the antimeridian at its edges', () => {
    expect(Array.from(projectLngLats([0, 0, -180, 0, 180, 0]))).toEqual([0.5, 0.5, 0, 0.5, 1, 0.5]);
  });

  it('agrees with the tan form of spherical Mercator everywhere', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        (lng, lat) => {
          const [x, y] = projectLngLats([lng, lat]);
          const [rx, ry] = reference(lng, lat);
          expect(x).toBeCloseTo(rx, 12);
          expect(y).toBeCloseTo(ry, 9);
        },
      ),
    );
  });

  it('clamps the poles to the edge of the square world, like Leaflet', () => {
    const [, north] = projectLngLats([0, 90]);
    const [, south] = projectLngLats([0, -90]);
    expect(north).toBeCloseTo(0, 6);
    expect(south).toBeCloseTo(1, 6);
  });

  it('puts Kursk at the pixel Leaflet uses at zoom 6', () => {
    // Kursk 36.19° E 51.73° N; Leaflet's EPSG3857 at zoom 6 (scale 256·2^6, transformation
    // 0.5/πR, 0.5, −0.5/πR, 0.5 of R·λ, R·ln tan(π/4 + φ/2)) gives (9839.05, 5431.78).
    const [x, y] = projectLngLats([36.19, 51.73]);
    expect((x ?? 0) * worldScaleAt(6)).toBeCloseTo(9839.05, 1);
    expect((y ?? 0) * worldScaleAt(6)).toBeCloseTo(5431.78, 1);
  });
});
