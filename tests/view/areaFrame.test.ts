// An area the map cannot show whole at its widest zoom (Russia on a phone) was centred, which
// cut off its western edge and the report's places on it. focusedCentre keeps that zoom and
// moves the map, as little as it takes, until the report's features are in view.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BBox, LngLat } from '../../src/geo/types';
import { focusedCentre, type FrameInput } from '../../src/view/areaFrame';

/** Spherical Mercator the textbook way (tan form), in world pixels at a zoom (256 px tiles). */
function pixel([lng, lat]: LngLat, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [((lng + 180) / 360) * size, (0.5 - y / (2 * Math.PI)) * size];
}

/** A box's corners on screen (px from the map's top-left) when the map shows `centre`. */
function onScreen(box: BBox, centre: LngLat, input: FrameInput) {
  const [cx, cy] = pixel(centre, input.zoom);
  const [left, top] = pixel([box[0], box[3]], input.zoom);
  const [right, bottom] = pixel([box[2], box[1]], input.zoom);
  const dx = input.size.width / 2 - cx;
  const dy = input.size.height / 2 - cy;
  return { left: left + dx, top: top + dy, right: right + dx, bottom: bottom + dy };
}

/** Whether a box lies in the map's room left by the padding (to a hundredth of a pixel). */
function inRoom(box: BBox, centre: LngLat, input: FrameInput): boolean {
  const s = onScreen(box, centre, input);
  const { size, padding } = input;
  return (
    s.left >= padding.left - 0.01 &&
    s.top >= padding.top - 0.01 &&
    s.right <= size.width - padding.right + 0.01 &&
    s.bottom <= size.height - padding.bottom + 0.01
  );
}

// Russia's box (east of 180 through Chukotka) and the report's features in or touching it
// (Kursk and Donetsk oblasts), on a 390×844 phone's map (560 px high), at the map's widest
// zoom, with the app's padding (16 px, and the control column's 48 at the right).
const RUSSIA: BBox = [19.6, 41.2, 190.27, 81.85];
const WEST_EDGE: BBox = [34.08, 46.88, 39.06, 52.43];
const PHONE: FrameInput = {
  area: RUSSIA,
  focus: WEST_EDGE,
  zoom: 2,
  size: { width: 390, height: 560 },
  padding: { top: 16, left: 16, bottom: 16, right: 64 },
};

/** Where a plain fit (Leaflet's fitBounds) centres a box: its middle, shifted for the padding. */
function fittedCentre(input: FrameInput): [number, number] {
  const [left, top] = pixel([input.area[0], input.area[3]], input.zoom);
  const [right, bottom] = pixel([input.area[2], input.area[1]], input.zoom);
  const { padding } = input;
  return [
    (left + right) / 2 + (padding.right - padding.left) / 2,
    (top + bottom) / 2 + (padding.bottom - padding.top) / 2,
  ];
}

describe('focusedCentre', () => {
  it('brings the report’s features at Russia’s western edge into a phone’s map', () => {
    // What the map did before: the box's middle, which leaves the features off the map.
    const [fx, fy] = fittedCentre(PHONE);
    const size = 256 * 2 ** PHONE.zoom;
    const fitted: LngLat = [
      (fx / size) * 360 - 180,
      (Math.atan(Math.sinh(Math.PI * (1 - (2 * fy) / size))) * 180) / Math.PI,
    ];
    expect(inRoom(WEST_EDGE, fitted, PHONE)).toBe(false);
    const centre = focusedCentre(PHONE);
    expect(centre).not.toBeNull();
    expect(inRoom(WEST_EDGE, centre as LngLat, PHONE)).toBe(true);
  });

  it('moves no further than it takes: the features end at the room’s western edge', () => {
    const centre = focusedCentre(PHONE) as LngLat;
    const s = onScreen(WEST_EDGE, centre, PHONE);
    expect(s.left).toBeCloseTo(PHONE.padding.left, 6);
    // Up and down Russia fits: the map stays at its middle there.
    const [, fy] = fittedCentre(PHONE);
    expect(pixel(centre, PHONE.zoom)[1]).toBeCloseTo(fy, 6);
  });

  it('changes nothing for an area that fits (the same box at 1440×900)', () => {
    const wide: FrameInput = {
      ...PHONE,
      zoom: 2.8,
      size: { width: 1020, height: 766 },
      padding: { top: 16, left: 16, bottom: 16, right: 136 },
    };
    expect(focusedCentre(wide)).toBeNull();
  });

  it('changes nothing for an area without the report’s features', () => {
    expect(focusedCentre({ ...PHONE, focus: null })).toBeNull();
  });

  it('keeps the fitted centre when the features are already in view', () => {
    const middle: BBox = [100, 60, 110, 65];
    const centre = focusedCentre({ ...PHONE, focus: middle }) as LngLat;
    const [fx, fy] = fittedCentre(PHONE);
    const [x, y] = pixel(centre, PHONE.zoom);
    expect(x).toBeCloseTo(fx, 6);
    expect(y).toBeCloseTo(fy, 6);
  });

  it('centres features wider than the map on their middle', () => {
    const wide: BBox = [20, 50, 180, 55];
    const centre = focusedCentre({ ...PHONE, focus: wide }) as LngLat;
    const s = onScreen(wide, centre, PHONE);
    const roomMiddle = (PHONE.padding.left + PHONE.size.width - PHONE.padding.right) / 2;
    expect((s.left + s.right) / 2).toBeCloseTo(roomMiddle, 6);
  });

  it('puts any features that fit in the room into view, whatever the box and map', () => {
    const lng = fc.double({ min: -170, max: 300, noNaN: true });
    const lat = fc.double({ min: -70, max: 70, noNaN: true });
    fc.assert(
      fc.property(
        lng,
        lat,
        fc.double({ min: 1, max: 180, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 200, max: 1000 }),
        fc.double({ min: 1, max: 8, noNaN: true }),
        (west, south, width, height, fx, fy, fsize, w, h, zoom) => {
          const area: BBox = [west, south, west + width, Math.min(84, south + height)];
          const fw = (area[2] - area[0]) * fsize;
          const fh = (area[3] - area[1]) * fsize;
          const focusWest = area[0] + (area[2] - area[0] - fw) * fx;
          const focusSouth = area[1] + (area[3] - area[1] - fh) * fy;
          const focus: BBox = [focusWest, focusSouth, focusWest + fw, focusSouth + fh];
          const input: FrameInput = {
            area,
            focus,
            zoom,
            size: { width: w, height: h },
            padding: { top: 16, left: 16, bottom: 16, right: 64 },
          };
          const centre = focusedCentre(input);
          const s = onScreen(focus, [0, 0], input);
          const fitsRoom = s.right - s.left <= w - 80 && s.bottom - s.top <= h - 32;
          if (centre && fitsRoom) expect(inRoom(focus, centre, input)).toBe(true);
          // The area itself fits: nothing to move.
          const a = onScreen(area, [0, 0], input);
          if (a.right - a.left <= w - 80 && a.bottom - a.top <= h - 32) expect(centre).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
