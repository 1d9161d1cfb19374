import { GeoJSON, Tooltip } from 'react-leaflet';
import { PALETTE } from './palette';
import type { MapRoute } from './types';

/** The deployment route (a great circle), annotated with the troop figures. */
export function RouteLayer({ route }: { route: MapRoute }) {
  return (
    <GeoJSON
      key={route.label}
      data={route.line}
      style={{ color: PALETTE.route, weight: 3, dashArray: '8 6', className: 'route-line' }}
      interactive={false}
    >
      <Tooltip permanent direction="top" className="route-label">
        {route.label}
      </Tooltip>
    </GeoJSON>
  );
}
