import { useEffect, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { CircleMarker, GeoJSON, Tooltip, useMap } from 'react-leaflet';
import { PALETTE } from './palette';
import type { MapRoute } from '../view/mapTypes';

/** A map this narrow is a phone's: its controls are one column at the right (styles.css). */
const NARROW_MAP_PX = 760;
/** The phone's control column, with its margin. */
const CONTROLS_PX = 64;
/** The label's font size on a phone's map and on a wider one (styles.css, .route-label). */
const FONT_PX = { narrow: 11, wide: 12 };
/** The label's padding, left and right together. */
const PADDING_PX = 8;
/** The gap between the label and its point. */
const GAP_PX = 8;

/** Where the label goes: a side of its point, and for `top` how far it is shifted sideways. */
interface Placement {
  direction: 'right' | 'left' | 'top';
  shift: number;
}

/** Room kept free at the map's right edge: the phone's control column, or a small margin. */
const EDGE_PX = 8;

/**
 * How wide the label is drawn: its longest line in the map's font, bold (the title's weight;
 * the figures' lines are lighter, so this is an upper bound), measured on a canvas since
 * the tooltip's own content is drawn only after it is placed.
 */
function labelWidth(map: LeafletMap, lines: readonly string[]): number {
  const container = map.getContainer();
  const size = container.clientWidth <= NARROW_MAP_PX ? FONT_PX.narrow : FONT_PX.wide;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return Math.max(0, ...lines.map((line) => line.length)) * size * 0.6;
  context.font = `600 ${size}px ${getComputedStyle(container).fontFamily}`;
  return (
    Math.ceil(Math.max(0, ...lines.map((line) => context.measureText(line).width))) + PADDING_PX
  );
}

/**
 * The label goes right of its point; left when it would run past the map's right edge (under
 * the side panel's border, or under a phone's controls) and fits there; else (a phone's narrow
 * map) above the point, shifted sideways as little as keeps it inside the map.
 */
function placeLabel(
  map: LeafletMap,
  [lng, lat]: readonly [number, number],
  label: number,
): Placement {
  const width = map.getSize().x;
  const x = map.latLngToContainerPoint([lat, lng]).x;
  const right = width - (width <= NARROW_MAP_PX ? CONTROLS_PX : EDGE_PX);
  if (x + GAP_PX + label <= right) return { direction: 'right', shift: 0 };
  if (x - GAP_PX - label >= EDGE_PX) return { direction: 'left', shift: 0 };
  // Centred on x + shift: its left edge no further left than EDGE_PX, its right edge no
  // further right than `right` (the left edge wins when the label is wider than the map).
  const shift = Math.max(EDGE_PX - (x - label / 2), Math.min(0, right - (x + label / 2)));
  return { direction: 'top', shift: Math.round(shift) };
}

/** The deployment route (a great circle), annotated with the troop figures near Kursk. */
export function RouteLayer({ route }: { route: MapRoute }) {
  const map = useMap();
  const [lng, lat] = route.labelAt;
  const { label } = route;
  const [place, setPlace] = useState<Placement>(() =>
    placeLabel(map, [lng, lat], labelWidth(map, label)),
  );
  useEffect(
    function followTheView() {
      const width = labelWidth(map, label);
      const update = () => {
        const next = placeLabel(map, [lng, lat], width);
        setPlace((now) =>
          now.direction === next.direction && now.shift === next.shift ? now : next,
        );
      };
      update();
      map.on('moveend resize', update);
      return function stopFollowing() {
        map.off('moveend resize', update);
      };
    },
    [map, lng, lat, label],
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
        {/* Leaflet reads a tooltip's direction and offset once: a new place is a new tooltip. */}
        <Tooltip
          key={`${place.direction} ${place.shift}`}
          permanent
          direction={place.direction}
          offset={
            place.direction === 'top'
              ? [place.shift, -GAP_PX]
              : [place.direction === 'right' ? GAP_PX : -GAP_PX, 0]
          }
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
