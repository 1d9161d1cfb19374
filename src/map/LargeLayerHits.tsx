import { useEffect, useRef } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildHitIndex, featureAt, type HitIndex } from './hitTest';

/** How near a click must be to a point or a line, in screen pixels. */
const TOLERANCE_PX = 5;

interface LargeLayerHitsProps {
  collection: FeatureCollection<Geometry | null>;
  /** Called with the clicked feature's properties (shown as text, never as HTML). */
  onFeature: (properties: unknown) => void;
}

/**
 * Makes a large layer drawn on canvases (not interactive shapes) clickable: on a map click,
 * the feature under it is found through a spatial index (built on the first click, so a
 * layer nobody clicks costs nothing) and its properties go to the same view as a small
 * layer's. Renders nothing.
 */
export function LargeLayerHits({ collection, onFeature }: LargeLayerHitsProps) {
  const map = useMap();
  // The handler may be a new function every render; the index must not be rebuilt for that.
  const handler = useRef(onFeature);
  useEffect(() => {
    handler.current = onFeature;
  }, [onFeature]);
  useEffect(
    function listen() {
      let hitIndex: HitIndex | null = null;
      const onClick = (event: L.LeafletMouseEvent) => {
        hitIndex ??= buildHitIndex(collection.features);
        const { x, y } = event.containerPoint;
        const southWest = map.containerPointToLatLng([x - TOLERANCE_PX, y + TOLERANCE_PX]);
        const northEast = map.containerPointToLatLng([x + TOLERANCE_PX, y - TOLERANCE_PX]);
        const feature = featureAt(
          hitIndex,
          [x, y],
          [southWest.lng, southWest.lat, northEast.lng, northEast.lat],
          ([lng = 0, lat = 0]) => {
            const point = map.latLngToContainerPoint([lat, lng]);
            return [point.x, point.y];
          },
          TOLERANCE_PX,
        );
        if (feature) handler.current(feature.properties);
      };
      map.on('click', onClick);
      return function stopListening() {
        map.off('click', onClick);
      };
    },
    [map, collection],
  );
  return null;
}
