import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { basemapFromTopologies, loadAreas, type Basemap } from '../../src/data/geodata';
import { buildDataset, geoInputs } from '../../src/data/buildDataset';
import type { Dataset } from '../../src/data/dataset';
import type { ReportFileInput } from '../../src/data/validate';

/** The project root, as a path ending with '/'. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reads and parses a JSON file of the repository, e.g. 'geodata/areas.json'. */
export function readJson(relPath: string): unknown {
  return JSON.parse(readFileSync(ROOT + relPath, 'utf8'));
}

/** The shipped basemap, decoded as the app decodes it. */
export function readBasemap(): Basemap {
  return basemapFromTopologies(
    readJson('geodata/basemap/countries.topo.json') as Topology,
    readJson('geodata/basemap/provinces.topo.json') as Topology,
  );
}

/** Every JSON file in a folder of the repository, as report file inputs. */
export function readReportFiles(dir = 'geodata/reports'): ReportFileInput[] {
  return readdirSync(ROOT + dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => ({ name: `${dir}/${name}`, json: readJson(`${dir}/${name}`) }));
}

/** A deep copy of JSON data, for breaking it on purpose. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** The dataset of some report files with the real areas, places and outlines. */
export function datasetOf(files: readonly ReportFileInput[]): Dataset {
  const areas = loadAreas();
  return buildDataset(files, areas, geoInputs(areas, readBasemap()));
}
