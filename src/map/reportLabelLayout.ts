import type L from 'leaflet';
import type { Box } from './labels/placement';
import {
  besideBoxes,
  centredBoxes,
  layoutReportLabels,
  markOf,
  nearestInBox,
  nearestOnPath,
  visiblePart,
  type Point,
  type Size,
} from './labels/reportLabels';

/** Fired on the map when report labels moved, so the canvas labels are placed around them again. */
export const REPORT_LABELS_MOVED = 'sitrep:reportlabelsmoved';

/** The class of a report label hidden for want of room (styles.css: visibility hidden). */
export const HIDDEN_LABEL = 'report-label-hidden';

/**
 * What a label names, which decides where it may go and how much it matters:
 * - `area`: centred near its area's centre (an area's headline, with its figures);
 * - `route`: beside its point, or on the part of its line in view when the point is not;
 * - `place`: beside its place's dot.
 */
export type ReportLabelKind = 'area' | 'route' | 'place';

export interface ReportLabel {
  tooltip: L.Tooltip;
  kind: ReportLabelKind;
  /** A route's line, [lat, lng] pairs: where its label may go when its own point is out of view. */
  path?: readonly L.LatLngExpression[];
}

/**
 * Which labels win when there is no room for all, highest first: the selected area's or
 * place's (always shown), the areas' headlines with figures, the route's figures, an area's
 * bare name, then place names (their dots stay).
 */
function rank(label: ReportLabel, element: HTMLElement): { priority: number; keep: boolean } {
  const selected =
    element.classList.contains('area-label-selected') ||
    element.classList.contains('place-label-selected');
  if (selected) return { priority: 0, keep: true };
  if (label.kind === 'area') {
    return { priority: element.querySelector('.area-label-figure') ? 1 : 3, keep: false };
  }
  return { priority: label.kind === 'route' ? 2 : 4, keep: false };
}

/** Gap between a point and the label beside it: the route's point, a place's dot (radius 5–7). */
const GAP_PX: Record<Exclude<ReportLabelKind, 'area'>, number> = { route: 8, place: 12 };

/** Room kept free at the map's edges. */
const EDGE_PX = 2;
/** What lies over the map and must stay readable: Leaflet's controls and the tools over it. */
const CONTROLS = '.leaflet-control';
const OVERLAYS = '.map-tools > *';
/** The report's place dots: no label covers one. */
const DOTS = '.place-marker';

function boxOf(element: Element, origin: DOMRect): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
}

/** The layer a tooltip is bound to (an area's GeoJSON group), for the bounds of its shape. */
function owners(map: L.Map): Map<L.Tooltip, L.Layer> {
  const found = new Map<L.Tooltip, L.Layer>();
  map.eachLayer((layer) => {
    const tooltip = layer.getTooltip();
    if (tooltip) found.set(tooltip, layer);
  });
  return found;
}

/** The box of a layer's shape in container pixels, if it has bounds. */
function shapeBox(map: L.Map, layer: L.Layer | undefined): Box | null {
  if (!layer || !('getBounds' in layer) || typeof layer.getBounds !== 'function') return null;
  const bounds = (layer as L.FeatureGroup).getBounds();
  if (!bounds.isValid()) return null;
  const nw = map.latLngToContainerPoint(bounds.getNorthWest());
  const se = map.latLngToContainerPoint(bounds.getSouthEast());
  return { x: nw.x, y: nw.y, w: se.x - nw.x, h: se.y - nw.y };
}

/**
 * Where a label may go, best first, in container pixels (none when what it names is out of
 * view), and the point it names. An area's label is centred near its centre, or near the point
 * of its shape's part in view nearest to it; a route's beside its point, or beside the nearest
 * point of its line in view; a place's beside its dot.
 */
function placesFor(
  map: L.Map,
  label: ReportLabel,
  size: Size,
  view: Box,
  owner: L.Layer | undefined,
): { candidates: Box[]; mark?: Box } {
  const at = map.latLngToContainerPoint(label.tooltip.getLatLng() ?? map.getCenter());
  const point: Point = { x: at.x, y: at.y };
  if (label.kind === 'area') {
    const shape = shapeBox(map, owner);
    const part = shape ? visiblePart(shape, view) : visiblePart({ ...point, w: 0, h: 0 }, view);
    return { candidates: part ? centredBoxes(nearestInBox(point, part), size) : [] };
  }
  const gap = GAP_PX[label.kind];
  let anchor: Point | null = visiblePart({ ...point, w: 0, h: 0 }, view) ? point : null;
  if (!anchor && label.kind === 'route' && label.path) {
    const path = label.path.map((latlng) => map.latLngToContainerPoint(latlng));
    anchor = nearestOnPath(path, point, view);
  }
  if (!anchor) return { candidates: [] };
  return { candidates: besideBoxes(anchor, size, gap), mark: markOf(anchor, gap) };
}

/**
 * One map's report labels: after every move, zoom and resize, each goes to the first place
 * inside the map, at what it names, that covers no place dot, no map control and no label that
 * matters more; a label with no such place is hidden (a class, so the page's CSP holds).
 * Runs on `moveend` itself, before the canvas labels (scheduled for the next frame) read where
 * the HTML labels are.
 */
class ReportLabelLayout {
  readonly labels = new Set<ReportLabel>();
  private frame = 0;
  private readonly resized: ResizeObserver | null;

  constructor(private readonly map: L.Map) {
    this.resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(this.later);
  }

  add(label: ReportLabel): () => void {
    if (this.labels.size === 0) this.start();
    this.labels.add(label);
    this.later();
    return () => {
      this.labels.delete(label);
      label.tooltip.getElement()?.classList.remove(HIDDEN_LABEL);
      if (this.labels.size === 0) this.stop();
    };
  }

  /** Once the layers that are arriving (one by one) are in. */
  readonly later = () => {
    if (!this.frame) this.frame = requestAnimationFrame(this.run);
  };

  private start() {
    this.map.on('zoomend moveend resize', this.run);
    this.map.on('layeradd', this.later);
    // The layer list opens and closes over the map: place the labels around it again.
    const tools = this.map.getContainer().parentElement?.querySelectorAll(OVERLAYS) ?? [];
    for (const element of tools) this.resized?.observe(element);
  }

  private stop() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.map.off('zoomend moveend resize', this.run);
    this.map.off('layeradd', this.later);
    this.resized?.disconnect();
  }

  readonly run = () => {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const map = this.map;
    const container = map.getContainer();
    const origin = container.getBoundingClientRect();
    const view: Box = { x: 0, y: 0, w: container.clientWidth, h: container.clientHeight };
    const obstacles = [
      ...container.querySelectorAll(`${DOTS}, ${CONTROLS}`),
      ...(container.parentElement?.querySelectorAll(OVERLAYS) ?? []),
    ]
      .map((element) => boxOf(element, origin))
      .filter((box) => box.w > 0 && box.h > 0);
    const layerOf = owners(map);
    const shown = [...this.labels].flatMap((label) => {
      const element = label.tooltip.getElement();
      if (!element || !label.tooltip.isOpen()) return [];
      const box = boxOf(element, origin);
      const size = { w: box.w, h: box.h };
      return [
        {
          label,
          element,
          box,
          ...rank(label, element),
          ...placesFor(map, label, size, view, layerOf.get(label.tooltip)),
        },
      ];
    });
    shown.sort((a, b) => a.priority - b.priority);
    // A little inside the edge: a label is moved by whole pixels, and never touches the frame.
    const inner = { x: EDGE_PX, y: EDGE_PX, w: view.w - 2 * EDGE_PX, h: view.h - 2 * EDGE_PX };
    const boxes = layoutReportLabels(shown, obstacles, inner);
    let moved = false;
    shown.forEach(({ label, element, box }, i) => {
      const next = boxes[i] ?? null;
      const hidden = element.classList.contains(HIDDEN_LABEL);
      if (!next) {
        if (!hidden) element.classList.add(HIDDEN_LABEL);
        moved ||= !hidden;
        return;
      }
      if (hidden) element.classList.remove(HIDDEN_LABEL);
      const dx = Math.round(next.x - box.x);
      const dy = Math.round(next.y - box.y);
      if (dx === 0 && dy === 0) {
        moved ||= hidden;
        return;
      }
      const [x, y] = offsetOf(label.tooltip);
      label.tooltip.options.offset = [x + dx, y + dy];
      label.tooltip.update();
      moved = true;
    });
    if (moved) map.fire(REPORT_LABELS_MOVED);
  };
}

function offsetOf(tooltip: L.Tooltip): [number, number] {
  const offset = tooltip.options.offset;
  if (Array.isArray(offset)) return [Number(offset[0]) || 0, Number(offset[1]) || 0];
  if (offset && typeof offset === 'object' && 'x' in offset) return [offset.x, offset.y];
  return [0, 0];
}

const layouts = new WeakMap<L.Map, ReportLabelLayout>();

/**
 * Puts a report label under the map's layout: it is placed (or hidden) with the others now and
 * after every move.
 * @returns a function that takes it out again
 */
export function layOutReportLabel(map: L.Map, label: ReportLabel): () => void {
  let layout = layouts.get(map);
  if (!layout) {
    layout = new ReportLabelLayout(map);
    layouts.set(map, layout);
  }
  return layout.add(label);
}

/** Places the map's report labels again (their text changed size), in the next frame. */
export function relayReportLabels(map: L.Map): void {
  layouts.get(map)?.later();
}
