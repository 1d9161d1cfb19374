import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import { loadAreas, loadBasemapInSteps } from '../data/geodata';
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
   * The areas without any report data, with the first outlines: the map draws the
   * outlines from it while the report data is still on its way (the first map needs only
   * what it draws); the labels with figures follow with `dataset`.
   */
  outlineDataset: Dataset | null;
  basemap: Basemap | null;
  /**
   * The province outlines with no countries yet, before the whole basemap: the report's
   * regions are drawn from them as soon as they arrive (the countries file is twice as large).
   */
  regionOutlines: Basemap | null;
  /** A failure to load the data or the basemap, in words. */
  error: string | null;
}

/**
 * The report data (the JSON shards index.html lists) and the embedded basemap, requested at
 * once (see earlyLoads.ts), as they arrive; the areas without report data with the first
 * outlines.
 */
export function useAppData(): AppData {
  const [outlineDataset, setOutlineDataset] = useState<Dataset | null>(null);
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [regionOutlines, setRegionOutlines] = useState<Basemap | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firstMap = useFirstMap();

  useEffect(
    function loadData() {
      let cancelled = false;
      // The basemap and report data: requested by main.tsx before the first render
      // (earlyLoads.ts), or now.
      const { controller, basemap: requests, shards } = takeEarlyLoads(firstMap.whenShown());
      const fail = (reason: unknown) => {
        if (cancelled) return; // aborted by the cleanup below: not a failure
        setError(`The map data could not be loaded: ${String(reason)}`);
        // The panels must not wait for a map that will not be drawn.
        firstMap.announce('load-failed');
      };
      const areas = loadAreas();
      // The areas are handed over with the province outlines, in one render: the first map
      // then waits for one render, not two.
      let handedOver = false;
      const handOverAreas = () => {
        if (handedOver || cancelled) return;
        handedOver = true;
        setOutlineDataset(datasetFromShards([], areas));
      };
      let regionsPainted: () => void = () => undefined;
      const painted = new Promise<void>((resolve) => (regionsPainted = resolve));
      const outlines = loadBasemapInSteps(
        async (provincesOnly) => {
          if (cancelled) return;
          // The areas and outlines rendered and committed now, and Leaflet's regions drawn
          // (react-leaflet adds layers in effects, which a synchronous update runs at once),
          // not in a later task after a frame without them (issue 24, docs/scale.md).
          flushSync(() => {
            handOverAreas();
            setRegionOutlines(provincesOnly);
          });
          await firstMap.whenShown();
          // The regions reach the screen before the report data is parsed and rendered: at
          // thousands of reports that work would otherwise hold them back by seconds.
          await afterNextPaint();
          regionsPainted();
        },
        controller.signal,
        requests,
      )
        .then((loaded) => {
          if (!cancelled) setBasemap(loaded);
        })
        .finally(() => {
          handOverAreas();
          regionsPainted();
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
    [firstMap],
  );

  return {
    dataset,
    outlineDataset,
    basemap,
    regionOutlines,
    error,
  };
}
