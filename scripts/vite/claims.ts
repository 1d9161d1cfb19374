import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
// Type-only: erased from the config bundle, so Vite-only imports in src/data never load here.
import type * as dataset from '../../src/data/dataset';
import type * as geodata from '../../src/data/geodata';
import type * as exporter from '../../src/data/export';
import type * as validate from '../../src/data/validate';

/**
 * The build's data downloads: dist/data/claims.csv and dist/data/claims.json, generated from
 * geodata/reports/*.json with the app's own code (src/data), and a failed build when any
 * report file, place or area is invalid.
 *
 * Gotcha: vite.config.ts is bundled without Vite's transforms, so it cannot import src/data
 * (which uses `import.meta.glob` and `?raw`/`?url` imports). The plugin therefore loads
 * src/data through Vite's module runner (`runnerImport`), the same transforms the app gets.
 */

type DataModules = typeof dataset & typeof geodata & typeof exporter & typeof validate;

const ENTRY = 'virtual:sitrep-claims-data';
const ENTRY_CODE = [
  "export * from '/src/data/dataset.ts';",
  "export * from '/src/data/geodata.ts';",
  "export * from '/src/data/export.ts';",
  "export * from '/src/data/validate.ts';",
].join('\n');

/** The generated files, and every validation problem (file: field: message). */
export interface ClaimsFiles {
  csv: string;
  json: string;
  problems: string[];
  claimCount: number;
}

async function readTopology(root: string, name: string): Promise<Topology> {
  return JSON.parse(await readFile(path.join(root, 'geodata/basemap', name), 'utf8')) as Topology;
}

/**
 * Builds the dataset from the report files on disk (with the point-in-area checks) and
 * renders the downloads.
 * @param root - project root
 * @returns CSV and JSON text and the problems found
 */
export async function generateClaimsFiles(root: string): Promise<ClaimsFiles> {
  const { module: data } = await runnerImport<DataModules>(ENTRY, {
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [
      {
        name: 'sitrep-claims-entry',
        resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
        load: (id) => (id === `\0${ENTRY}` ? ENTRY_CODE : undefined),
      },
    ],
  });
  const basemap = data.basemapFromTopologies(
    await readTopology(root, 'countries.topo.json'),
    await readTopology(root, 'provinces.topo.json'),
  );
  const ds = data.loadDataset(basemap);
  return {
    csv: data.claimsToCsv(ds, ds.claims),
    json: data.claimsToJson(ds, ds.claims),
    problems: ds.problems.map(data.formatProblem),
    claimCount: ds.claims.length,
  };
}

/**
 * Vite plugin: emits data/claims.csv and data/claims.json at build time and fails the build
 * on invalid data, naming file and field.
 * @returns the plugin
 */
export function claimsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'sitrep-claims',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const files = await generateClaimsFiles(root);
      if (files.problems.length > 0) {
        this.error(`invalid report data:\n${files.problems.join('\n')}`);
      }
      this.emitFile({ type: 'asset', fileName: 'data/claims.csv', source: files.csv });
      this.emitFile({ type: 'asset', fileName: 'data/claims.json', source: files.json });
    },
  };
}
