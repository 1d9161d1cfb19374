import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { basemapFromTopologies, type Basemap } from '../../src/data/geodata';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Read a file of the repository as text, e.g. 'geodata/places.geojson'. */
export function readText(relPath: string): string {
  return readFileSync(root + relPath, 'utf8');
}

/** Read and parse a JSON file of the repository. */
export function readJson(relPath: string): unknown {
  return JSON.parse(readText(relPath));
}

/** The two shipped basemap topologies, parsed. */
export function readTopologies(): { countries: Topology; provinces: Topology } {
  return {
    countries: readJson('geodata/basemap/countries.topo.json') as Topology,
    provinces: readJson('geodata/basemap/provinces.topo.json') as Topology,
  };
}

/** The shipped basemap decoded the way the app decodes it (synchronously). */
export function readBasemap(): Basemap {
  const { countries, provinces } = readTopologies();
  return basemapFromTopologies(countries, provinces);
}
