/**
 * The downloads the first map needs, started by main.tsx before React's first render rather
 * than from an effect after it: the map code, the data code, the basemap and the report data
 * then come in together, right after the app script (no request waits for a render).
 */
import type * as DataApiModule from '../view/api';
// URLs only (strings): the TopoJSON itself is fetched, never bundled.
import countriesUrl from '../../geodata/basemap/countries.topo.json?url';
import provincesUrl from '../../geodata/basemap/provinces.topo.json?url';
import { fetchReportShards } from './reportShards';

export interface EarlyLoads {
  controller: AbortController;
  dataApi: Promise<typeof DataApiModule>;
  basemap: { countries: Promise<Response>; provinces: Promise<Response> };
  shards: ReturnType<typeof fetchReportShards>;
}

let pending: EarlyLoads | null = null;

/** Rejections are handled where the promises are read; keep the browser from logging them. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Starts the downloads (once).
 * @returns the loads under way
 */
export function startEarlyLoads(): EarlyLoads {
  if (pending) return pending;
  const controller = new AbortController();
  const { signal } = controller;
  // The lazily loaded map chunk too: React.lazy's import() later gets this same module.
  quiet(import('../map/MapView'));
  pending = {
    controller,
    dataApi: quiet(import('../view/api')),
    basemap: {
      // Low priority: the regions are drawn from the provinces; on a slow network the larger
      // countries file must not take bandwidth from them.
      countries: quiet(fetch(countriesUrl, { signal, priority: 'low' })),
      provinces: quiet(fetch(provincesUrl, { signal })),
    },
    shards: quiet(fetchReportShards(signal)),
  };
  return pending;
}

/**
 * Hands the loads under way to their one user (then forgets them, so a remounted user, as
 * under StrictMode, starts afresh after aborting these).
 * @returns the loads, started now if they were not
 */
export function takeEarlyLoads(): EarlyLoads {
  const loads = startEarlyLoads();
  pending = null;
  return loads;
}
