/**
 * The dataset from the report files bundled as script (`import.meta.glob`): for the tests, the
 * build plugin and the workbench. The dashboard never imports this module: it loads the
 * build-validated JSON shards instead (shipped.ts), and a module that imports this one puts
 * every report into its chunk.
 */
import { buildDataset, geoInputs } from './buildDataset';
import type { Dataset } from './dataset';
import { loadAreas, loadTheatre, loadVocabulary, type Basemap } from './geodata';
import measuresJson from '@geodata/measures.json';
import { parseVocabulary } from './parseVocabulary';
import { bundledReportFiles } from './reports';
import registryJson from '@geodata/sources.json';
import { parseSourceRegistry } from './sourceRegistry';

/**
 * The app's dataset: every bundled geodata/reports/*.json with the areas and the source
 * registry (geodata/sources.json) of geodata/.
 * Only callable in code Vite transforms (the app, vitest, the build plugin's runner).
 * The point-in-area checks need outlines: they run when `basemap` is given (tests and the
 * build do this, so bad places fail CI); the app skips them rather than wait for the basemap.
 * @param basemap - decoded basemap outlines, to also check places against areas
 * @returns the dataset; check `problems` for skipped files
 */
export function loadDataset(basemap?: Basemap): Dataset {
  const areas = loadAreas();
  const theatre = loadTheatre();
  // The theatre's registry (the module-level SOURCE_REGISTRY is always geodata/'s).
  const registry = parseSourceRegistry(registryJson);
  const ds = buildDataset(
    bundledReportFiles(),
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
