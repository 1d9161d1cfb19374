import { describe, expect, it } from 'vitest';
import { polygon } from '@turf/turf';
import { areaKm2 } from '../../src/geo/areaKm2';

describe('areaKm2', () => {
  it('measures a 1°×1° cell at the equator as about 12,364 km²', () => {
    const cell = polygon([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ]);
    expect(areaKm2(cell)).toBeGreaterThan(12_300);
    expect(areaKm2(cell)).toBeLessThan(12_400);
  });

  it('subtracts holes', () => {
    const outer = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const hole = [
      [0.5, 0.5],
      [0.5, 1.5],
      [1.5, 1.5],
      [1.5, 0.5],
      [0.5, 0.5],
    ];
    const full = areaKm2(polygon([outer]));
    const holed = areaKm2(polygon([outer, hole]));
    expect(holed).toBeLessThan(full * 0.8);
    expect(holed).toBeGreaterThan(full * 0.7);
  });
});
