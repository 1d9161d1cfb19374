/**
 * The dataset from report files already read (name and parsed JSON), with the areas, theatre,
 * vocabulary and source registry of geodata/. The build plugins read the report files from
 * disk and call this (scripts/vite/reportFiles.ts); the tests and the workbench get the files
 * bundled by Vite (bundledDataset.ts). This module does not import the bundled files: loading
 * it through Vite's module runner at 10,000 reports took a minute to transform the files, once
 * per plugin.
 */
import { buildDataset, geoInputs } from './buildDataset';
import type { Dataset } from './dataset';
import { loadAreas, loadTheatre, loadVocabulary, type Basemap } from './geodata';
import measuresJson from '@geodata/measures.json';
import { parseVocabulary } from './parseVocabulary';
import registryJson from '@geodata/sources.json';
import { parseSourceRegistry } from './sourceRegistry';
import type { ReportFileInput } from './validate';

/**
 * The dataset of the given report files with the areas and the source registry
 * (geodata/sources.json) of geodata/.
 * The point-in-area checks need outlines: they run when `basemap` is given (tests and the
 * build do this, so bad places fail CI); the app skips them rather than wait for the basemap.
 * @param files - report files (name relative to the project root, parsed JSON)
 * @param basemap - decoded basemap outlines, to also check places against areas
 * @returns the dataset; check `problems` for skipped files
 */
export function datasetFromFiles(files: readonly ReportFileInput[], basemap?: Basemap): Dataset {
  const areas = loadAreas();
  const theatre = loadTheatre();
  // The theatre's registry (the module-level SOURCE_REGISTRY is always geodata/'s).
  const registry = parseSourceRegistry(registryJson);
  const ds = buildDataset(
    files,
    areas,
    basemap && geoInputs(areas, basemap, theatre.places),
    loadVocabulary(),
    registry.sources,
    theatre,
  );
  // The shipped vocabulary's shape and cross-checks: any problem fails the build.
  ds.problems.unshift(...parseVocabulary(measuresJson).problems, ...registry.problems);
  return ds;
}
