/* global window, history -- page.evaluate callbacks run in the browser */
// `npm run bench`: Sitrep's performance figures, each beside a baseline measured in the same run.
// A benchmark, not a test: it prints a table, writes bench/results.json and exits 0 even when a
// target is missed (the table says which). See bench/README.md for what each figure means.
//
//   npm run bench                 # everything, 5 runs per figure (about 5 minutes on 2 cores)
//   RUNS=7 npm run bench          # more runs
//   BENCH_ONLY=scale,asof npm run bench   # a subset: regions, gazetteer, scale, asof, history,
//                                         # reports (includes phone), phone
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { buildAll } from './build.mjs';
import { serve } from './serve.mjs';
import { median, summarize, formatTable } from './stats.mjs';
import { benchGazetteer } from './gazetteer.mjs';
import { BEFORE_DIST, firstMapTargets, measureFirstMap } from './firstMap.mjs';
import { buildReportSites, measureReportScale, reportScaleTargets } from './reportsScale.mjs';

const RUNS = Math.max(5, Number(process.env.RUNS ?? 5));
const ONLY = new Set(
  (process.env.BENCH_ONLY ?? 'regions,gazetteer,scale,asof,history,reports').split(','),
);
const SIZES = [10_000, 50_000, 100_000];
const VIEWPORT = { width: 1440, height: 900 };

const started = Date.now();
const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);

const { prodDir, pagesDir } = await buildAll(log);
const reportSites = ONLY.has('reports') ? await buildReportSites(log) : {};
const beforeMount = BEFORE_DIST ? { '/before/': resolve(BEFORE_DIST) } : {};
const server = await serve({
  '/app/': prodDir,
  '/bench/': pagesDir,
  ...beforeMount,
  ...reportSites,
});
const origin = `http://127.0.0.1:${server.port}`;

const { chromium } = await import('playwright-core');
const executablePath = process.env.CHROMIUM_PATH ?? findChromium() ?? undefined;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

/** A fresh context (cold cache) with every request off this machine refused. */
async function freshPage() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors, close: () => context.close() };
}

/** Drags the map from its centre for `durationMs`, moving every ~16 ms; returns the moves. */
async function drag(page, durationMs, dx, dy) {
  const box = await page.locator('.leaflet-container').first().boundingBox();
  if (!box) throw new Error('no map on the page');
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const t0 = Date.now();
  let moves = 0;
  for (let elapsed = 0; elapsed < durationMs; elapsed = Date.now() - t0) {
    const f = elapsed / durationMs;
    // Back and forth, so a long drag stays over the data.
    const swing = Math.sin(f * Math.PI * 2);
    await page.mouse.move(x0 + dx * swing, y0 + dy * swing);
    moves += 1;
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  return moves;
}

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    chromium: browser.version(),
    viewport: VIEWPORT,
    // Other work on the machine inflates every figure: compare with the cores available.
    loadAverageAtStart: os.loadavg()[0],
  },
  figures: [],
};
const add = (figure) => {
  results.figures.push(figure);
  log(`${figure.name}: ${figure.sitrep.median.toFixed(1)} vs ${figure.baseline.median.toFixed(1)}`);
};

if (ONLY.has('regions')) {
  // Issue 24: first map painted (Sitrep's is in index.html), map interactive (Leaflet's regions:
  // the figure this section measured before, same id) and bytes, beside the bare page.
  for (const figure of await measureFirstMap({ browser, origin, runs: RUNS, phone: false, log })) {
    add(figure);
  }
}

if (ONLY.has('gazetteer')) {
  const { figure, size } = await benchGazetteer({ freshPage, origin, runs: RUNS, prodDir, log });
  results.gazetteer = size;
  add(figure);
}

async function scaleRun(mode, n) {
  const { page, errors, close } = await freshPage();
  try {
    await page.goto(`${origin}/bench/app/index.html?mode=${mode}&n=${n}`);
    const render = await page.evaluate(() => window.__bench.done, undefined);
    await page.evaluate(() => {
      window.__benchStop = window.__bench.recordFrames();
    });
    await drag(page, 1000, 300, 150);
    await page.waitForTimeout(500); // inertia, moveend and the redraw it triggers
    const pan = await page.evaluate(() => window.__benchStop());
    if (errors.length) throw new Error(`${mode} ${n}: ${errors.join('; ')}`);
    return { ...render, panWorstGapMs: pan.worstGapMs, panLongestTaskMs: pan.longestTaskMs };
  } finally {
    await close();
  }
}

if (ONLY.has('scale')) {
  log('synthetic scale: warm-up');
  await scaleRun('sitrep', 10_000);
  await scaleRun('naive', 10_000);
  for (const n of SIZES) {
    const runs = { sitrep: [], naive: [] };
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate, so drift in the machine's load hits both alike.
      for (const mode of run % 2 ? ['naive', 'sitrep'] : ['sitrep', 'naive']) {
        runs[mode].push(await scaleRun(mode, n));
      }
    }
    const pick = (mode, key) => runs[mode].map((r) => r[key]);
    const label = `${n / 1000}k points`;
    add({
      id: `render-${n}`,
      name: `${label}: time to render (ms)`,
      sitrep: summarize(pick('sitrep', 'renderMs')),
      baseline: summarize(pick('naive', 'renderMs')),
      baselineName: 'L.geoJSON + SVG circle markers',
    });
    add({
      id: `pan-gap-${n}`,
      name: `${label}: worst frame gap, 1 s pan (ms)`,
      sitrep: summarize(pick('sitrep', 'panWorstGapMs')),
      baseline: summarize(pick('naive', 'panWorstGapMs')),
      baselineName: 'L.geoJSON + SVG circle markers',
    });
    const blocking = (mode) =>
      runs[mode].map((r) => Math.max(r.renderLongestTaskMs, r.panLongestTaskMs));
    add({
      id: `longest-task-${n}`,
      name: `${label}: longest task, render + pan (ms)`,
      sitrep: summarize(blocking('sitrep')),
      baseline: summarize(blocking('naive')),
      baselineName: 'L.geoJSON + SVG circle markers',
    });
  }
}

async function asOfRun() {
  const { page, errors, close } = await freshPage();
  try {
    await page.goto(`${origin}/bench/app/index.html?mode=asof&n=100000`);
    const result = await page.evaluate(() => window.__bench.done);
    if (errors.length) throw new Error(`asof: ${errors.join('; ')}`);
    return result;
  } finally {
    await close();
  }
}

if (ONLY.has('asof')) {
  log('as-of filtering over 100k claims');
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await asOfRun());
  add({
    id: 'asof-step',
    name: 'As-of step over 100k claims (ms)',
    sitrep: summarize(runs.map((r) => r.indexStepMs)),
    baseline: summarize(runs.map((r) => r.filterStepMs)),
    baselineName: 'Array.filter',
    note: `${runs[0].steps} one-day steps per run; index built once in ${median(runs.map((r) => r.indexBuildMs)).toFixed(1)} ms`,
  });
}

async function historyRun() {
  const { page, errors, close } = await freshPage();
  try {
    await page.addInitScript(() => {
      let calls = 0;
      for (const name of ['pushState', 'replaceState']) {
        const original = history[name].bind(history);
        history[name] = (...args) => {
          calls += 1;
          return original(...args);
        };
      }
      window.__historyCalls = () => calls;
    });
    await page.goto(`${origin}/app/index.html`);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('sitrep:regions-painted').length > 0 &&
        typeof window.__sitrepHistoryWrites === 'function',
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => [
      window.__sitrepHistoryWrites(),
      window.__historyCalls(),
    ]);
    const moves = await drag(page, 2000, 250, 120);
    await page.waitForTimeout(1500); // any debounced write lands
    const after = await page.evaluate(() => [
      window.__sitrepHistoryWrites(),
      window.__historyCalls(),
    ]);
    if (errors.length) throw new Error(`history: ${errors.join('; ')}`);
    return { writes: after[0] - before[0], calls: after[1] - before[1], moves };
  } finally {
    await close();
  }
}

if (ONLY.has('history')) {
  log('history writes during a 2 s drag on the production app');
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await historyRun());
  add({
    id: 'history-writes',
    name: 'History writes, 2 s drag (count)',
    sitrep: summarize(runs.map((r) => r.writes)),
    baseline: summarize(runs.map((r) => r.moves)),
    baselineName: 'one write per pointer move',
    note: `history.pushState/replaceState calls seen: ${runs.map((r) => r.calls).join(', ')}`,
  });
}

if (ONLY.has('reports') || ONLY.has('phone')) {
  // The phone profile is served gzipped, as a host would serve it over a mobile network.
  const gzipServer = await serve(
    { '/app/': prodDir, '/bench/': pagesDir, ...beforeMount },
    { gzip: true },
  );
  const phoneOrigin = `http://127.0.0.1:${gzipServer.port}`;
  const figures = ONLY.has('reports')
    ? await measureReportScale({ browser, origin, phoneOrigin, runs: RUNS, log })
    : await measureFirstMap({ browser, origin: phoneOrigin, runs: RUNS, phone: true, log });
  for (const figure of figures) add(figure);
  gzipServer.close();
}

await browser.close();
server.close();

results.machine.loadAverageAtEnd = os.loadavg()[0];
results.targets = evaluateTargets(results.figures);
results.durationS = Math.round((Date.now() - started) / 1000);
mkdirSync('bench', { recursive: true });
writeFileSync(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${formatTable(results)}`);
console.log(`\nWrote bench/results.json (${results.durationS} s).`);

function evaluateTargets(figures) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const targets = [];
  const r50 = byId.get('render-50000');
  if (r50) {
    const ratio = r50.baseline.median / r50.sitrep.median;
    targets.push({
      target: 'Render 50k points ≥ 3× faster than naive',
      value: `${ratio.toFixed(1)}×`,
      met: ratio >= 3,
    });
  }
  const t10 = byId.get('longest-task-10000');
  const g10 = byId.get('pan-gap-10000');
  if (t10 && g10) {
    const worst = Math.max(t10.sitrep.max, g10.sitrep.max);
    targets.push({
      target: 'Never block > 100 ms at 10k (worst task or frame gap, any run)',
      value: `${worst.toFixed(0)} ms`,
      met: worst <= 100,
    });
  }
  targets.push(...firstMapTargets(byId));
  targets.push(...reportScaleTargets(byId));
  const asof = byId.get('asof-step');
  if (asof) {
    targets.push({
      target: 'As-of step over 100k claims ≤ 1 ms',
      value: `${asof.sitrep.median.toFixed(3)} ms`,
      met: asof.sitrep.median <= 1,
    });
  }
  return targets;
}
