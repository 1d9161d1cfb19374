import { useEffect, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { CircleMarker, GeoJSON, Tooltip, useMap } from 'react-leaflet';
import { PALETTE } from './palette';
import type { MapRoute } from '../view/mapTypes';

/** A map this narrow is a phone's: its controls are one column at the right (styles.css). */
const NARROW_MAP_PX = 760;
/** The phone's control column, with its margin. */
const CONTROLS_PX = 64;
/** About the widest line of the route's label. */
const LABEL_PX = 200;

type Side = 'right' | 'left';

/** Room kept free at the map's right edge: the phone's control column, or a small margin. */
const EDGE_PX = 8;

/**
 * The label goes right of its point, unless it would run past the map's right edge (under the
 * side panel's border, or under a phone's controls) and there is more room on the left.
 */
function labelSide(map: LeafletMap, [lng, lat]: readonly [number, number]): Side {
  const width = map.getSize().x;
  const x = map.latLngToContainerPoint([lat, lng]).x;
  const right = width - (width <= NARROW_MAP_PX ? CONTROLS_PX : EDGE_PX);
  return x + LABEL_PX > right && x > right - x ? 'left' : 'right';
}

/** The deployment route (a great circle), annotated with the troop figures near Kursk. */
export function RouteLayer({ route }: { route: MapRoute }) {
  const map = useMap();
  const [lng, lat] = route.labelAt;
  const [side, setSide] = useState<Side>(() => labelSide(map, [lng, lat]));
  useEffect(
    function followTheView() {
      const update = () => setSide(labelSide(map, [lng, lat]));
      map.on('moveend resize', update);
      return function stopFollowing() {
        map.off('moveend resize', update);
      };
    },
    [map, lng, lat],
  );
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
        {/* Leaflet reads a tooltip's direction once: a new side is a new tooltip. */}
        <Tooltip
          key={side}
          permanent
          direction={side}
          offset={[side === 'right' ? 8 : -8, 0]}
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
