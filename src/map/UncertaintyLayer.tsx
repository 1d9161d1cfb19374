import { GeoJSON } from 'react-leaflet';
import { PALETTE } from './palette';
import type { MapUncertainty } from '../view/mapTypes';

/** Rings around places whose location is approximate; the radius is the stated uncertainty. */
export function UncertaintyLayer({ rings }: { rings: readonly MapUncertainty[] }) {
  return (
    <>
      {rings.map((ring) => (
        <GeoJSON
          key={ring.id}
          data={ring.ring}
          interactive={false}
          style={{
            color: PALETTE.uncertainty,
            weight: 2,
            dashArray: '4 4',
            fillColor: PALETTE.uncertainty,
            fillOpacity: 0.12,
            className: `uncertainty-ring uncertainty-${ring.id}`,
          }}
        />
      ))}
    </>
  );
}
