/**
 * The thin wrapper over Leaflet-Geoman: loads it on first use (its own chunk), enables one
 * drawing or editing mode at a time, and reports what the analyst did: `pm:create` (a new
 * shape), `pm:edit` (a shape's vertices changed or it was moved, once per gesture, never per
 * mouse move) and `pm:remove`. Geoman's own toolbar is not used: the buttons are ours.
 *
 * Geoman runs in opt-in mode: it only touches layers created with `pmIgnore: false` (the
 * annotations), never the areas, places or imported layers.
 */
import type L from 'leaflet';
import type {} from '@geoman-io/leaflet-geoman-free';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';

export type DrawMode = 'point' | 'line' | 'polygon' | 'edit' | 'move' | 'delete';

export interface DrawingEvents {
  onCreate: (layer: L.Layer) => void;
  onEdit: (layer: L.Layer) => void;
  onRemove: (layer: L.Layer) => void;
  /** A drawing mode ended on its own (a shape was finished, Escape pressed). */
  onModeEnd: () => void;
  /** Geoman could not be loaded. */
  onError: (message: string) => void;
}

let loading: Promise<void> | null = null;

/**
 * Loads Geoman once. It patches the global `L` that Leaflet 1.x sets when it loads. Geoman
 * gives each layer its `pm` handle when the layer is created, so shapes that were on the map
 * before it loaded (opened from a link) are given theirs here, or edit, move and delete would
 * pass them by.
 */
function loadGeoman(map: L.Map, group: L.FeatureGroup | null): Promise<void> {
  // Geoman's stylesheet is left out (6 KiB gzipped, nearly all of it for its toolbar, which
  // is not used): drawing.css styles the vertex handles.
  loading ??= import('@geoman-io/leaflet-geoman-free').then(() => undefined);
  return loading.then(() => {
    const pm = (window as unknown as { L: typeof L }).L.PM;
    pm.setOptIn(true);
    if (!map.pm) {
      map.options.pmIgnore = false;
      pm.reInitLayer(map as unknown as L.Layer); // typed for layers; maps are handled too
    }
    group?.eachLayer((layer) => {
      if (!(layer as { pm?: unknown }).pm) pm.reInitLayer(layer);
    });
  });
}

const DRAW_SHAPE = { point: 'CircleMarker', line: 'Line', polygon: 'Polygon' } as const;

function disableAll(map: L.Map): void {
  if (!map.pm) return;
  map.pm.disableDraw();
  if (map.pm.globalEditModeEnabled()) map.pm.disableGlobalEditMode();
  if (map.pm.globalDragModeEnabled()) map.pm.disableGlobalDragMode();
  if (map.pm.globalRemovalModeEnabled()) map.pm.disableGlobalRemovalMode();
}

/**
 * Enables `mode` on the map (null: none) and reports geoman's events.
 * @param group - the feature group holding the annotation layers (their events reach it)
 * @param mode - the mode the analyst picked
 * @param events - callbacks (kept in a ref: a new object each render is fine)
 * @returns whether geoman is loaded
 */
export function useGeomanDrawing(
  group: L.FeatureGroup | null,
  mode: DrawMode | null,
  events: DrawingEvents,
): boolean {
  const map = useMap();
  const [ready, setReady] = useState(false);
  const handlers = useRef(events);
  useEffect(() => {
    handlers.current = events;
  });

  useEffect(
    function loadOnFirstUse() {
      if (mode === null || ready) return;
      let cancelled = false;
      loadGeoman(map, group)
        .then(() => {
          if (!cancelled) setReady(true);
        })
        .catch(() => handlers.current.onError('The drawing tools could not be loaded.'));
      return function cancelLoad() {
        cancelled = true;
      };
    },
    [map, group, mode, ready],
  );

  useEffect(
    function enableMode() {
      if (!ready || !map.pm || mode === null) return;
      const pm = map.pm;
      if (mode === 'point' || mode === 'line' || mode === 'polygon') {
        pm.enableDraw(DRAW_SHAPE[mode], {
          continueDrawing: false,
          pathOptions: { className: 'annotation-shape annotation-drawing' },
          templineStyle: { className: 'annotation-drawing' },
          hintlineStyle: { className: 'annotation-drawing', dashArray: '4 4' },
        });
      } else if (mode === 'edit') {
        pm.enableGlobalEditMode({ allowSelfIntersection: true });
      } else if (mode === 'move') {
        pm.enableGlobalDragMode();
      } else {
        pm.enableGlobalRemovalMode();
      }
      // Tells tests and styles that the mode is live (geoman loads after the button is pressed).
      map.getContainer().dataset.drawing = mode;
      return function disableMode() {
        delete map.getContainer().dataset.drawing;
        disableAll(map);
      };
    },
    [map, mode, ready],
  );

  useEffect(
    function reportEvents() {
      if (!ready) return;
      const onCreate = (event: L.LeafletEvent) => {
        handlers.current.onCreate((event as L.LeafletEvent & { layer: L.Layer }).layer);
      };
      const onDrawEnd = () => handlers.current.onModeEnd();
      const onEdit = (event: L.LeafletEvent) => {
        const layer = (event as L.LeafletEvent & { layer?: L.Layer }).layer;
        if (layer) handlers.current.onEdit(layer);
      };
      const onRemove = (event: L.LeafletEvent) => {
        handlers.current.onRemove((event as L.LeafletEvent & { layer: L.Layer }).layer);
      };
      map.on('pm:create', onCreate);
      map.on('pm:drawend', onDrawEnd);
      map.on('pm:remove', onRemove);
      group?.on('pm:edit', onEdit);
      return function stopReporting() {
        map.off('pm:create', onCreate);
        map.off('pm:drawend', onDrawEnd);
        map.off('pm:remove', onRemove);
        group?.off('pm:edit', onEdit);
      };
    },
    [map, group, ready],
  );

  return ready;
}
