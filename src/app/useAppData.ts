import { useEffect, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import { loadAreas, loadBasemap } from '../data/geodata';
import { loadRegionOutlines } from '../data/regionOutlines';
import { datasetFromShards, readShard, type ReportShard } from '../data/shipped';
import { afterNextPaint } from '../ui/afterPaint';
import { takeEarlyLoads } from './earlyLoads';
import { useFirstMap } from '../ui/firstMap';
import { warmFigureViews } from './warmViews';
import { datasetWithPreviewedDrafts } from './draftPreview';

export interface AppData {
  /** Every report's data, once fetched. */
  dataset: Dataset | null;
  /**
   * The areas without any report data, from the first render: the map draws the outlines
   * from it while the report data is still on its way (the first map needs only what it
   * draws); the labels with figures follow with `dataset`.
   */
  outlineDataset: Dataset | null;
  basemap: Basemap | null;
  /**
   * The report's regions alone (src/data/regionOutlines.ts: in the app script), from the
   * first render, before the whole basemap: the first map is drawn from them.
   */
  regionOutlines: Basemap | null;
  /** A failure to load the data or the basemap, in words. */
  error: string | null;
}

/**
 * The areas and the report's region outlines at once (in the app script); the report data
 * (the JSON shards index.html lists, requested before the first render: earlyLoads.ts) and the
 * whole embedded basemap once the regions are painted, as they arrive.
 */
export function useAppData(): AppData {
  // The report's regions and the areas are in the app script (regionOutlines.ts): the first
  // render draws them, in the task that runs the script, with no request before them.
  const [areas] = useState(loadAreas);
  const [outlineDataset] = useState(() => datasetFromShards([], areas));
  const [regionOutlines] = useState(loadRegionOutlines);
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firstMap = useFirstMap();

  useEffect(
    function loadData() {
      let cancelled = false;
      // The report data: requested by main.tsx before the first render (earlyLoads.ts), or now.
      const { controller, shards } = takeEarlyLoads(firstMap.whenShown());
      const fail = (reason: unknown) => {
        if (cancelled) return; // aborted by the cleanup below: not a failure
        setError(`The map data could not be loaded: ${String(reason)}`);
        // The panels must not wait for a map that will not be drawn.
        firstMap.announce('load-failed');
      };
      // The regions reach the screen before anything else is fetched, parsed or rendered: at
      // thousands of reports the report data would otherwise hold them back by seconds, and on
      // a slow network the basemap's bytes would.
      const painted = firstMap.whenShown().then(afterNextPaint);
      // The whole basemap (every province, the countries) once the regions are painted: the
      // first frame's SVG shows it until Leaflet has drawn it (MapView.tsx).
      const outlines = painted.then(async () => {
        if (cancelled) return;
        const loaded = await loadBasemap(controller.signal);
        if (!cancelled) setBasemap(loaded);
      });
      const data = Promise.all([shards, painted]).then(async ([list]) => {
        if (cancelled) return;
        const read: ReportShard[] = [];
        for (const shard of list) {
          // One shard per task, so input and paint get their turn between them.
          read.push(readShard(await shard.json(), shard.url));
        }
        if (cancelled) return;
        const ds = datasetFromShards(read, areas);
        await warmFigureViews(ds, controller.signal);
        if (!cancelled) setDataset(ds);
        // Workbench drafts the analyst chose to preview, marked as drafts (this browser only).
        void datasetWithPreviewedDrafts().then((withDrafts) => {
          if (withDrafts && !cancelled) setDataset(withDrafts);
        });
      });
      Promise.all([outlines, data]).catch(fail);
      return function cancel() {
        cancelled = true;
        controller.abort();
      };
    },
    [firstMap, areas],
  );

  return {
    dataset,
    outlineDataset,
    basemap,
    regionOutlines,
    error,
  };
}
