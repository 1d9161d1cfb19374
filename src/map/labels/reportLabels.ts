/**
 * Where the report's own labels go (HTML tooltips: the areas' headlines, the route's figures,
 * the places' names), so that each is inside the map, at what it names, and clear of the others.
 * Pure: positions in, boxes out; `src/map/reportLabelLayout.ts` measures the tooltips, asks
 * this, and moves or hides them.
 */
import { overlaps, type Box } from './placement';

export type Offset = readonly [number, number];
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  w: number;
  h: number;
}

/**
 * Where an area's label's centre goes relative to the area's centre, in order: below it (the
 * default, clear of the city dot at the centre), above it, then further below and above, then
 * beside it.
 */
export const AREA_LABEL_OFFSETS: readonly Offset[] = [
  [0, 38],
  [0, -38],
  [0, 64],
  [0, -64],
  [110, 0],
  [-110, 0],
];

/** Clear space kept between a label and what it must not cover. */
const PAD = 2;

const padded = (o: Box): Box => ({
  x: o.x - PAD,
  y: o.y - PAD,
  w: o.w + 2 * PAD,
  h: o.h + 2 * PAD,
});
const clearOf = (box: Box, others: readonly Box[]) => !others.some((o) => overlaps(box, padded(o)));
const inside = (box: Box, view: Box) =>
  box.x >= view.x &&
  box.y >= view.y &&
  box.x + box.w <= view.x + view.w &&
  box.y + box.h <= view.y + view.h;

/**
 * A box moved the least that puts it inside the view (its left and top edges win when it is
 * larger than the view).
 * @example clampBox({ x: -5, y: 10, w: 20, h: 10 }, { x: 0, y: 0, w: 100, h: 100 }) // x 0, y 10
 */
export function clampBox(box: Box, view: Box): Box {
  const x = Math.max(view.x, Math.min(box.x, view.x + view.w - box.w));
  const y = Math.max(view.y, Math.min(box.y, view.y + view.h - box.h));
  return { ...box, x, y };
}

/**
 * The part of a feature (its box in container pixels) that is inside the view, or null when
 * none of it is.
 */
export function visiblePart(feature: Box, view: Box): Box | null {
  const x = Math.max(feature.x, view.x);
  const y = Math.max(feature.y, view.y);
  const right = Math.min(feature.x + feature.w, view.x + view.w);
  const bottom = Math.min(feature.y + feature.h, view.y + view.h);
  return right < x || bottom < y ? null : { x, y, w: right - x, h: bottom - y };
}

/** The point of a box nearest to a point (the point itself when it is inside). */
export function nearestInBox(point: Point, box: Box): Point {
  return {
    x: Math.max(box.x, Math.min(point.x, box.x + box.w)),
    y: Math.max(box.y, Math.min(point.y, box.y + box.h)),
  };
}

/** The part of segment a→b inside a box (Liang–Barsky), or null. */
function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.w - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.h - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  const at = (t: number) => ({ x: a.x + t * dx, y: a.y + t * dy });
  return [at(t0), at(t1)];
}

/**
 * The point of a line (container pixels) inside the view that is nearest to a target: where
 * a line's label goes when its own point (the target) is out of view. Null when no part of
 * the line is in view.
 * @example nearestOnPath([{ x: -50, y: 10 }, { x: 50, y: 10 }], { x: -40, y: 10 }, view) // (0, 10)
 */
export function nearestOnPath(path: readonly Point[], target: Point, view: Box): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    if (!a || !b) continue;
    const clipped = clipSegment(a, b, view);
    if (!clipped) continue;
    const [p, q] = clipped;
    const length2 = (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
    const t =
      length2 === 0
        ? 0
        : Math.max(
            0,
            Math.min(
              1,
              ((target.x - p.x) * (q.x - p.x) + (target.y - p.y) * (q.y - p.y)) / length2,
            ),
          );
    const point = { x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y) };
    const distance = (point.x - target.x) ** 2 + (point.y - target.y) ** 2;
    if (distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}

/** Boxes of a label centred at the anchor moved by each offset (an area's headline). */
export function centredBoxes(anchor: Point, size: Size, offsets = AREA_LABEL_OFFSETS): Box[] {
  return offsets.map(([dx, dy]) => ({
    x: anchor.x + dx - size.w / 2,
    y: anchor.y + dy - size.h / 2,
    ...size,
  }));
}

/** How far an above or below label slides sideways to find room, in its widths. */
const SLIDES = [-0.25, 0.25, -0.45, 0.45];

/**
 * Boxes of a label beside a point, `gap` away: right of it, left, above, below, then above and
 * below slid sideways (still over or under the point) to clear what is beside it.
 */
export function besideBoxes(anchor: Point, size: Size, gap: number): Box[] {
  const { w, h } = size;
  const above = anchor.y - gap - h;
  const below = anchor.y + gap;
  return [
    { x: anchor.x + gap, y: anchor.y - h / 2, w, h },
    { x: anchor.x - gap - w, y: anchor.y - h / 2, w, h },
    { x: anchor.x - w / 2, y: above, w, h },
    { x: anchor.x - w / 2, y: below, w, h },
    ...[above, below].flatMap((y) =>
      SLIDES.map((slide) => ({ x: anchor.x - w / 2 + slide * w, y, w, h })),
    ),
  ];
}

/** The point a label names, as a box it must not cover (half the gap around the point). */
export function markOf(anchor: Point, gap: number): Box {
  return { x: anchor.x - gap / 2, y: anchor.y - gap / 2, w: gap, h: gap };
}

export interface LabelToPlace {
  /** Where it may go, best first (unclamped: each is moved into the view before it is tried). */
  candidates: readonly Box[];
  /** Shown even when it finds no free room (the selected area's label). */
  keep: boolean;
  /** The point it names, which it must not cover either (a route's point). */
  mark?: Box;
}

/** Where a label to be kept goes when nothing is clear: its first position in the view. */
function keptBox(label: LabelToPlace, fitting: readonly Box[], view: Box): Box | null {
  const first = label.candidates[0];
  return fitting[0] ?? (first ? clampBox(first, view) : null);
}

/**
 * Places labels in order of priority, each at the first of its positions (moved into the view)
 * that is clear of the obstacles and of the labels placed before it — and, when it can be, of
 * the first position of each label still to come, so a label does not take the one spot
 * another had. A label with no candidates (what it names is out of view), or with no clear
 * position, is hidden (null), unless it is to be kept: then it goes at its first position
 * inside the view.
 * @param labels in order of priority, highest first
 * @param obstacles what no label may cover (place dots, map controls)
 * @param view the map's box
 * @returns for each label its box, or null when it is hidden
 */
export function layoutReportLabels(
  labels: readonly LabelToPlace[],
  obstacles: readonly Box[],
  view: Box,
): (Box | null)[] {
  const tries = labels.map((label) =>
    label.candidates.map((c) => clampBox(c, view)).filter((c) => inside(c, view)),
  );
  const placed: Box[] = [];
  return labels.map((label, i) => {
    const mine = tries[i] ?? [];
    const hard = label.mark ? [...obstacles, ...placed, label.mark] : [...obstacles, ...placed];
    const soft = tries.slice(i + 1).flatMap((t) => (t[0] ? [t[0]] : []));
    const box =
      mine.find((b) => clearOf(b, hard) && clearOf(b, soft)) ??
      mine.find((b) => clearOf(b, hard)) ??
      (label.keep ? keptBox(label, mine, view) : null);
    if (box) placed.push(box);
    return box;
  });
}
