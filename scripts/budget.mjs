// Size budgets of the production build (run after `vite build`; `npm test` does).
// Every size is the file gzipped with zlib at level 9 (what a CDN compressing at its highest
// gzip level serves; the default level 6 is about 1-2% larger). Exit 1 over any budget.
//
//   node scripts/budget.mjs [--dist dist] [--json]
//
// Initial JavaScript = the entry chunk of index.html plus every chunk it imports statically
// (followed through the Vite manifest, dist/.vite/manifest.json) plus anything index.html
// loads or modulepreloads: the app shell, the map and the data code, all the first map needs
// (vite.config.ts keeps them in one chunk). Lazy chunks (the side panel, the map tools, the
// Share dialog, the workbench, workers: loaded after the first map) are listed, not budgeted.
// Geodata = the embedded basemap (*.topo.json assets): none of it, nor the gazetteer, may be
// loaded with the page (the first map's region outlines are in the app script,
// scripts/vite/firstMap.ts; the basemap is fetched once they are painted).
// Also fails when a source file under src/ imports a whole tree-shakable library.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
export const BUDGETS = {
  /** React, Leaflet, the app shell, the map and the data code: what the first map runs. */
  initialJs: 170 * KIB,
  css: 10 * KIB,
  geodata: 300 * KIB,
  /** geodata/gazetteer.json, fetched after the first map (scripts/geodata/gazetteer.mjs). */
  gazetteer: 160 * KIB,
};

/**
 * Packages that are one non-tree-shakable bundle: a namespace or default import costs nothing
 * extra (Leaflet 1.x is a single UMD file; React is CommonJS; zod 4 classic's `z` is one object
 * either way). Any other package imported
 * whole (`import * as turf from '@turf/turf'`, `import _ from 'lodash'`) defeats tree shaking.
 */
const WHOLE_IMPORT_OK = new Set(['leaflet', 'react', 'react-dom', 'react-dom/client', 'zod']);
/** Libraries whose default export is the whole library. */
const DEFAULT_IS_WHOLE = /^(@turf\/turf|lodash|lodash-es|underscore|ramda|date-fns|rxjs|d3)$/;

/** @param {Buffer} bytes @returns {number} gzipped size at level 9 */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * The chunk graph of a build, from its manifest and index.html.
 * @param {string} dist - the build folder
 * @returns {{initial: string[], lazy: string[], css: string[], geodata: string[], gazetteer: string[], preloadedGeodata: string[]}}
 *   file names relative to dist (preloadedGeodata: geodata or gazetteer that index.html loads)
 */
export function classify(dist) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} is missing: build with build.manifest = true (vite.config.ts)`,
    );
  }
  /** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[], assets?: string[]}>} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');

  const initial = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  // Whatever index.html itself loads counts too, whether or not the manifest knows it.
  const attr = /<(script|link)\b[^>]*>/g;
  for (const [tag] of html.matchAll(attr)) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^(data:|https?:)/.test(src)) continue;
    const file = posix.normalize(src.replace(/^\.?\//, ''));
    if (tag.startsWith('<script') || /rel="modulepreload"/.test(tag)) initial.add(file);
    else if (/rel="stylesheet"/.test(tag)) css.add(file);
  }

  const all = walk(dist).filter((file) => !file.startsWith('.vite/'));
  const js = all.filter((file) => file.endsWith('.js'));
  const isGeodata = (file) => /\.topo(-[\w-]+)?\.json$/.test(file);
  const isGazetteer = (file) => /(^|\/)gazetteer(-[\w-]+)?\.json$/.test(file);
  return {
    initial: [...initial],
    lazy: js.filter((file) => !initial.has(file)),
    css: [...new Set([...css, ...all.filter((file) => file.endsWith('.css'))])],
    geodata: all.filter(isGeodata),
    gazetteer: all.filter(isGazetteer),
    preloadedGeodata: all.filter(
      (file) => (isGazetteer(file) || isGeodata(file)) && html.includes(file),
    ),
  };
}

function walk(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(root, path) : [relative(root, path)];
  });
}

/**
 * Whole-library imports in source text.
 * @param {string} text - a TypeScript/JavaScript module
 * @returns {string[]} the offending import statements
 */
export function wholeLibraryImports(text) {
  const found = [];
  const namespace = /import\s+(?!type\b)\*\s+as\s+\w+\s+from\s+['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(namespace)) {
    const pkg = match[1];
    if (!pkg.startsWith('.') && !WHOLE_IMPORT_OK.has(pkg)) found.push(match[0]);
  }
  const defaults = /import\s+(?!type\b)(\w+)\s*(?:,\s*\{[^}]*\})?\s+from\s+['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(defaults)) {
    if (DEFAULT_IS_WHOLE.test(match[2])) found.push(match[0]);
  }
  return found;
}

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

function main() {
  const args = process.argv.slice(2);
  const distIndex = args.indexOf('--dist');
  const dist = distIndex >= 0 ? args[distIndex + 1] : 'dist';
  const groups = classify(dist);
  const size = (file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gz: gzipSize(bytes) };
  };
  const sum = (rows) => rows.reduce((total, row) => total + row.gz, 0);
  const initial = groups.initial.map(size);
  const css = groups.css.map(size);
  const geodata = groups.geodata.map(size);
  const lazy = groups.lazy.map(size);
  const gazetteer = groups.gazetteer.map(size);

  const checks = [
    { name: 'initial JavaScript (the first map)', rows: initial, budget: BUDGETS.initialJs },
    { name: 'CSS', rows: css, budget: BUDGETS.css },
    { name: 'geodata (basemap outlines)', rows: geodata, budget: BUDGETS.geodata },
    { name: 'gazetteer (after first map)', rows: gazetteer, budget: BUDGETS.gazetteer },
    { name: 'lazy JavaScript, after the first map (no budget)', rows: lazy, budget: null },
  ];

  const problems = groups.preloadedGeodata.map(
    (file) =>
      `${file}: index.html loads it with the page (the first map's outlines are in the app script)`,
  );
  const sourceFiles = walk('src').filter((file) => /\.(m?[jt]sx?)$/.test(file));
  for (const file of sourceFiles) {
    for (const statement of wholeLibraryImports(readFileSync(join('src', file), 'utf8'))) {
      problems.push(`src/${file}: whole-library import \`${statement}\` (import names instead)`);
    }
  }

  if (args.includes('--json')) {
    console.log(JSON.stringify({ checks, problems }, null, 2));
  } else {
    console.log(`Size budgets of ${dist}/ (gzip level 9)`);
    const line = (a, b, c, d) =>
      console.log(`  ${a.padEnd(46)} ${b.padStart(11)} ${c.padStart(11)} ${d}`);
    line('file', 'raw', 'gzipped', '');
    for (const check of checks) {
      const total = sum(check.rows);
      const over = check.budget !== null && total > check.budget;
      const verdict =
        check.budget === null ? '' : `${over ? '✘ OVER' : '✔'} budget ${kib(check.budget)}`;
      console.log(`\n  ${check.name}`);
      for (const row of check.rows) line(`    ${row.file}`, kib(row.raw), kib(row.gz), '');
      line('    total', '', kib(total), verdict);
      if (over) problems.push(`${check.name}: ${kib(total)} is over its ${kib(check.budget)}`);
    }
  }
  if (problems.length) {
    console.error(`\nBudget check failed:\n${problems.map((p) => `  ✘ ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll budgets hold; no whole-library imports in src/.');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
