/**
 * The dataset from the report files bundled as script (`import.meta.glob`): for the tests and
 * the workbench (the build plugins read the files from disk: fileDataset.ts). The dashboard never imports this module: it loads the
 * build-validated JSON shards instead (shipped.ts), and a module that imports this one puts
 * every report into its chunk.
 */
import type { Dataset } from './dataset';
import type { Basemap } from './geodata';
import { datasetFromFiles } from './fileDataset';
import { bundledReportFiles } from './reports';

/**
 * The app's dataset: every bundled geodata/reports/*.json with the areas and the source
 * registry (geodata/sources.json) of geodata/ (datasetFromFiles).
 * Only callable in code Vite transforms (the app, vitest, the workbench).
 * @param basemap - decoded basemap outlines, to also check places against areas
 * @returns the dataset; check `problems` for skipped files
 */
export function loadDataset(basemap?: Basemap): Dataset {
  return datasetFromFiles(bundledReportFiles(), basemap);
}
