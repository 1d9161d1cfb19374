/**
 * Label placement without overlaps: candidates come in order of importance, and each is placed
 * at the first of its positions whose box is inside the view and clear of every box placed
 * before it (and of the obstacles: labels drawn by others, such as the report's places). A
 * candidate with no free position is left out. Pure: the canvas layer draws exactly what this
 * returns, and the tests read the same boxes.
 */

export type LabelKind = 'country' | 'sea' | 'region' | 'city' | 'settlement' | 'picked';

/** A rectangle in container pixels, top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelCandidate {
  id: string;
  text: string;
  kind: LabelKind;
  /** The anchor in container pixels (the place's dot, or the middle of an area label). */
  x: number;
  y: number;
  /** Size of the text. */
  width: number;
  height: number;
  /** Settlements have a dot at the anchor and the text beside it; areas are centred on it. */
  dot: boolean;
  /** Other anchors to try, in order, when the first is taken (areas only). */
  more?: readonly { x: number; y: number }[];
}

export interface PlacedLabel {
  candidate: LabelCandidate;
  /** The text's box. */
  box: Box;
  /** The dot's box, when it has one. */
  dotBox: Box | null;
  /** Where to draw the text: its left edge and vertical middle. */
  textX: number;
  textY: number;
}

/** Radius of a settlement dot, and the gap between dot and text, in pixels. */
export const DOT_RADIUS = 2.5;
const GAP = 3;
/** Clear space kept around every text box. */
const PAD = 2;
const CELL = 64;

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Text boxes to try, in order: right of the dot, left, above, below; areas centred on each anchor. */
function positions(c: LabelCandidate): Box[] {
  const { x, y, width: w, height: h } = c;
  if (!c.dot) {
    return [{ x, y }, ...(c.more ?? [])].map((a) => ({ x: a.x - w / 2, y: a.y - h / 2, w, h }));
  }
  const off = DOT_RADIUS + GAP;
  return [
    { x: x + off, y: y - h / 2, w, h },
    { x: x - off - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - off - h, w, h },
    { x: x - w / 2, y: y + off, w, h },
  ];
}

const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  w: b.w + 2 * by,
  h: b.h + 2 * by,
});

/** A grid of placed boxes, so each test looks at a few neighbours only. */
class BoxGrid {
  private cells = new Map<string, Box[]>();

  private *keys(b: Box): Generator<string> {
    for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.w) / CELL); i++) {
      for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.h) / CELL); j++) {
        yield `${i},${j}`;
      }
    }
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    }
  }

  hits(b: Box): boolean {
    for (const key of this.keys(b)) {
      if (this.cells.get(key)?.some((other) => overlaps(b, other))) return true;
    }
    return false;
  }
}

/**
 * Place labels, most important first, with no two boxes (or a box and an obstacle) overlapping.
 * @param candidates in order of importance
 * @param view the container size; a label must fit inside it whole
 * @param obstacles boxes already taken (e.g. the report's own place labels)
 * @returns the labels placed, in the order given
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: { width: number; height: number },
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const grid = new BoxGrid();
  for (const o of obstacles) grid.add(o);
  const inView = (b: Box) =>
    b.x >= 0 && b.y >= 0 && b.x + b.w <= view.width && b.y + b.h <= view.height;
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    const dotBox = c.dot
      ? { x: c.x - DOT_RADIUS, y: c.y - DOT_RADIUS, w: 2 * DOT_RADIUS, h: 2 * DOT_RADIUS }
      : null;
    if (dotBox && (!inView(dotBox) || grid.hits(dotBox))) continue;
    const box = positions(c).find((b) => inView(b) && !grid.hits(grow(b, PAD)));
    if (!box) continue;
    // Placed boxes are stored grown by the pad, so two labels keep 2 × PAD apart.
    grid.add(grow(box, PAD));
    if (dotBox) grid.add(dotBox);
    placed.push({ candidate: c, box, dotBox, textX: box.x, textY: box.y + box.h / 2 });
  }
  return placed;
}
