/**
 * Where an area's headline label (an HTML tooltip centred on the area) goes so that it never
 * covers the report's places: their dots and names stay on top and distinct. Pure: boxes in,
 * offset out; `useAreaLabelsClear` measures the boxes and moves the tooltips.
 */
import { overlaps, type Box } from './placement';

export type Offset = readonly [number, number];

/**
 * Offsets from the area's centre to try, in order: below it (the default, clear of the city
 * dot at the centre), above it, then further below and above, then beside it.
 */
export const AREA_LABEL_OFFSETS: readonly Offset[] = [
  [0, 38],
  [0, -38],
  [0, 64],
  [0, -64],
  [110, 0],
  [-110, 0],
];

/** Clear space kept between an area label and what it must not cover. */
const PAD = 2;

const shifted = (box: Box, dx: number, dy: number): Box => ({
  ...box,
  x: box.x + dx,
  y: box.y + dy,
});

/**
 * The first offset at which the label is clear of every obstacle, preferring positions inside
 * the view; the default (first) offset when none is clear.
 * @param box the label's box now, in container pixels
 * @param current the offset it was drawn with
 * @param obstacles boxes it must not cover (the report's place dots and names, other labels)
 * @param view the container's size
 * @param offsets candidates, in order of preference
 * @returns the offset to draw it with
 * @example clearOffset({ x: 0, y: 40, w: 100, h: 20 }, [0, 38], [], { width: 800, height: 600 }) // [0, 38]
 */
export function clearOffset(
  box: Box,
  current: Offset,
  obstacles: readonly Box[],
  view: { width: number; height: number },
  offsets: readonly Offset[] = AREA_LABEL_OFFSETS,
): Offset {
  const at = (offset: Offset) => shifted(box, offset[0] - current[0], offset[1] - current[1]);
  const clear = (b: Box) =>
    !obstacles.some((o) =>
      overlaps(b, { x: o.x - PAD, y: o.y - PAD, w: o.w + 2 * PAD, h: o.h + 2 * PAD }),
    );
  const inView = (b: Box) =>
    b.x >= 0 && b.y >= 0 && b.x + b.w <= view.width && b.y + b.h <= view.height;
  const fallback = offsets[0] ?? current;
  return (
    offsets.find((o) => inView(at(o)) && clear(at(o))) ??
    offsets.find((o) => clear(at(o))) ??
    fallback
  );
}

/**
 * The box a label will have at an offset.
 * @param box its box now
 * @param current the offset it was drawn with
 * @param next the offset it will have
 * @returns the moved box
 */
export function boxAtOffset(box: Box, current: Offset, next: Offset): Box {
  return shifted(box, next[0] - current[0], next[1] - current[1]);
}
