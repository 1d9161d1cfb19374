import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';

const RIVER_STYLE: L.PathOptions = { color: '#8fb3d6', weight: 1.2, interactive: false };
const LAKE_STYLE: L.PathOptions = {
  color: '#8fb3d6',
  weight: 0.8,
  fillColor: '#c9dcee',
  fillOpacity: 1,
  interactive: false,
};

/**
 * Rivers and lakes (Natural Earth 1:50m) on the basemap's pane, over the land and under every
 * overlay. Loaded on its own after the basemap; if it fails, the map simply has no water lines.
 */
export function WaterLayer() {
  const map = useMap();
  useEffect(
    function addWater() {
      const controller = new AbortController();
      let layers: L.Layer[] = [];
      void import('../data/water')
        .then(({ loadWater }) => loadWater(controller.signal))
        .then((water) => {
          if (controller.signal.aborted) return;
          const pane = map.getPane('water') ?? map.createPane('water');
          pane.style.zIndex = '260';
          pane.style.pointerEvents = 'none';
          const renderer = L.canvas({ pane: 'water', padding: 0.5 });
          const options = { pane: 'water', renderer } as L.GeoJSONOptions;
          layers = [
            L.geoJSON(water.lakes, { ...options, style: () => LAKE_STYLE }).addTo(map),
            L.geoJSON(water.rivers, { ...options, style: () => RIVER_STYLE }).addTo(map),
            renderer,
          ];
        })
        .catch(() => undefined);
      return function removeWater() {
        controller.abort();
        for (const layer of layers) layer.remove();
      };
    },
    [map],
  );
  return null;
}
