import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * Features added per step. Each step also redraws the canvas, which grows with the shapes
 * already on it: 1,500 a step left one task of 260–360 ms near the end of a 100k import;
 * 500 keeps every task under about 130 ms (measured, e2e/import.spec.ts).
 */
const FEATURES_PER_STEP = 500;

/** Layers still being built per map container: the map says aria-busy until all are done. */
const building = new WeakMap<HTMLElement, number>();

function markBuilding(container: HTMLElement, delta: 1 | -1): void {
  const count = Math.max(0, (building.get(container) ?? 0) + delta);
  building.set(container, count);
  if (count > 0) container.setAttribute('aria-busy', 'true');
  else container.removeAttribute('aria-busy');
}

interface ChunkedCanvasGeoJSONProps {
  collection: FeatureCollection<Geometry | null>;
  pane: string;
  style: L.PathOptions;
  /** Called once every feature is on the map. */
  onDrawn?: () => void;
}

/**
 * A large GeoJSON layer drawn on one canvas and built a slice at a time, yielding to the
 * browser between slices, so tens of thousands of shapes never hold the main thread in one
 * long task (a single L.geoJSON call on 66,000 SVG paths held it for seconds). The shapes are
 * not interactive: hit-testing that many canvas paths on every mouse move would be slower
 * still. While slices are being added the map container carries aria-busy="true".
 */
export function ChunkedCanvasGeoJSON({
  collection,
  pane,
  style,
  onDrawn,
}: ChunkedCanvasGeoJSONProps) {
  const map = useMap();
  const done = useRef(onDrawn);
  useEffect(() => {
    done.current = onDrawn;
  }, [onDrawn]);

  useEffect(
    function addInSlices() {
      const renderer = L.canvas({ pane, padding: 0.3 });
      const group = L.geoJSON(undefined, {
        pane,
        renderer,
        interactive: false,
        style: () => style,
        pointToLayer: (_feature, latlng) =>
          L.circleMarker(latlng, { ...style, radius: 3, renderer, pane, interactive: false }),
      } as L.GeoJSONOptions).addTo(map);
      const features: Feature<Geometry | null>[] = collection.features;
      const container = map.getContainer();
      let next = 0;
      let timer = 0;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        markBuilding(container, -1);
      };
      const step = () => {
        const end = Math.min(next + FEATURES_PER_STEP, features.length);
        group.addData({ type: 'FeatureCollection', features: features.slice(next, end) } as never);
        next = end;
        if (next < features.length) {
          timer = window.setTimeout(step, 0);
        } else {
          finish();
          done.current?.();
        }
      };
      markBuilding(container, 1);
      if (features.length) step();
      else finish();
      return function removeSlices() {
        window.clearTimeout(timer);
        finish();
        group.remove();
        renderer.remove();
      };
    },
    // style is a constant object per layer; a new collection rebuilds the layer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, collection, pane],
  );
  return null;
}
