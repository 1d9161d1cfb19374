import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type L from 'leaflet';
import type { Box } from './labels/placement';
import { boxAtOffset, clearOffset, type Offset } from './labels/reportLabels';

/** Fired on the map when report labels moved, so the canvas labels are placed around them again. */
export const REPORT_LABELS_MOVED = 'sitrep:reportlabelsmoved';

/** The report's own places: their dots and names (HTML), which area labels must not cover. */
const PLACES = '.place-marker, .leaflet-tooltip.place-label';

function boxOf(element: Element, origin: DOMRect): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
}

/**
 * Keeps the areas' headline labels off the report's places: after every move and zoom, each
 * label takes the first position (below the area's centre, above it, …) where it covers no place
 * dot, no place name and no other area label. Runs on `moveend` itself, before the canvas labels
 * (scheduled for the next frame) read where the HTML labels are.
 * @param content what the labels say (the areas): when it changes, the labels are placed again
 * @returns a ref callback factory: `register(id)` for each area's Tooltip
 */
export function useAreaLabelsClear(
  content: unknown,
): (id: string) => (tooltip: L.Tooltip | null) => void {
  const map = useMap();
  const tooltips = useRef(new Map<string, L.Tooltip>());
  const callbacks = useRef(new Map<string, (tooltip: L.Tooltip | null) => void>());

  useEffect(
    function keepAreaLabelsClear() {
      let frame = 0;
      const resolve = () => {
        frame = 0;
        const container = map.getContainer();
        const origin = container.getBoundingClientRect();
        const view = { width: container.clientWidth, height: container.clientHeight };
        const obstacles = [...container.querySelectorAll(PLACES)].map((e) => boxOf(e, origin));
        let moved = false;
        for (const tooltip of tooltips.current.values()) {
          const element = tooltip.getElement();
          if (!element || !tooltip.isOpen()) continue;
          const current = (tooltip.options.offset ?? [0, 0]) as Offset;
          const box = boxOf(element, origin);
          const next = clearOffset(box, current, obstacles, view);
          obstacles.push(boxAtOffset(box, current, next));
          if (next[0] === current[0] && next[1] === current[1]) continue;
          tooltip.options.offset = [next[0], next[1]];
          tooltip.update();
          moved = true;
        }
        if (moved) map.fire(REPORT_LABELS_MOVED);
      };
      // Layers (and their tooltips) arrive one by one: settle once they are in.
      const later = () => {
        if (!frame) frame = requestAnimationFrame(resolve);
      };
      map.on('zoomend moveend', resolve);
      map.on('layeradd', later);
      later();
      return function stopKeepingAreaLabelsClear() {
        if (frame) cancelAnimationFrame(frame);
        map.off('zoomend moveend', resolve);
        map.off('layeradd', later);
      };
    },
    [map, content],
  );

  return (id: string) => {
    let callback = callbacks.current.get(id);
    if (!callback) {
      callback = (tooltip: L.Tooltip | null) => {
        if (tooltip) tooltips.current.set(id, tooltip);
        else tooltips.current.delete(id);
      };
      callbacks.current.set(id, callback);
    }
    return callback;
  };
}
