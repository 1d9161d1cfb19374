import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { REPORT_SHARDS_META } from '../../src/data/shardList.ts';
import { geodataDir } from './geodataDir.ts';
import { readReportFiles } from './reportFiles.ts';
// Type-only: erased from the config bundle, so Vite-only imports in src/data never load here.
import type * as dataset from '../../src/data/dataset';
import type * as geodata from '../../src/data/geodata';
import type * as geodataSchema from '../../src/data/geodataSchema';
import type * as exporter from '../../src/data/export';
import type * as validate from '../../src/data/validate';
import type * as shipped from '../../src/data/shipped';
import type * as fileDataset from '../../src/data/fileDataset';

/**
 * The build's data downloads: dist/data/claims.csv and dist/data/claims.json, generated from
 * geodata/reports/*.json with the app's own code (src/data), and a failed build when any
 * report file, place or area is invalid.
 *
 * Gotcha: vite.config.ts is bundled without Vite's transforms, so it cannot import src/data
 * (which uses `import.meta.glob` and `?raw`/`?url` imports). The plugin therefore loads
 * src/data through Vite's module runner (`runnerImport`), the same transforms the app gets.
 */

type DataModules = typeof dataset &
  typeof geodata &
  typeof geodataSchema &
  typeof exporter &
  typeof validate &
  typeof shipped &
  typeof fileDataset;

const ENTRY = 'virtual:sitrep-claims-data';
const ENTRY_CODE = [
  "export * from '/src/data/dataset.ts';",
  "export * from '/src/data/geodata.ts';",
  "export * from '/src/data/geodataSchema.ts';",
  "export * from '/src/data/export.ts';",
  "export * from '/src/data/validate.ts';",
  "export * from '/src/data/shipped.ts';",
  "export * from '/src/data/fileDataset.ts';",
].join('\n');

/** The generated files, and every validation problem (file: field: message). */
export interface ClaimsFiles {
  csv: string;
  json: string;
  problems: string[];
  claimCount: number;
  /** The validated reports as JSON shards the app fetches (src/data/shipped.ts). */
  shards: string[];
}

async function readTopology(root: string, name: string): Promise<Topology> {
  return JSON.parse(
    await readFile(path.join(geodataDir(root), 'basemap', name), 'utf8'),
  ) as Topology;
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
    resolve: { alias: { '@geodata': geodataDir(root) } },
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
  const ds = data.datasetFromFiles(await readReportFiles(root), basemap);
  return {
    csv: data.claimsToCsv(ds, ds.claims),
    json: data.claimsToJson(ds, ds.claims),
    // The areas, places and basemap properties too: the app reads them without checking.
    problems: [...data.geodataProblems(basemap), ...ds.problems.map(data.formatProblem)],
    claimCount: ds.claims.length,
    shards: data.shardReports(ds),
  };
}

/** Shard file names: content-hashed, so a host may cache them for ever. */
function shardNames(shards: readonly string[]): string[] {
  return shards.map((text, i) => {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
    return `data/reports-${i}.${hash}.json`;
  });
}

/**
 * The shard URLs, in order and space-separated, in a `<meta>` of index.html. The app reads
 * them (src/app/reportShards.ts) and requests every shard as soon as its script runs, but
 * reads the bodies only once the first map is painted. Not preloaded: a preload hands the
 * whole body to the page's main thread as it arrives, and at 1,000 reports (8.7 MB) that held
 * the first map back by about a third.
 */
function shardList(names: readonly string[]) {
  return [
    {
      tag: 'meta',
      // File names made here (data/reports-N.<hash>.json): no spaces, nothing to escape.
      attrs: { name: REPORT_SHARDS_META, content: names.join(' ') },
      injectTo: 'head' as const,
    },
  ];
}

/**
 * Vite plugin: emits data/claims.csv and data/claims.json at build time and fails the build
 * on invalid data, naming file and field. Also emits the report data the app loads, as JSON
 * shards with a preload link each in index.html; the dev server serves the same shards.
 * @returns the plugin
 */
export function claimsPlugin(): Plugin {
  let root = process.cwd();
  let names: string[] = [];
  let build = false;
  return {
    name: 'sitrep-claims',
    configResolved(config) {
      root = config.root;
      build = config.command === 'build';
    },
    async buildStart() {
      if (!build) return;
      const files = await generateClaimsFiles(root);
      if (files.problems.length > 0) {
        this.error(`invalid report data:\n${files.problems.join('\n')}`);
      }
      this.emitFile({ type: 'asset', fileName: 'data/claims.csv', source: files.csv });
      this.emitFile({ type: 'asset', fileName: 'data/claims.json', source: files.json });
      names = shardNames(files.shards);
      files.shards.forEach((source, i) => {
        this.emitFile({ type: 'asset', fileName: names[i], source });
      });
    },
    configureServer(server) {
      // Dev: the shards are generated on request from the files on disk (no restart needed).
      server.middlewares.use((request, response, next) => {
        const match = /\/data\/reports-(\d+)\.dev\.json$/.exec(request.url ?? '');
        if (!match) return next();
        generateClaimsFiles(root).then(
          (files) => {
            response.setHeader('Content-Type', 'application/json');
            response.end(files.shards[Number(match[1])] ?? '{}');
          },
          (error: unknown) => next(error),
        );
      });
    },
    async transformIndexHtml(_html, context) {
      if (context.server) {
        const files = await generateClaimsFiles(root);
        return shardList(files.shards.map((_, i) => `data/reports-${i}.dev.json`));
      }
      return shardList(names);
    },
  };
}
