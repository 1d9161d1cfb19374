import { useMemo } from 'react';
import type { LatLngTuple } from 'leaflet';
import { CircleMarker, GeoJSON, Tooltip } from 'react-leaflet';
import { PALETTE } from './palette';
import { useReportLabels } from './useReportLabels';
import type { MapRoute } from '../view/mapTypes';

/** The gap between the label and its point (the label layout keeps it on every side). */
const GAP_PX = 8;

/**
 * The deployment route (a great circle), annotated with the troop figures near Kursk. The
 * label goes beside its point where it fits inside the map, clear of the other labels; when
 * the point is out of view, beside the nearest part of the line in view
 * (`reportLabelLayout.ts` moves it after every move).
 */
export function RouteLayer({ route }: { route: MapRoute }) {
  const [lng, lat] = route.labelAt;
  const path = useMemo(
    () => route.line.geometry.coordinates.map(([x, y]) => [y, x] as LatLngTuple),
    [route.line],
  );
  const register = useReportLabels('route', route.label, path);
  return (
    <>
      <GeoJSON
        key={route.label.join('|')}
        data={route.line}
        style={{ color: PALETTE.route, weight: 3, dashArray: '8 6', className: 'route-line' }}
        interactive={false}
      />
      <CircleMarker
        center={[lat, lng]}
        radius={0}
        interactive={false}
        pathOptions={{ opacity: 0, fillOpacity: 0 }}
      >
        <Tooltip
          ref={register(route.id)}
          permanent
          direction="right"
          offset={[GAP_PX, 0]}
          className="route-label"
        >
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
