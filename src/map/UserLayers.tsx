import { useCallback, useMemo } from 'react';
import L from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import type { FeatureCollection, Geometry } from 'geojson';
import { pointsLngLat } from '../data/points/points';
import { ChunkedCanvasGeoJSON } from './ChunkedCanvasGeoJSON';
import { LargeLayerHits } from './LargeLayerHits';
import { PointsLayer } from './PointsLayer';
import { PALETTE } from './palette';
import type { MapUserLayer } from '../view/mapTypes';

/**
 * Above this many features a layer is drawn for speed: its points as dots on one canvas
 * (PointsLayer), its other shapes on a canvas built in slices (ChunkedCanvasGeoJSON). A
 * Leaflet SVG path per feature held the main thread for seconds at 100,000 features. Its
 * features stay clickable through a spatial index (LargeLayerHits); smaller layers keep
 * clickable shapes. Either way the properties open as text.
 */
const MANY_FEATURES = 2000;

const STYLE: L.PathOptions = {
  color: PALETTE.user,
  weight: 2,
  fillOpacity: 0.15,
  className: 'user-layer',
};

type UserCollection = FeatureCollection<Geometry | null>;

interface UserLayersProps {
  layers: readonly MapUserLayer[];
  onFeatureClick: (layerName: string, properties: unknown) => void;
}

/**
 * Analysts' imported layers. Feature properties are never bound as popups (Leaflet would
 * render them as HTML); the panel shows them as text instead.
 */
export function UserLayers({ layers, onFeatureClick }: UserLayersProps) {
  return (
    <>
      {layers.map((layer) => (
        <UserLayerView key={layer.id} layer={layer} onFeatureClick={onFeatureClick} />
      ))}
    </>
  );
}

function UserLayerView({
  layer,
  onFeatureClick,
}: { layer: MapUserLayer } & Omit<UserLayersProps, 'layers'>) {
  const split = useMemo(() => splitLarge(layer.collection), [layer.collection]);
  const onFeature = useCallback(
    (properties: unknown) => onFeatureClick(layer.name, properties),
    [onFeatureClick, layer.name],
  );
  if (split) {
    return (
      <>
        <PointsLayer lngLat={split.dots} pane="overlays" />
        <ChunkedCanvasGeoJSON collection={split.shapes} pane="overlays" style={STYLE} />
        <LargeLayerHits collection={layer.collection} onFeature={onFeature} />
      </>
    );
  }
  return (
    <>
      {layer.collection.features.length ? (
        <GeoJSON
          data={layer.collection}
          style={STYLE}
          onEachFeature={(feature, path) =>
            path.on('click', () => onFeatureClick(layer.name, feature.properties))
          }
          pointToLayer={(_feature, latlng) =>
            L.circleMarker(latlng, {
              radius: 4,
              color: PALETTE.user,
              fillOpacity: 0.8,
              className: 'user-layer',
            })
          }
        />
      ) : null}
    </>
  );
}

/** A large layer's points (as a flat array for the dot canvas) and its other shapes. */
function splitLarge(
  collection: UserCollection,
): { dots: Float64Array; shapes: UserCollection } | null {
  if (collection.features.length <= MANY_FEATURES) return null;
  return {
    dots: pointsLngLat(collection),
    shapes: {
      type: 'FeatureCollection',
      features: collection.features.filter((feature) => feature.geometry?.type !== 'Point'),
    },
  };
}
