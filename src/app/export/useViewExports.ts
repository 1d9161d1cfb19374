import { useCallback } from 'react';
import type { Dataset } from '../../data/dataset';
import type { ViewState } from '../../state/viewState';
import { briefingCredit } from '../../view/credits';
import { formatIsoDate } from '../../ui/format';
import { claimsToCsv, claimsToJson } from '../../data/export';
import { claimsInView } from '../../view/asOf';
import { sourceNames } from '../../view/sourceNames';
import { downloadBlob } from '../../ui/download';
import { exportFileName } from './fileName';
import { legendEntries } from './legend';
import { downloadMarksFile, markCsvRows, markLines, withMarks } from './marks';

export interface ViewExportsInput {
  dataset: Dataset | null;
  state: ViewState;
  /** Effective as-of date. */
  asOf: string;
  /** The shared link of this view (with its as-of date). */
  link: string;
  /** The layer list as the layer control shows it (for the legend). */
  layers: readonly { id: string; label: string }[];
}

export interface ViewExports {
  /** False until the data is loaded. */
  ready: boolean;
  /** Each saves a file and resolves to its name; rejects with an Error in words. */
  downloadPng: () => Promise<string>;
  downloadCsv: () => Promise<string>;
  downloadJson: () => Promise<string>;
  /** Saves the marks as a GeoJSON FeatureCollection (.geojson). */
  downloadMarks: () => void;
}

/** Keeps nodes of the page's own origin: online tiles would need a fetch the CSP forbids. */
function sameOriginImage(node: HTMLElement): boolean {
  if (!(node instanceof HTMLImageElement)) return true;
  return (
    node.src.startsWith('data:') || new URL(node.src, document.baseURI).origin === location.origin
  );
}

/**
 * Exports of the current view: the briefing PNG, and the figures of the selection as CSV
 * and JSON (the selected area with its context, else every figure known as of the date), with
 * the analyst's marks (CSV: one row each after the figures; JSON: an `annotations` collection).
 * @param input - data, view state, as-of date, link and layer list
 * @returns download actions
 */
export function useViewExports(input: ViewExportsInput): ViewExports {
  const { dataset, state, asOf, link, layers } = input;

  const claims = useCallback(() => {
    if (!dataset) throw new Error('the data is still loading');
    return { dataset, list: claimsInView(dataset, state.area, asOf) };
  }, [dataset, state.area, asOf]);

  const downloadFigures = useCallback(
    async (format: 'csv' | 'json') => {
      const { dataset: ds, list } = claims();
      const name = exportFileName(state.area, asOf, format);
      const blob =
        format === 'csv'
          ? new Blob([claimsToCsv(ds, list, markCsvRows(state.ann))], {
              type: 'text/csv;charset=utf-8',
            })
          : new Blob([withMarks(claimsToJson(ds, list), state.ann)], {
              type: 'application/json',
            });
      downloadBlob(name, blob);
      return name;
    },
    [claims, state.area, state.ann, asOf],
  );

  const downloadPng = useCallback(async () => {
    const { dataset: ds, list } = claims();
    const mapElement = document.querySelector<HTMLElement>('.app-map .leaflet-container');
    if (!mapElement) throw new Error('the map is not shown');
    const { renderBriefingPng } = await import('./briefingPng');
    const { sideBlocks } = await import('./briefingSide');
    const areaName = state.area ? (ds.areasById.get(state.area)?.name ?? state.area) : null;
    const names = sourceNames(ds, list);
    const image = await renderBriefingPng(
      mapElement,
      {
        title: `Sitrep — ${areaName ?? 'Whole theatre'}`,
        asOf,
        asOfText: formatIsoDate(asOf),
        // "Your marks" is in the legend only when there are marks to show.
        legend: legendEntries(
          layers,
          new Set(state.layers.filter((id) => id !== 'annotations' || state.ann.length > 0)),
        ),
        claimedBy: names.claimedBy,
        carriedBy: names.carriedBy,
        link,
        credit: briefingCredit(state.layers),
        marks: state.layers.includes('annotations') ? markLines(state.ann) : [],
      },
      2,
      sameOriginImage,
      sideBlocks(
        state.area ? document.querySelector('.area-panel') : null,
        mapElement.clientHeight,
      ),
    );
    const name = exportFileName(state.area, asOf, 'png');
    downloadBlob(name, image.blob);
    return name;
  }, [claims, state.area, state.layers, state.ann, asOf, link, layers]);

  const downloadMarks = useCallback(() => downloadMarksFile(state.ann), [state.ann]);

  return {
    ready: dataset !== null,
    downloadPng,
    downloadCsv: () => downloadFigures('csv'),
    downloadJson: () => downloadFigures('json'),
    downloadMarks,
  };
}
