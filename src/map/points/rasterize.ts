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

/** Pixels of the part of a frame that has points: put them at (x, y) of the frame. */
export interface RasterPatch {
  pixels: Uint32Array;
  x: number;
  y: number;
  width: number;
  height: number;
  /** How many points were drawn (those in or touching the frame). */
  drawn: number;
}

/**
 * Draws the points that fall in the frame, into a buffer only as large as the box around them
 * (allocating, clearing and uploading a whole screen-sized ImageData costs more than drawing).
 * @param world - projected points [x0, y0, …] from projectLngLats
 * @param frame - frame size and placement
 * @param core - packed core colour
 * @param rim - packed rim colour
 * @returns the drawn patch (empty, 0×0, when no point is in the frame)
 */
export function rasterizePoints(
  world: Float64Array,
  frame: RasterFrame,
  core: number,
  rim: number,
): RasterPatch {
  const { width, height, scale, originX, originY } = frame;
  const count = world.length >> 1;
  // Pass 1: the pixel of each visible point and the box around them.
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  let drawn = 0;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  const offX = 0.5 - originX;
  const offY = 0.5 - originY;
  for (let i = 0; i < count; i += 1) {
    const px = Math.floor((world[2 * i] as number) * scale + offX);
    const py = Math.floor((world[2 * i + 1] as number) * scale + offY);
    if (px < -2 || py < -2 || px >= width + 2 || py >= height + 2) continue;
    xs[drawn] = px;
    ys[drawn] = py;
    drawn += 1;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  }
  if (drawn === 0) return { pixels: new Uint32Array(0), x: 0, y: 0, width: 0, height: 0, drawn };
  const x0 = Math.max(0, minX - 2);
  const y0 = Math.max(0, minY - 2);
  const w = Math.min(width, maxX + 3) - x0;
  const h = Math.min(height, maxY + 3) - y0;
  const pixels = new Uint32Array(w * h);
  for (let i = 0; i < drawn; i += 1) {
    xs[i] = (xs[i] as number) - x0;
    ys[i] = (ys[i] as number) - y0;
  }
  // Rims first, then cores, so a dense cluster reads as colour with a dark edge.
  stamp(pixels, w, h, xs, ys, drawn, RIM_DX, RIM_DY, offsetsOf(RIM_DX, RIM_DY, w), rim);
  stamp(pixels, w, h, xs, ys, drawn, CORE_DX, CORE_DY, offsetsOf(CORE_DX, CORE_DY, w), core);
  return { pixels, x: x0, y: y0, width: w, height: h, drawn };
}

const CORE_DX = Int32Array.from(CORE, ([dx]) => dx);
const CORE_DY = Int32Array.from(CORE, ([, dy]) => dy);
const RIM_DX = Int32Array.from(RIM, ([dx]) => dx);
const RIM_DY = Int32Array.from(RIM, ([, dy]) => dy);

function offsetsOf(dxs: Int32Array, dys: Int32Array, width: number): Int32Array {
  return dxs.map((dx, k) => (dys[k] as number) * width + dx);
}

/** Writes one stamp per point; points 2+ pixels inside the frame skip the bounds checks. */
function stamp(
  pixels: Uint32Array,
  width: number,
  height: number,
  xs: Int32Array,
  ys: Int32Array,
  count: number,
  dxs: Int32Array,
  dys: Int32Array,
  offsets: Int32Array,
  colour: number,
): void {
  const n = offsets.length;
  for (let i = 0; i < count; i += 1) {
    const px = xs[i] as number;
    const py = ys[i] as number;
    if (px >= 2 && py >= 2 && px < width - 2 && py < height - 2) {
      const base = py * width + px;
      for (let k = 0; k < n; k += 1) pixels[base + (offsets[k] as number)] = colour;
      continue;
    }
    for (let k = 0; k < n; k += 1) {
      const x = px + (dxs[k] as number);
      const y = py + (dys[k] as number);
      if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = colour;
    }
  }
}
