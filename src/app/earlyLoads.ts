/**
 * The downloads the dashboard starts before React's first render (main.tsx) rather than from
 * an effect after it, so no request waits for a render: the first report shard; the other
 * shards once the first map is drawn (all are read once it is painted, src/app/useAppData.ts).
 * The map and data code and the report's region outlines are in the app script itself
 * (src/data/regionOutlines.ts); the whole basemap is fetched once the regions are painted.
 */
import { fetchReportShards } from './reportShards';

export interface EarlyLoads {
  controller: AbortController;
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
