import { useEffect, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import type * as DataApiModule from '../view/api';
// URLs only (strings): the TopoJSON itself is fetched, never bundled.
import countriesUrl from '../../geodata/basemap/countries.topo.json?url';
import provincesUrl from '../../geodata/basemap/provinces.topo.json?url';
import { fetchReportShards } from './reportShards';

export type DataApi = typeof DataApiModule;

export interface AppData {
  /** The data code, once loaded. */
  api: DataApi | null;
  dataset: Dataset | null;
  basemap: Basemap | null;
  /** A failure to load the data or the basemap, in words. */
  error: string | null;
}

/**
 * Loads the data code and report data, then the embedded basemap, after the first paint:
 * the data is a separate chunk and the TopoJSON files are separate assets, so the page shell
 * appears at once.
 */
export function useAppData(): AppData {
  const [loaded, setLoaded] = useState<{ api: DataApi; dataset: Dataset } | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(function loadData() {
    let cancelled = false;
    const controller = new AbortController();
    // Start the basemap downloads now, alongside the data chunk, rather than after it.
    const requests = {
      countries: fetch(countriesUrl, { signal: controller.signal }),
      provinces: fetch(provincesUrl, { signal: controller.signal }),
    };
    // Rejections are handled where the responses are read; keep the browser from logging them.
    requests.countries.catch(() => undefined);
    requests.provinces.catch(() => undefined);
    // The report data too (build-validated JSON shards, preloaded by index.html).
    const shards = fetchReportShards(controller.signal);
    shards.catch(() => undefined);
    Promise.all([import('../view/api'), shards])
      .then(([api, parsed]) => {
        if (cancelled) return;
        const read = parsed.map((shard) => api.readShard(shard.json, shard.url));
        setLoaded({ api, dataset: api.datasetFromShards(read, api.loadAreas()) });
        // Workbench drafts the analyst chose to preview, marked as drafts (this browser only).
        void import('../workbench/preview')
          .then((preview) => preview.datasetWithDrafts())
          .then((dataset) => {
            if (dataset && !cancelled) setLoaded({ api, dataset });
          })
          .catch(() => undefined);
        return api.loadBasemap(controller.signal, requests).then((outlines) => {
          if (!cancelled) setBasemap(outlines);
        });
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(`The map data could not be loaded: ${String(reason)}`);
      });
    return function cancel() {
      cancelled = true;
      controller.abort();
    };
  }, []);

  return { api: loaded?.api ?? null, dataset: loaded?.dataset ?? null, basemap, error };
}
