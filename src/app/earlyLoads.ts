/**
 * The downloads the dashboard starts before React's first render (main.tsx) rather than from
 * an effect after it, so no request waits for a render: the province outlines (index.html
 * preloads them beside the app script; this fetch gets that response) and the first report
 * shard; the other shards once the first map is drawn (all are read once it is painted,
 * src/app/useAppData.ts). The map and data code are in the app script itself.
 */
// URLs only (strings): the TopoJSON itself is fetched, never bundled.
import provincesUrl from '@geodata/basemap/provinces.topo.json?url';
import { fetchReportShards } from './reportShards';

export interface EarlyLoads {
  controller: AbortController;
  basemap: { provinces: Promise<Response> };
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
 * @param firstMapShown - resolves when the first map is drawn: the report shards after the
 *   first are requested then (default: at once)
 * @returns the loads under way
 */
export function startEarlyLoads(firstMapShown?: Promise<void>): EarlyLoads {
  if (pending) return pending;
  const controller = new AbortController();
  const { signal } = controller;
  pending = {
    controller,
    // The regions are drawn from the provinces; the countries, twice as large, are fetched
    // once the regions are painted (loadBasemapInSteps), so they take no bandwidth from them.
    basemap: { provinces: quiet(fetch(provincesUrl, { signal })) },
    shards: quiet(fetchReportShards(signal, undefined, firstMapShown)),
  };
  return pending;
}

/**
 * Hands the loads under way to their one user (then forgets them, so a remounted user, as
 * under StrictMode, starts afresh after aborting these).
 * @param firstMapShown - as for startEarlyLoads, when they were not started
 * @returns the loads, started now if they were not
 */
export function takeEarlyLoads(firstMapShown?: Promise<void>): EarlyLoads {
  const loads = startEarlyLoads(firstMapShown);
  pending = null;
  return loads;
}
