import { useEffect, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';

export interface AppData {
  dataset: Dataset | null;
  basemap: Basemap | null;
  /** A failure to load the data or the basemap, in words. */
  error: string | null;
}

/**
 * Loads the report data and the embedded basemap after the first paint: both are separate
 * chunks (data and schema code) or assets (TopoJSON), so the shell appears at once.
 */
export function useAppData(): AppData {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(function loadData() {
    let cancelled = false;
    const controller = new AbortController();
    import('../data/dataset')
      .then((module) => {
        if (!cancelled) setDataset(module.loadDataset());
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(`The report data could not be loaded: ${String(reason)}`);
      });
    import('../data/geodata')
      .then((module) => module.loadBasemap(controller.signal))
      .then((loaded) => {
        if (!cancelled) setBasemap(loaded);
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(`The embedded basemap could not be loaded: ${String(reason)}`);
      });
    return function cancel() {
      cancelled = true;
      controller.abort();
    };
  }, []);

  return { dataset, basemap, error };
}
