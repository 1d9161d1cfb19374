import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GazetteerPlace } from '../data/gazetteer';
// The theatre's places and country names: in the app's entry chunk already.
import { THEATRE } from './theatre';
// Small (search code only): the data and its loader stay lazy.
import {
  buildGazetteerIndexInSlices,
  GAZETTEER_ID_PREFIX,
  searchGazetteer,
  type GazetteerIndex,
} from '../data/gazetteerSearch';
import type { SearchHit } from '../data/search';
import type { LabelPlace } from '../map/labels/candidates';
import type { Notice } from '../ui/Notices';
import { afterNextPaint } from '../ui/afterPaint';

interface Loaded {
  index: GazetteerIndex;
  labels: LabelPlace[];
}

export interface GazetteerState {
  /** Settlements to label, most important first (the report's own places left out). */
  labels: readonly LabelPlace[];
  /** Search over the gazetteer; no hits until it has loaded. */
  search: (query: string) => SearchHit[];
  /** The gazetteer place behind a search entry id, if it is one. */
  placeOf: (id: string) => GazetteerPlace | null;
}

const NONE: readonly LabelPlace[] = [];

/** Lets input and paint run between slices of indexing. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the next paint, once the browser is idle (or after 1 s at the latest). */
async function whenIdle(): Promise<void> {
  await afterNextPaint();
  if (typeof requestIdleCallback !== 'function') return;
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
}

/**
 * Loads the settlements gazetteer once `start` is true (after the basemap, so the first map is
 * never kept waiting); its code and data are fetched lazily, outside the initial bundle.
 * @param start whether to begin loading
 * @param show where a failure is reported (the rest of the app works without it)
 */
export function useGazetteer(start: boolean, show: (notice: Notice) => void): GazetteerState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(
    function loadGazetteer() {
      if (!start) return;
      const controller = new AbortController();
      // After the first map has painted and the page is idle: the names are context, and
      // parsing and indexing them must not hold back the map or the figures.
      whenIdle()
        .then(() => import('../data/gazetteer'))
        .then(async (data) => {
          const gazetteer = await data.loadGazetteer(controller.signal);
          const report = new Set(THEATRE.places.features.map((f) => f.properties.geonamesId));
          const index = await buildGazetteerIndexInSlices(
            gazetteer,
            report,
            THEATRE.countries,
            nextTask,
          );
          const labels = gazetteer.places
            .filter((p) => !report.has(p.geonamesId))
            .map((p) => ({
              id: `${GAZETTEER_ID_PREFIX}${p.geonamesId}`,
              name: p.name,
              lng: p.lng,
              lat: p.lat,
              minZoom: p.minZoom,
            }));
          if (gazetteer.problems.length > 0) {
            show({
              id: 'gazetteer-problems',
              tone: 'error',
              text: `${gazetteer.problems.length} gazetteer rows were left out: ${gazetteer.problems.slice(0, 3).join('; ')}`,
            });
          }
          if (!controller.signal.aborted) {
            setLoaded({ index, labels });
          }
        })
        .catch((reason: unknown) => {
          if (controller.signal.aborted) return;
          show({
            id: 'gazetteer-error',
            tone: 'error',
            text: `Settlement names could not be loaded (${String(reason)}); the map and the report's places still work.`,
          });
        });
      return () => controller.abort();
    },
    [start, show],
  );

  const search = useCallback(
    (query: string) => (loaded ? searchGazetteer(loaded.index, query) : []),
    [loaded],
  );
  const placeOf = useCallback((id: string) => loaded?.index.byId.get(id) ?? null, [loaded]);
  return useMemo(
    () => ({ labels: loaded?.labels ?? NONE, search, placeOf }),
    [loaded, search, placeOf],
  );
}
