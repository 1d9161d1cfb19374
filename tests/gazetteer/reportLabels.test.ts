import { describe, expect, it } from 'vitest';
import { AREA_LABEL_OFFSETS, boxAtOffset, clearOffset } from '../../src/map/labels/reportLabels';

const view = { width: 800, height: 600 };
// An area label drawn with the default offset, centred 38 px below the area's centre (400, 300).
const label = { x: 350, y: 328, w: 100, h: 20 };

describe('clearOffset', () => {
  it('keeps the default offset when nothing is in the way', () => {
    expect(clearOffset(label, [0, 38], [], view)).toEqual([0, 38]);
  });

  it('moves above the centre when a place name sits below it (Donetsk Oblast over Nikolske)', () => {
    const nikolske = { x: 390, y: 330, w: 110, h: 18 };
    const next = clearOffset(label, [0, 38], [nikolske], view);
    expect(next).toEqual([0, -38]);
    expect(boxAtOffset(label, [0, 38], next)).toEqual({ x: 350, y: 252, w: 100, h: 20 });
  });

  it('goes back to the default once the way is clear, whatever offset it was drawn with', () => {
    const drawnAbove = boxAtOffset(label, [0, 38], [0, -38]);
    expect(clearOffset(drawnAbove, [0, -38], [], view)).toEqual([0, 38]);
  });

  it('keeps clear of a place dot as well as its name, and of the padding around them', () => {
    const dotJustBelow = { x: 395, y: 349, w: 10, h: 10 };
    expect(clearOffset(label, [0, 38], [dotJustBelow], view)).not.toEqual([0, 38]);
  });

  it('prefers a position inside the view', () => {
    const atTop = { x: 350, y: 10, w: 100, h: 20 }; // default offset, centre at y = -18
    const below = { x: 300, y: 0, w: 200, h: 30 };
    // Above (y −66) and further above are outside the view; further below (y 36) is inside.
    expect(clearOffset(atTop, [0, 38], [below], view)).toEqual([0, 64]);
  });

  it('falls back to the default when every position is taken', () => {
    const everything = { x: -500, y: -500, w: 2000, h: 2000 };
    expect(clearOffset(label, [0, -38], [everything], view)).toEqual(AREA_LABEL_OFFSETS[0]);
  });
});
