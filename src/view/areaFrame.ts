/**
 * Framing an area the map cannot show whole. Fitting an area centres its box; when the box is
 * larger than the map at the widest zoom allowed (Russia on a phone), centring it cuts off its
 * edges, and with them the places the report is about (Kursk and Donetsk, at Russia's western
 * edge). Then the map keeps that widest zoom and moves, as little as it can, until the report's
 * features in or touching the area (its focus, `areaFocus`) are in view. An area that fits is
 * framed as before.
 *
 * Web Mercator as Leaflet's EPSG:3857 projects it (256 px tiles), so the numbers here are the
 * ones the map draws with; no Leaflet is needed to compute them.
 */
import { MAX_LATITUDE, type BBox, type LngLat } from '../geo/types';

/** The map's size in CSS pixels. */
export interface FrameSize {
  width: number;
  height: number;
}

/** Room kept free at each side of a fitted box (px): fitted features stay inside the rest. */
export interface FramePadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameInput {
  /** The area's box [west, south, east, north]; east may pass 180 (Russia's reaches 190). */
  area: BBox;
  /** The box of the report's features in or touching the area, or null when it has none. */
  focus: BBox | null;
  /** The zoom the map shows the area at: its fit, or the widest zoom the map allows. */
  zoom: number;
  size: FrameSize;
  padding: FramePadding;
}

const TILE_SIZE = 256;
const DEGREES = 180 / Math.PI;
/** Less than this (px) over the room does not count as not fitting: the fit's own rounding. */
const FIT_TOLERANCE_PX = 0.5;

/** A position in world pixels at a zoom, as Leaflet projects it (latitude clamped). */
function project(lng: number, lat: number, zoom: number): [x: number, y: number] {
  const size = TILE_SIZE * 2 ** zoom;
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin(clamped / DEGREES);
  return [(0.5 + lng / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** The inverse of `project`. */
function unproject(x: number, y: number, zoom: number): LngLat {
  const size = TILE_SIZE * 2 ** zoom;
  const lng = (x / size - 0.5) * 360;
  const lat = (2 * Math.atan(Math.exp((0.5 - y / size) * 2 * Math.PI)) - Math.PI / 2) * DEGREES;
  return [lng, lat];
}

/** A box in world pixels at a zoom: [left, top, right, bottom]. */
function projectBox([west, south, east, north]: BBox, zoom: number) {
  const [left, top] = project(west, north, zoom);
  const [right, bottom] = project(east, south, zoom);
  return { left, top, right, bottom };
}

/**
 * The nearest position to `at` for the middle of a window `room` wide that holds the span
 * [from, to]; the span's middle when it is wider than the window.
 */
function keepInView(at: number, from: number, to: number, room: number): number {
  if (to - from > room) return (from + to) / 2;
  return Math.min(Math.max(at, to - room / 2), from + room / 2);
}

/**
 * Where to centre the map on an area it cannot show whole at `zoom`, so that the report's
 * features in or touching it are in view: the fitted centre (the box's middle, shifted for
 * the padding as Leaflet's fitBounds does), moved as little as it takes.
 *
 * @param input - the area's box, its focus, the zoom it is shown at, the map's size and padding
 * @returns the centre [lng, lat], or null when the area fits at `zoom` or has no focus (fit it
 *   as usual)
 * @example
 * // Russia on a 390 px wide phone at zoom 2, the report's places at its western edge:
 * focusedCentre({ area: [19.6, 41.2, 190.27, 81.85], focus: [34.08, 46.88, 39.06, 52.43],
 *   zoom: 2, size: { width: 390, height: 560 },
 *   padding: { top: 16, left: 16, bottom: 16, right: 64 } }); // ≈ [97.0, 69.6]
 */
export function focusedCentre(input: FrameInput): LngLat | null {
  const { area, focus, zoom, size, padding } = input;
  if (!focus) return null;
  const roomX = size.width - padding.left - padding.right;
  const roomY = size.height - padding.top - padding.bottom;
  const box = projectBox(area, zoom);
  const fits =
    box.right - box.left <= roomX + FIT_TOLERANCE_PX &&
    box.bottom - box.top <= roomY + FIT_TOLERANCE_PX;
  if (fits) return null;
  const inside = projectBox(focus, zoom);
  // The middle of the room left by the padding: the box's middle, as a fit puts it.
  const x = keepInView((box.left + box.right) / 2, inside.left, inside.right, roomX);
  const y = keepInView((box.top + box.bottom) / 2, inside.top, inside.bottom, roomY);
  // The map's centre is off the room's middle by half the difference of the paddings.
  return unproject(
    x + (padding.right - padding.left) / 2,
    y + (padding.bottom - padding.top) / 2,
    zoom,
  );
}
