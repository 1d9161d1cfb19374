/**
 * Draws many points into an RGBA pixel buffer: a 5×5 dot (dark rim, coloured core) per point,
 * skipping points outside the buffer. Pure and DOM-free, so it is unit-tested and would run in
 * a worker; with software rendering this is far faster than one canvas path per point.
 */

/** Offsets of the dot's core (3×3) and rim (the 5×5 ring without its corners). */
const CORE: readonly (readonly [number, number])[] = [-1, 0, 1].flatMap((dy) =>
  [-1, 0, 1].map((dx): [number, number] => [dx, dy]),
);
const RIM: readonly (readonly [number, number])[] = [-2, -1, 0, 1, 2].flatMap((dy) =>
  [-2, -1, 0, 1, 2]
    .filter((dx) => Math.abs(dx) === 2 || Math.abs(dy) === 2)
    .filter((dx) => !(Math.abs(dx) === 2 && Math.abs(dy) === 2))
    .map((dx): [number, number] => [dx, dy]),
);

/** Where the buffer sits in world pixels: buffer pixel = world unit × scale − origin. */
export interface RasterFrame {
  /** Buffer width and height in pixels. */
  width: number;
  height: number;
  /** Pixels per world unit (see worldScaleAt; multiply by devicePixelRatio for crisp dots). */
  scale: number;
  /** World pixel (at `scale`) of the buffer's top-left corner. */
  originX: number;
  originY: number;
}

/**
 * Packs a colour for a Uint32Array view of little-endian RGBA bytes (ImageData).
 * @param r - red 0–255
 * @param g - green 0–255
 * @param b - blue 0–255
 * @param a - alpha 0–255
 * @returns the packed colour
 */
export function packRgba(r: number, g: number, b: number, a = 255): number {
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/**
 * Draws the points that fall in the frame.
 * @param pixels - the frame's pixels, row-major, `width * height` long (cleared by the caller)
 * @param world - projected points [x0, y0, …] from projectLngLats
 * @param frame - buffer size and placement
 * @param core - packed core colour
 * @param rim - packed rim colour
 * @returns how many points were drawn
 */
export function rasterizePoints(
  pixels: Uint32Array,
  world: Float64Array,
  frame: RasterFrame,
  core: number,
  rim: number,
): number {
  const { width, height, scale, originX, originY } = frame;
  const count = world.length >> 1;
  let drawn = 0;
  // Rims first, then cores, so a dense cluster reads as colour with a dark edge.
  for (const [offsets, colour] of [
    [RIM, rim],
    [CORE, core],
  ] as const) {
    drawn = 0;
    for (let i = 0; i < count; i += 1) {
      const px = Math.round((world[2 * i] ?? 0) * scale - originX);
      const py = Math.round((world[2 * i + 1] ?? 0) * scale - originY);
      if (px < -2 || py < -2 || px >= width + 2 || py >= height + 2) continue;
      drawn += 1;
      for (const [dx, dy] of offsets) {
        const x = px + dx;
        const y = py + dy;
        if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = colour;
      }
    }
  }
  return drawn;
}
