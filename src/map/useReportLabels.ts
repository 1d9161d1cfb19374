import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type L from 'leaflet';
import {
  layOutReportLabel,
  relayReportLabels,
  type ReportLabel,
  type ReportLabelKind,
} from './reportLabelLayout';

/**
 * Puts a layer's permanent labels (react-leaflet Tooltips) under the map's report label layout
 * (`reportLabelLayout.ts`): each goes inside the map at what it names, clear of the others, or
 * is hidden when there is no room.
 * @param kind what the labels name (area, route, place)
 * @param content what the labels say: when it changes, they are placed again (a new size)
 * @param path a route's line, where its label may go when its own point is out of view
 * @returns a ref callback factory: `register(id)` for each Tooltip, stable per id
 */
export function useReportLabels(
  kind: ReportLabelKind,
  content: unknown,
  path?: readonly L.LatLngExpression[],
): (id: string) => (tooltip: L.Tooltip | null) => void {
  const map = useMap();
  const removers = useRef(new Map<string, () => void>());
  const callbacks = useRef(new Map<string, (tooltip: L.Tooltip | null) => void>());
  const pathRef = useRef(path);
  const labels = useRef(new Map<string, ReportLabel>());

  useEffect(
    function followPath() {
      pathRef.current = path;
      for (const label of labels.current.values()) {
        if (path) label.path = path;
        else delete label.path;
      }
    },
    [path],
  );

  useEffect(
    function placeAgain() {
      relayReportLabels(map);
    },
    [map, content, path],
  );

  useEffect(function removeAll() {
    const registered = removers.current;
    return function takeLabelsOut() {
      for (const remove of registered.values()) remove();
      registered.clear();
    };
  }, []);

  return (id: string) => {
    let callback = callbacks.current.get(id);
    if (!callback) {
      callback = (tooltip: L.Tooltip | null) => {
        removers.current.get(id)?.();
        removers.current.delete(id);
        labels.current.delete(id);
        if (!tooltip) return;
        const label: ReportLabel = { tooltip, kind };
        if (pathRef.current) label.path = pathRef.current;
        labels.current.set(id, label);
        removers.current.set(id, layOutReportLabel(map, label));
      };
      callbacks.current.set(id, callback);
    }
    return callback;
  };
}
