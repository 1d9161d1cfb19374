import { useEffect, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import type * as DataApiModule from '../view/api';
// URLs only (strings): the TopoJSON itself is fetched, never bundled.
import countriesUrl from '../../geodata/basemap/countries.topo.json?url';
import provincesUrl from '../../geodata/basemap/provinces.topo.json?url';
import { fetchReportShards } from './reportShards';
import { warmFigureViews } from './warmViews';

export type DataApi = typeof DataApiModule;

export interface AppData {
  /** The data code, once loaded. */
  api: DataApi | null;
  /** Every report's data, once fetched. */
  dataset: Dataset | null;
  /**
   * The areas without any report data, as soon as the data code is in: the map draws the
   * outlines from it while the report data is still on its way (the first map needs only
   * what it draws); the labels with figures follow with `dataset`.
   */
  outlineDataset: Dataset | null;
  basemap: Basemap | null;
  /** A failure to load the data or the basemap, in words. */
  error: string | null;
}

/**
 * Loads the data code, the report data (JSON shards that index.html preloads) and the
 * embedded basemap, all at once after the first paint: the page shell appears at once.
 */
export function useAppData(): AppData {
  const [code, setCode] = useState<{ api: DataApi; outlines: Dataset } | null>(null);
  const [dataset, setDataset] = useState<Dataset | null>(null);
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
    const fail = (reason: unknown) => {
      if (!cancelled) setError(`The map data could not be loaded: ${String(reason)}`);
    };
    import('../view/api')
      .then((api) => {
        if (cancelled) return;
        const areas = api.loadAreas();
        setCode({ api, outlines: api.datasetFromShards([], areas) });
        const outlines = api.loadBasemap(controller.signal, requests).then((loaded) => {
          if (!cancelled) setBasemap(loaded);
        });
        const data = shards.then(async (parsed) => {
          if (cancelled) return;
          const read = parsed.map((shard) => api.readShard(shard.json, shard.url));
          const ds = api.datasetFromShards(read, areas);
          await warmFigureViews(api, ds, controller.signal);
          if (!cancelled) setDataset(ds);
          // Workbench drafts the analyst chose to preview, marked as drafts (this browser only).
          void import('../workbench/preview')
            .then((preview) => preview.datasetWithDrafts())
            .then((withDrafts) => {
              if (withDrafts && !cancelled) setDataset(withDrafts);
            })
            .catch(() => undefined);
        });
        return Promise.all([outlines, data]);
      })
      .catch(fail);
    return function cancel() {
      cancelled = true;
      controller.abort();
    };
  }, []);

  return {
    api: code?.api ?? null,
    dataset,
    outlineDataset: code?.outlines ?? null,
    basemap,
    error,
  };
}
