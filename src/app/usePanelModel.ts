import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import type { AreaSummary, EventView, FigureView } from '../panels/model';
import type { AreaPanelModel } from './panelModel';
import type { DataApi } from './useAppData';

export interface PanelModel {
  area: AreaPanelModel | null;
  summaries: AreaSummary[];
  allFigures: FigureView[];
  events: EventView[];
}

/** Everything the panels show for the selected area (or the overview), as of a date. */
export function usePanelModel(
  api: DataApi | null,
  ds: Dataset | null,
  areaId: string | null,
  asOf: string,
): PanelModel {
  const events = useMemo(() => (api && ds ? api.eventViews(ds) : []), [api, ds]);
  const summaries = useMemo(() => (api && ds ? api.areaSummaries(ds, asOf) : []), [api, ds, asOf]);
  const allFigures = useMemo(
    () =>
      api && ds ? api.claimsAsOf(ds.asOfIndex, asOf).map((claim) => api.figureView(ds, claim)) : [],
    [api, ds, asOf],
  );
  const area = useMemo(
    () => (api && ds && areaId ? api.areaPanelModel(ds, areaId, asOf, events) : null),
    [api, ds, areaId, asOf, events],
  );
  return { area, summaries, allFigures, events };
}
