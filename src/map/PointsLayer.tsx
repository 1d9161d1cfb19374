import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { PointsCanvasLayer, type PointsCanvasOptions } from './points/PointsCanvasLayer';

export interface PointsLayerProps {
  /** Event locations as interleaved [lng, lat] pairs: [lng0, lat0, lng1, lat1, …]. */
  lngLat: ArrayLike<number>;
  /** Map pane to draw in (default: the overlay pane). */
  pane?: string;
  /** Called after each redraw with its duration, e.g. to show or measure it. */
  onDrawn?: (drawMs: number) => void;
}

/**
 * Points as dots on one canvas: fast for 100,000 points (see PointsCanvasLayer and bench/).
 * Use it instead of `<GeoJSON>` with markers for anything beyond a few hundred points.
 */
export function PointsLayer({ lngLat, pane, onDrawn }: PointsLayerProps) {
  const map = useMap();
  const layer = useRef<PointsCanvasLayer | null>(null);
  const drawn = useRef(onDrawn);
  useEffect(() => {
    drawn.current = onDrawn;
  }, [onDrawn]);

  useEffect(
    function addLayer() {
      const options: PointsCanvasOptions = pane ? { pane } : {};
      const created = new PointsCanvasLayer(options).addTo(map);
      layer.current = created;
      return function removeLayer() {
        created.remove();
        layer.current = null;
      };
    },
    [map, pane],
  );

  useEffect(
    function showPoints() {
      const current = layer.current;
      if (!current) return;
      current.setPoints(lngLat);
      drawn.current?.(current.lastDrawMs);
    },
    [lngLat, pane],
  );
  return null;
}
