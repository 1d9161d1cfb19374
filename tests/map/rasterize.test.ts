import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packRgba, rasterizePoints, type RasterFrame } from '../../src/map/points/rasterize';

const CORE = packRgba(200, 100, 50);
const RIM = packRgba(10, 20, 30);

function frame(width: number, height: number, scale = 100, originX = 0, originY = 0): RasterFrame {
  return { width, height, scale, originX, originY };
}

describe('packRgba', () => {
  it('packs bytes in ImageData order (little-endian RGBA)', () => {
    const pixels = new Uint32Array([packRgba(1, 2, 3, 4)]);
    expect(Array.from(new Uint8ClampedArray(pixels.buffer))).toEqual([1, 2, 3, 4]);
  });
});

/** The patch pasted into a whole frame, as the canvas layer does. */
function paint(world: number[], f: RasterFrame): { pixels: Uint32Array; drawn: number } {
  const patch = rasterizePoints(new Float64Array(world), f, CORE, RIM);
  const pixels = new Uint32Array(f.width * f.height);
  expect(patch.x + patch.width).toBeLessThanOrEqual(f.width);
  expect(patch.y + patch.height).toBeLessThanOrEqual(f.height);
  expect(patch.pixels.length).toBe(patch.width * patch.height);
  for (let y = 0; y < patch.height; y += 1) {
    for (let x = 0; x < patch.width; x += 1) {
      pixels[(patch.y + y) * f.width + patch.x + x] = patch.pixels[y * patch.width + x] ?? 0;
    }
  }
  return { pixels, drawn: patch.drawn };
}

describe('rasterizePoints', () => {
  it('draws a 3×3 core with a rim around the point', () => {
    // world (0.05, 0.05) at scale 100 is pixel (5, 5)
    const { pixels, drawn } = paint([0.05, 0.05], frame(10, 10));
    expect(drawn).toBe(1);
    const at = (x: number, y: number) => pixels[y * 10 + x];
    for (const [x, y] of [
      [4, 4],
      [5, 5],
      [6, 6],
      [4, 6],
    ] as const)
      expect(at(x, y)).toBe(CORE);
    for (const [x, y] of [
      [3, 5],
      [7, 5],
      [5, 3],
      [5, 7],
    ] as const)
      expect(at(x, y)).toBe(RIM);
    expect(at(3, 3)).toBe(0); // the rim has no corners
    expect(at(0, 0)).toBe(0);
    expect(pixels.filter((p) => p !== 0).length).toBe(9 + 12);
  });

  it('only allocates the box around the points', () => {
    const patch = rasterizePoints(new Float64Array([0.5, 0.5]), frame(1000, 1000), CORE, RIM);
    expect([patch.x, patch.y, patch.width, patch.height]).toEqual([48, 48, 5, 5]);
  });

  it('applies the origin', () => {
    const { pixels } = paint([1.05, 2.05], frame(10, 10, 100, 100, 200));
    expect(pixels[5 * 10 + 5]).toBe(CORE);
  });

  it('skips points outside the frame and clips dots on its edges', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -1, max: 2, noNaN: true }),
            fc.double({ min: -1, max: 2, noNaN: true }),
          ),
          {
            maxLength: 50,
          },
        ),
        (points) => {
          const width = 20;
          const height = 10;
          const { pixels, drawn } = paint(points.flat(), frame(width, height, 20));
          const inside = points.filter(([x, y]) => {
            const px = Math.round(x * 20);
            const py = Math.round(y * 20);
            return px >= -2 && py >= -2 && px < width + 2 && py < height + 2;
          });
          expect(drawn).toBe(inside.length);
          if (inside.length === 0) expect(pixels.every((p) => p === 0)).toBe(true);
        },
      ),
    );
  });
});
