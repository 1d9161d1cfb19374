/* global window, document, requestAnimationFrame, HTMLInputElement, MutationObserver -- page callbacks run in the browser */
// The scale step of `npm run bench` (BENCH_ONLY=reports): the production app built with its one
// real report and with 1,000 and 10,000 synthetic report files added (scaleReports.mjs, fixed
// seed; a bench-only copy under .cache/bench/, never dist/), measured in the same run: regions
// painted, the longest main-thread task, DOM nodes, an as-of change in the UI and the JS heap.
// Also the one-report site and the bare react-leaflet page on a phone profile.
import { resolve } from 'node:path';
import os from 'node:os';
import { build } from 'vite';
import { scaleCopy } from './scaleReports.mjs';
import { summarize } from './stats.mjs';
import { measureFirstMap } from './firstMap.mjs';

export const REPORT_SIZES = (process.env.BENCH_REPORTS ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

/**
 * Builds one bench-only site per size, with the project's own vite.config.ts.
 * @param {(m: string) => void} log
 * @returns {Promise<Record<string, string>>} mount prefix → built folder
 */
export async function buildReportSites(log) {
  const mounts = {};
  for (const n of REPORT_SIZES) {
    const root = scaleCopy(n);
    const outDir = resolve(`.cache/bench/scale-${n}/dist`);
    const t0 = Date.now();
    log(`building the app with ${n} synthetic report files → .cache/bench/scale-${n}/dist`);
    await build({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    mounts[`/r${n}/`] = outDir;
  }
  return mounts;
}

/**
 * Runs in the page before its scripts: collects every long task from navigation on, and
 * notes when the report data is shown (the figures table, with its caption, in the panel).
 */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const watch = new MutationObserver(() => {
    if (document.querySelector('.figures-table caption') === null) return;
    window.__dataShownMs = performance.now();
    watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
}

/**
 * In the page: moves the as-of slider to a fraction of its range (a date that differs from
 * the one shown) and times it from the input event to the first frame painted after the
 * figures for that date are in the DOM (the app's `sitrep:asof-shown` mark for the date).
 */
async function asOfStep(fraction) {
  const slider = document.querySelector('.asof-slider');
  const min = Number(slider.min);
  const target = Math.round(min + (Number(slider.max) - min) * fraction);
  const iso = new Date(target * 86_400_000).toISOString().slice(0, 10);
  const shown = () =>
    performance.getEntriesByName('sitrep:asof-shown').some((mark) => mark.detail === iso);
  if (shown()) performance.clearMarks('sitrep:asof-shown');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const t0 = performance.now();
  setValue.call(slider, String(target));
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  for (let waited = 0; !shown(); waited = performance.now() - t0) {
    if (waited > 10_000) throw new Error(`the figures never showed ${iso}`);
    await frame();
  }
  await frame();
  return performance.now() - t0;
}

/**
 * One cold load of a site, then as-of steps.
 * @returns {Promise<{regionsMs: number, dataShownMs: number, longestTaskMs: number, domNodes: number, asOfMs: number, heapMb: number, rows: number}>}
 */
async function loadRun(browser, origin, path, { asOf = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.addInitScript(observeLongTasks);
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('sitrep:regions-painted').length > 0 &&
        document.querySelector('.figures-table caption') !== null,
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1000); // anything scheduled after the first render
    const loaded = await page.evaluate(() => ({
      regionsMs: performance.getEntriesByName('sitrep:regions-painted')[0].startTime,
      dataShownMs: window.__dataShownMs,
      longestTaskMs: Math.max(0, ...window.__longTasks),
      domNodes: document.getElementsByTagName('*').length,
      rows: Number(document.querySelector('.figures-table')?.getAttribute('aria-rowcount') ?? 0),
    }));
    const steps = [];
    if (asOf) {
      for (const fraction of [0.9, 0.8, 0.5, 0.6, 0.2, 0.3, 0.1]) {
        steps.push(await page.evaluate(asOfStep, fraction));
        await page.waitForTimeout(50);
      }
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const longestAfter = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    steps.sort((a, b) => a - b);
    return {
      ...loaded,
      asOfMs: steps.length ? steps[steps.length >> 1] : 0,
      asOfWorstMs: steps.length ? steps[steps.length - 1] : 0,
      longestTaskWithAsOfMs: longestAfter,
      heapMb: heap.usedSize / 1e6,
    };
  } finally {
    await context.close();
  }
}

/**
 * Measures the sites, alternating them within each run so load drift hits all alike.
 * @returns {Promise<object[]>} figures for results.json
 */
export async function measureReportScale({ browser, origin, phoneOrigin, runs, log }) {
  const sites = [
    ['one report', '/app/index.html'],
    ...REPORT_SIZES.map((n) => [`${n} reports`, `/r${n}/index.html`]),
  ];
  const loads = Object.fromEntries(sites.map(([name]) => [name, []]));
  log('report scale: warm-up');
  for (const [, path] of sites) await loadRun(browser, origin, path, { asOf: false });
  for (let run = 0; run < runs; run += 1) {
    for (const [name, path] of run % 2 ? [...sites].reverse() : sites) {
      loads[name].push(await loadRun(browser, origin, path));
    }
    log(`  run ${run + 1}/${runs} (load average ${os.loadavg()[0].toFixed(1)})`);
  }
  const one = loads['one report'];
  const pick = (list, key) => summarize(list.map((r) => r[key]));
  const figures = [];
  for (const [name] of sites.slice(1)) {
    const list = loads[name];
    const rows = list[0]?.rows ?? 0;
    figures.push(
      {
        id: `${name}:regions`,
        name: `${name}: regions painted (ms)`,
        sitrep: pick(list, 'regionsMs'),
        baseline: pick(one, 'regionsMs'),
        baselineName: 'one-report site',
      },
      {
        id: `${name}:data`,
        name: `${name}: report data shown, figures table in the panel (ms)`,
        sitrep: pick(list, 'dataShownMs'),
        baseline: pick(one, 'dataShownMs'),
        baselineName: 'one-report site',
      },
      {
        id: `${name}:longtask`,
        name: `${name}: longest task, load (ms)`,
        sitrep: pick(list, 'longestTaskMs'),
        baseline: pick(one, 'longestTaskMs'),
        baselineName: 'one-report site',
      },
      {
        id: `${name}:longtask-asof`,
        name: `${name}: longest task, load + as-of steps (ms)`,
        sitrep: pick(list, 'longestTaskWithAsOfMs'),
        baseline: pick(one, 'longestTaskWithAsOfMs'),
        baselineName: 'one-report site',
      },
      {
        id: `${name}:dom`,
        name: `${name}: DOM nodes (${rows} table rows)`,
        sitrep: pick(list, 'domNodes'),
        baseline: pick(one, 'domNodes'),
        baselineName: 'one-report site',
      },
      {
        id: `${name}:asof`,
        name: `${name}: as-of change in the UI, median of 7 steps (ms)`,
        sitrep: pick(list, 'asOfMs'),
        baseline: pick(one, 'asOfMs'),
        baselineName: 'one-report site',
      },
      {
        id: `${name}:asof-worst`,
        name: `${name}: as-of change, worst of 7 steps (ms)`,
        sitrep: pick(list, 'asOfWorstMs'),
        baseline: pick(one, 'asOfWorstMs'),
        baselineName: 'one-report site',
      },
      {
        id: `${name}:heap`,
        name: `${name}: JS heap after GC (MB)`,
        sitrep: pick(list, 'heapMb'),
        baseline: pick(one, 'heapMb'),
        baselineName: 'one-report site',
      },
    );
  }
  figures.push(
    ...(await measureFirstMap({ browser, origin: phoneOrigin, runs, phone: true, log })),
  );
  return figures;
}

/** Pass/fail of the issue-12 targets. */
export function reportScaleTargets(byId) {
  const targets = [];
  const t = (target, value, met) => targets.push({ target, value, met });
  const r1 = byId.get('1000 reports:regions');
  if (r1) {
    const ratio = r1.sitrep.median / r1.baseline.median;
    t(
      '1,000 reports: regions painted ≤ 1.3× the one-report site',
      `${ratio.toFixed(2)}×`,
      ratio <= 1.3,
    );
  }
  const l1 = byId.get('1000 reports:longtask-asof');
  if (l1)
    t(
      '1,000 reports: no main-thread task over 200 ms (worst run)',
      `${l1.sitrep.max.toFixed(0)} ms`,
      l1.sitrep.max <= 200,
    );
  const d1 = byId.get('1000 reports:dom');
  if (d1)
    t(
      '1,000 reports: DOM nodes ≤ 5,000',
      `${d1.sitrep.median.toFixed(0)}`,
      d1.sitrep.median <= 5000,
    );
  const a1 = byId.get('1000 reports:asof');
  if (a1)
    t(
      '1,000 reports: as-of change ≤ 100 ms',
      `${a1.sitrep.median.toFixed(0)} ms`,
      a1.sitrep.median <= 100,
    );
  const r10 = byId.get('10000 reports:regions');
  if (r10)
    t(
      '10,000 reports: regions painted ≤ 2 s',
      `${r10.sitrep.median.toFixed(0)} ms`,
      r10.sitrep.median <= 2000,
    );
  const a10 = byId.get('10000 reports:asof');
  if (a10)
    t(
      '10,000 reports: as-of change ≤ 150 ms',
      `${a10.sitrep.median.toFixed(0)} ms`,
      a10.sitrep.median <= 150,
    );
  const h10 = byId.get('10000 reports:heap');
  if (h10) t('10,000 reports: heap reported', `${h10.sitrep.median.toFixed(0)} MB`, true);
  return targets;
}
