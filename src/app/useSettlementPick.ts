import { useCallback, useState } from 'react';
import type { SearchEntry } from '../data/search';
import type { LabelPlace } from '../map/labels/candidates';
import type { ViewState } from '../state/viewState';
import type { Notice } from '../ui/Notices';
import type { GazetteerState } from './useGazetteer';
import type { WriteMode } from './useLinkState';

interface SettlementPickInput {
  gazetteer: GazetteerState;
  /** What a pick does for the report's own areas and places. */
  pickReport: (entry: SearchEntry) => void;
  update: (change: (state: ViewState) => ViewState, mode: WriteMode) => void;
  moveTo: (target: Pick<ViewState, 'map' | 'area'>) => void;
  show: (notice: Notice) => void;
}

/** Zoom at which a picked settlement is shown: every settlement is labelled from zoom 10. */
const PICK_ZOOM = 12;

/**
 * Picking a gazetteer settlement in search: the map zooms there, the place is labelled first in
 * its own colour, and a notice says it is not in the report (no figures). The link carries only
 * the view (`map=`); other picks go to the report's own handler.
 * @returns the picked settlement (for the labels) and the search box's pick handler
 */
export function useSettlementPick({
  gazetteer,
  pickReport,
  update,
  moveTo,
  show,
}: SettlementPickInput) {
  const [picked, setPicked] = useState<LabelPlace | null>(null);
  const pickSearch = useCallback(
    (entry: SearchEntry) => {
      const place = gazetteer.placeOf(entry.id);
      if (!place) {
        pickReport(entry);
        return;
      }
      const { name, lng, lat } = place;
      setPicked({ id: entry.id, name, lng, lat, minZoom: 0 });
      show({ id: 'picked-place', tone: 'info', text: `${name}: ${entry.detail} (no figures).` });
      const viewport = { zoom: PICK_ZOOM, lat, lng };
      update((s) => ({ ...s, map: viewport, area: null, claim: null }), 'push');
      moveTo({ map: viewport, area: null });
    },
    [gazetteer, pickReport, update, moveTo, show],
  );
  return { picked, pickSearch };
}
