import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  overlaps,
  placeLabels,
  type Box,
  type LabelCandidate,
} from '../../src/map/labels/placement';

const VIEW = { width: 800, height: 600 };
const settlement = (id: string, x: number, y: number, width = 60): LabelCandidate => ({
  id,
  text: id,
  kind: 'settlement',
  x,
  y,
  width,
  height: 14,
  dot: true,
});

/** The i-th element, failing the test when there is none. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no element ${i}`);
  return item;
}

function allBoxes(placed: ReturnType<typeof placeLabels>): Box[] {
  return placed.flatMap((p) => (p.dotBox ? [p.box, p.dotBox] : [p.box]));
}

describe('label placement', () => {
  it('puts a lone label right of its dot', () => {
    const only = at(placeLabels([settlement('Sudzha', 100, 100)], VIEW), 0);
    expect(only.box.x).toBeGreaterThan(100);
    expect(only.box.y).toBeLessThan(100);
    expect(only.box.y + only.box.h).toBeGreaterThan(100);
  });

  it('moves a label to the left when the right side is taken', () => {
    // A (more important) sits right of B; B's text would run into it.
    const placed = placeLabels([settlement('A', 160, 100), settlement('B', 100, 100)], VIEW);
    expect(placed).toHaveLength(2);
    const b = at(placed, 1);
    expect(b.box.x + b.box.w).toBeLessThan(100);
    expect(overlaps(at(placed, 0).box, b.box)).toBe(false);
  });

  it('drops the less important of two labels on the same spot', () => {
    const placed = placeLabels([settlement('Big', 100, 100), settlement('Small', 101, 101)], VIEW);
    expect(placed.map((p) => p.candidate.id)).toEqual(['Big']);
  });

  it('keeps clear of obstacles and of the view edge', () => {
    const obstacle = { x: 0, y: 0, w: 800, h: 90 };
    const placed = placeLabels(
      [settlement('Under', 100, 80), settlement('Edge', 795, 300), settlement('Free', 400, 300)],
      VIEW,
      [obstacle],
    );
    expect(placed.map((p) => p.candidate.id)).toEqual(['Edge', 'Free']);
    const edge = at(placed, 0);
    expect(edge.box.x + edge.box.w).toBeLessThanOrEqual(800);
  });

  it('centres area labels on their anchor, with no dot', () => {
    const [sea] = placeLabels(
      [
        {
          id: 'sea',
          text: 'Black Sea',
          kind: 'sea',
          x: 400,
          y: 300,
          width: 80,
          height: 16,
          dot: false,
        },
      ],
      VIEW,
    );
    expect(sea?.box).toEqual({ x: 360, y: 292, w: 80, h: 16 });
    expect(sea?.dotBox).toBeNull();
  });

  it('never lets two placed boxes overlap, for any crowd of candidates', () => {
    const candidate = fc.record({
      x: fc.integer({ min: -50, max: 850 }),
      y: fc.integer({ min: -50, max: 650 }),
      width: fc.integer({ min: 10, max: 200 }),
      dot: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 120 }), (specs) => {
        const candidates = specs.map((s, i) => ({
          ...settlement(`p${i}`, s.x, s.y, s.width),
          dot: s.dot,
        }));
        const placed = placeLabels(candidates, VIEW);
        const boxes = allBoxes(placed);
        for (let i = 0; i < boxes.length; i++) {
          const a = at(boxes, i);
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.w).toBeLessThanOrEqual(VIEW.width);
          for (let j = i + 1; j < boxes.length; j++) {
            // A label's own dot and text never overlap either (the gap keeps them apart).
            expect(overlaps(a, at(boxes, j)), `${i} vs ${j}`).toBe(false);
          }
        }
        // Something always fits when the first candidate lies well inside the view.
        const first = candidates[0];
        if (first && first.x > 250 && first.x < 550 && first.y > 100 && first.y < 500) {
          expect(placed[0]?.candidate.id).toBe('p0');
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

describe('area labels with more than one anchor', () => {
  it('takes the next anchor when the first is covered', () => {
    const russia: LabelCandidate = {
      id: 'russia',
      text: 'Russia',
      kind: 'country',
      x: 700,
      y: 60,
      width: 70,
      height: 19,
      dot: false,
      more: [{ x: 500, y: 200 }],
    };
    const button = { x: 650, y: 40, w: 150, h: 40 };
    expect(at(placeLabels([russia], VIEW, [button]), 0).box).toEqual({
      x: 465,
      y: 190.5,
      w: 70,
      h: 19,
    });
    expect(at(placeLabels([russia], VIEW), 0).box.x).toBe(665);
  });
});
