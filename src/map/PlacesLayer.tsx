import { CircleMarker, Tooltip } from 'react-leaflet';
import { PALETTE } from './palette';
import type { MapPlace } from './types';

interface PlacesLayerProps {
  places: readonly MapPlace[];
  selectedId: string | null;
  onSelect: (areaId: string) => void;
}

/** Settlements as labelled dots; a place that is a report area (Nikolske) selects it. */
export function PlacesLayer({ places, selectedId, onSelect }: PlacesLayerProps) {
  return (
    <>
      {places.map((place) => {
        const selected = place.areaId !== null && place.areaId === selectedId;
        const areaId = place.areaId;
        return (
          <CircleMarker
            key={`${place.id}-${selected ? 'on' : 'off'}`}
            center={[place.coordinates[1], place.coordinates[0]]}
            radius={selected ? 7 : 5}
            pathOptions={{
              color: '#ffffff',
              weight: 2,
              fillColor: place.approximate ? PALETTE.placeApproximate : PALETTE.place,
              fillOpacity: 1,
              className: `place-marker place-${place.id}`,
            }}
            eventHandlers={areaId ? { click: () => onSelect(areaId) } : {}}
          >
            <Tooltip permanent direction="right" offset={[6, 0]} className="place-label">
              {place.name}
              {place.approximate ? ' (approx.)' : ''}
            </Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
}
