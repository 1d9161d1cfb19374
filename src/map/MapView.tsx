import { MapContainer } from 'react-leaflet';
import './leafletIcons';

/** The theatre: Kursk and Donetsk regions both in view. [lat, lng] south-west, north-east. */
export const THEATRE_BOUNDS: [[number, number], [number, number]] = [
  [46.5, 33.5],
  [52.6, 39.9],
];

export function MapView() {
  return (
    <MapContainer
      className="map"
      bounds={THEATRE_BOUNDS}
      attributionControl={true}
      preferCanvas={false}
      worldCopyJump={false}
    />
  );
}
