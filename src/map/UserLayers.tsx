import L from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import { PALETTE } from './palette';
import type { MapUserLayer } from './types';

/**
 * Analysts' imported layers. Feature properties are never bound as popups (Leaflet would
 * render them as HTML); the panel shows them as text instead.
 */
export function UserLayers({
  layers,
  onFeatureClick,
}: {
  layers: readonly MapUserLayer[];
  onFeatureClick: (layerName: string, properties: unknown) => void;
}) {
  return (
    <>
      {layers.map((layer) => (
        <GeoJSON
          key={layer.id}
          data={layer.collection}
          style={{ color: PALETTE.user, weight: 2, fillOpacity: 0.15, className: 'user-layer' }}
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
      ))}
    </>
  );
}
