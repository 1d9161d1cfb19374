import { memo } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type L from 'leaflet';
import { makeFocusable } from './focusable';
import { PALETTE } from './palette';
import { useReportLabels } from './useReportLabels';
import type { MapPlace } from '../view/mapTypes';

interface PlacesLayerProps {
  places: readonly MapPlace[];
  selectedId: string | null;
  onSelect: (areaId: string) => void;
}

/**
 * Settlements as labelled dots; a place that is a report area (Nikolske) selects it.
 * Memoised: re-rendering gives each marker a new centre array, which moves it and its
 * permanent label (a forced layout each) although nothing changed, e.g. on every as-of step.
 */
export const PlacesLayer = memo(function PlacesLayer({
  places,
  selectedId,
  onSelect,
}: PlacesLayerProps) {
  // Names go beside their dots inside the map, clear of the other labels, or are hidden
  // (a selected place's never) when there is no room: reportLabelLayout.ts.
  const register = useReportLabels('place', places);
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
            // className applies only at creation (setStyle ignores it), so it is a prop here.
            className={`place-marker place-${place.id}`}
            pathOptions={{
              color: '#ffffff',
              weight: 2,
              fillColor: place.approximate ? PALETTE.placeApproximate : PALETTE.place,
              fillOpacity: 1,
            }}
            eventHandlers={
              areaId
                ? {
                    click: () => onSelect(areaId),
                    add: (event) =>
                      makeFocusable(
                        (event.target as L.Path).getElement?.() ?? undefined,
                        `${place.name}: show its figures`,
                        () => onSelect(areaId),
                      ),
                  }
                : {}
            }
          >
            <Tooltip
              ref={register(`${place.id}-${selected ? 'on' : 'off'}`)}
              permanent
              direction="right"
              offset={[6, 0]}
              className={`place-label${selected ? ' place-label-selected' : ''}`}
            >
              {place.name}
              {place.approximate ? ' (approx.)' : ''}
            </Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
});
