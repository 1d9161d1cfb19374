import { memo } from 'react';
import { useFirstMap, type FirstMap } from '../ui/firstMap';
import { GeoJSON, Tooltip } from 'react-leaflet';
import type L from 'leaflet';
import { makeFocusable } from './focusable';
import { PALETTE } from './palette';
import { useAfterPaint } from './useAfterPaint';
import { useAreaLabelsClear } from './useAreaLabelsClear';
import type { MapArea } from '../view/mapTypes';

interface AreasLayerProps {
  areas: readonly MapArea[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * Report regions (oblasts) as clickable, keyboard-focusable polygons, the selected one
 * emphasised, each labelled with its headline figure. Labels are React text in a Tooltip,
 * never an HTML string; they move aside when they would cover one of the report's places.
 * Memoised: an open Tooltip re-lays itself out (a forced layout of the page) whenever it
 * re-renders, so the labels re-render only when the areas change (a new headline on another
 * date), not on every render of the map around them.
 *
 * The labels come in a task after the regions' first paint, not with the regions: each
 * permanent label measures itself as it opens (a forced layout of the page) and the report's
 * label layout places them all (`reportLabelLayout.ts`) in the next frame: 2–5 ms of CPU in
 * the app script's task, the longest of the load, and about 1.5 in the frame after it (issue
 * 12's 200 ms; docs/scale.md). The page's first frame has no labels, so nothing shown goes
 * missing while they wait a frame.
 */
export const AreasLayer = memo(function AreasLayer({
  areas,
  selectedId,
  onSelect,
}: AreasLayerProps) {
  // Placed again when the areas change: a new headline changes a label's size.
  const register = useAreaLabelsClear(areas);
  const firstMap = useFirstMap();
  // True from the task after the first frame painted with the regions (and stays true).
  const labelled = useAfterPaint(true);
  return (
    <>
      {areas.map((area) => {
        const selected = area.id === selectedId;
        return (
          <GeoJSON
            // Leaflet reads style only at creation: a new key re-creates the layer on selection.
            key={`${area.id}-${selected ? 'on' : 'off'}`}
            data={area.feature}
            style={{
              color: selected ? PALETTE.areaSelected : PALETTE.area,
              weight: selected ? 3 : 2,
              fillColor: selected ? PALETTE.areaSelected : PALETTE.area,
              fillOpacity: selected ? 0.18 : 0.1,
              className: `area-shape area-${area.id}`,
            }}
            eventHandlers={{
              click: () => onSelect(area.id),
              add: (event) => {
                makeAreaFocusable(event.target as L.GeoJSON, area, onSelect);
                markRegionsPainted(firstMap);
              },
            }}
          >
            {labelled ? (
              <Tooltip
                ref={register(area.id)}
                permanent
                direction="center"
                // Below the centre, so the label does not cover the city dot at the centre
                // (useAreaLabelsClear moves it when that covers another of the report's places).
                offset={[0, 38]}
                className={`area-label${selected ? ' area-label-selected' : ''}`}
              >
                <strong>{area.name}</strong>
                {area.headline ? <span className="area-label-figure">{area.headline}</span> : null}
              </Tooltip>
            ) : null}
          </GeoJSON>
        );
      })}
    </>
  );
});

/** Makes every path of an area's layer group a keyboard-operable button. */
function makeAreaFocusable(group: L.GeoJSON, area: MapArea, onSelect: (id: string) => void) {
  group.eachLayer((layer) =>
    makeFocusable((layer as L.Path).getElement?.(), `${area.name}: show its figures`, () =>
      onSelect(area.id),
    ),
  );
}

/**
 * When the first area outline is on the map: a performance mark for `npm run bench` (bench/),
 * and the signal for the rest of the dashboard to come (src/ui/firstMap.ts), given in a task
 * of its own: the panels and the map's other layers render after the task that drew the
 * regions has ended (and the browser may paint them), not at its end, so that no one task
 * runs from the app script to the whole dashboard (issue 12's 200 ms; docs/scale.md).
 * @param firstMap - the app's first map
 */
function markRegionsPainted(firstMap: FirstMap) {
  if (performance.getEntriesByName('sitrep:regions-painted').length === 0) {
    performance.mark('sitrep:regions-painted');
  }
  window.setTimeout(() => firstMap.announce('regions'), 0);
}
