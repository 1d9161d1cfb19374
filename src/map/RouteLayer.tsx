import { CircleMarker, GeoJSON, Tooltip } from 'react-leaflet';
import { PALETTE } from './palette';
import type { MapRoute } from '../view/mapTypes';

/** The deployment route (a great circle), annotated with the troop figures near Kursk. */
export function RouteLayer({ route }: { route: MapRoute }) {
  return (
    <>
      <GeoJSON
        key={route.label.join('|')}
        data={route.line}
        style={{ color: PALETTE.route, weight: 3, dashArray: '8 6', className: 'route-line' }}
        interactive={false}
      />
      <CircleMarker
        center={[route.labelAt[1], route.labelAt[0]]}
        radius={0}
        interactive={false}
        pathOptions={{ opacity: 0, fillOpacity: 0 }}
      >
        <Tooltip permanent direction="right" offset={[8, 0]} className="route-label">
          {route.label.map((line, index) => (
            <span key={line} className={index === 0 ? 'route-title' : 'route-figure'}>
              {line}
            </span>
          ))}
        </Tooltip>
      </CircleMarker>
    </>
  );
}
