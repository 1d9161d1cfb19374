import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../src/map/labels/placement';
import {
  besideBoxes,
  centredBoxes,
  clampBox,
  layoutReportLabels,
  nearestOnPath,
  visiblePart,
} from '../../src/map/labels/reportLabels';

const view: Box = { x: 0, y: 0, w: 800, h: 600 };
const size = { w: 100, h: 20 };
const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= view.w && b.y + b.h <= view.h;

describe('layoutReportLabels', () => {
  // An area label, centred 38 px below the area's centre (400, 300) by default.
  const area = { candidates: centredBoxes({ x: 400, y: 300 }, size), keep: false };

  it('keeps the first position when nothing is in the way', () => {
    expect(layoutReportLabels([area], [], view)).toEqual([{ x: 350, y: 328, w: 100, h: 20 }]);
  });

  it('moves above the centre when a place dot sits below it (Donetsk Oblast over Nikolske)', () => {
    const dot = { x: 395, y: 330, w: 10, h: 10 };
    expect(layoutReportLabels([area], [dot], view)).toEqual([{ x: 350, y: 252, w: 100, h: 20 }]);
  });

  it('moves a label that would leave the map inside it, at its feature', () => {
    // Kursk Oblast at #area=russia: its centre 10 px from the map's left edge.
    const atEdge = { candidates: centredBoxes({ x: 10, y: 300 }, size), keep: false };
    expect(layoutReportLabels([atEdge], [], view)).toEqual([{ x: 0, y: 328, w: 100, h: 20 }]);
  });

  it('never overlaps two labels: a lower one moves, or is hidden when it has no room', () => {
    const figures = { candidates: besideBoxes({ x: 20, y: 300 }, size, 8), keep: false };
    const name = { candidates: besideBoxes({ x: 22, y: 302 }, size, 12), keep: false };
    const crowd = {
      candidates: besideBoxes({ x: 24, y: 300 }, { w: 700, h: 500 }, 8),
      keep: false,
    };
    const [a, b, c] = layoutReportLabels([figures, name, crowd], [], view);
    expect(a).toEqual({ x: 28, y: 290, w: 100, h: 20 });
    expect(b).not.toBeNull();
    if (a && b) expect(overlaps(a, b)).toBe(false);
    expect(c).toBeNull();
  });

  it('keeps clear of the first position of a label still to come when it can', () => {
    // The area's default (below) would cover the place name that comes after it.
    const place = { candidates: besideBoxes({ x: 390, y: 338 }, size, 12), keep: false };
    const [areaBox, placeBox] = layoutReportLabels([area, place], [], view);
    expect(areaBox?.y).toBe(252);
    expect(placeBox).toEqual({ x: 402, y: 328, w: 100, h: 20 });
  });

  it('slides a label above its point sideways when the map controls take the rest (a 360 px phone)', () => {
    // The route's point near the top right: right of it and above or below it centred meet
    // the control column, left of it a place name.
    const controls = { x: 700, y: 0, w: 100, h: 300 };
    const name = { x: 380, y: 66, w: 100, h: 30 };
    const route = { candidates: besideBoxes({ x: 600, y: 70 }, { w: 230, h: 50 }, 8), keep: false };
    const [box] = layoutReportLabels([route], [controls, name], view);
    expect(box).toEqual({ x: 427.5, y: 12, w: 230, h: 50 });
  });

  it('shows the selected label even when every position is taken, inside the map', () => {
    const everything = { x: -500, y: -500, w: 2000, h: 2000 };
    const selected = { candidates: centredBoxes({ x: 10, y: 300 }, size), keep: true };
    expect(layoutReportLabels([selected, area], [everything], view)).toEqual([
      { x: 0, y: 328, w: 100, h: 20 },
      null,
    ]);
  });

  it('hides a label with no candidates (what it names is out of view)', () => {
    expect(layoutReportLabels([{ candidates: [], keep: false }], [], view)).toEqual([null]);
  });

  it('puts every label inside the map and none over another, on random crowds', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1.2 - 0.1;
    for (let round = 0; round < 50; round++) {
      const labels = Array.from({ length: 12 }, (_, i) => {
        const anchor = { x: random() * view.w, y: random() * view.h };
        const box = { w: 60 + random() * 150, h: 18 + random() * 40 };
        return {
          candidates: i % 2 ? centredBoxes(anchor, box) : besideBoxes(anchor, box, 10),
          keep: i === 0,
        };
      });
      const dots = [{ x: random() * view.w, y: random() * view.h, w: 10, h: 10 }];
      const placed = layoutReportLabels(labels, dots, view).filter((b): b is Box => b !== null);
      expect(placed.length).toBeGreaterThan(0);
      for (const [i, a] of placed.entries()) {
        expect(inside(a)).toBe(true);
        for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      }
    }
  });
});

describe('where a label goes when what it names is at the edge', () => {
  it('clampBox moves a box the least that puts it inside', () => {
    expect(clampBox({ x: -5, y: 590, w: 100, h: 20 }, view)).toEqual({
      x: 0,
      y: 580,
      w: 100,
      h: 20,
    });
  });

  it('visiblePart is the part of a shape in view, or null', () => {
    expect(visiblePart({ x: -50, y: 100, w: 60, h: 40 }, view)).toEqual({
      x: 0,
      y: 100,
      w: 10,
      h: 40,
    });
    expect(visiblePart({ x: -50, y: 100, w: 40, h: 40 }, view)).toBeNull();
  });

  it('nearestOnPath finds the part of a line in view nearest to its label point', () => {
    // The route runs in from the left; its label point is 40 px left of the map.
    const line = [
      { x: -80, y: 300 },
      { x: 400, y: 100 },
    ];
    const point = nearestOnPath(line, { x: -40, y: 283 }, view);
    expect(point?.x).toBeCloseTo(0);
    expect(point?.y).toBeCloseTo(266.67, 1);
    expect(
      nearestOnPath(
        [
          { x: -80, y: 300 },
          { x: -10, y: 100 },
        ],
        { x: -40, y: 283 },
        view,
      ),
    ).toBeNull();
  });
});
