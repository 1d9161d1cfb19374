/* global window, document, requestAnimationFrame, MutationObserver -- page callbacks run in the browser */
// The first map (issue 24), on desktop and on the phone profile, alternating Sitrep with the
// bare react-leaflet page in every run:
// - first map painted: the frame that first shows the report's regions. Sitrep's are in
//   index.html (the first frame's SVG, painted before any script); the bare page's are drawn
//   by Leaflet. The same probe for both: when the first region outline is in the page, the
//   next animation frame (the one that paints it) gives the time.
// - map interactive: Leaflet has drawn the regions (the `sitrep:regions-painted` mark, as
//   before issue 24: Sitrep's AreasLayer and the bare page set it alike).
// - bytes before the first map: the page and every resource that had arrived by the first map
//   (encoded body sizes: gzipped on the phone profile, which is served gzipped).
import { summarize } from './stats.mjs';

/** Where each page's first region outline is. */
export const FIRST_MAP_SELECTORS = {
  sitrep: 'svg.frame-map .frame-region',
  bare: '.leaflet-overlay-pane path',
  // An earlier build of Sitrep (BENCH_BEFORE), whose first map is Leaflet's regions.
  before: 'path.area-shape',
};

/**
 * The browser context of a cold load: 1440×900, or the phone profile's 390×844 touch screen.
 * @param {boolean} phone
 */
export function benchContextOptions(phone) {
  return phone
    ? {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      }
    : { viewport: { width: 1440, height: 900 } };
}

/**
 * An earlier build to measure in the same run (`BENCH_BEFORE=path/to/dist`, e.g. main's before
 * a change), served at /before/: its map interactive is the first map it had.
 */
export const BEFORE_DIST = process.env.BENCH_BEFORE ?? null;

/**
 * Runs in the page before anything else: notes the animation frame in which the first region
 * outline is in the page.
 * @param {string} selector
 */
function probeFirstMap(selector) {
  window.__firstMapMs = null;
  let seen = false;
  const check = () => {
    if (seen || document.querySelector(selector) === null) return;
    seen = true;
    watch.disconnect();
    requestAnimationFrame(() => {
      window.__firstMapMs = performance.now();
    });
  };
  const watch = new MutationObserver(check);
  watch.observe(document, { childList: true, subtree: true });
}

/** In the page: bytes of the page and of each resource that had arrived by `t`. */
function bytesBefore(t) {
  const [page] = performance.getEntriesByType('navigation');
  const resources = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.responseEnd <= t);
  return [page, ...resources].reduce((sum, entry) => sum + (entry?.encodedBodySize ?? 0), 0);
}

/**
 * One cold load.
 * @returns {Promise<{firstMap: number, interactive: number, bytes: number}>}
 */
async function firstMapRun(browser, origin, path, kind, phone) {
  const context = await browser.newContext(benchContextOptions(phone));
  const page = await context.newPage();
  const offOrigin = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) offOrigin.push(request.url());
  });
  try {
    if (phone) {
      // No request routing: Playwright's interception would bypass the network emulation.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 1.6e6 / 8,
        uploadThroughput: 750e3 / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    } else {
      await context.route(
        (url) => url.origin !== origin,
        (route) => route.abort(),
      );
    }
    await page.addInitScript(probeFirstMap, FIRST_MAP_SELECTORS[kind]);
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(
      () =>
        window.__firstMapMs !== null &&
        performance.getEntriesByName('sitrep:regions-painted').length > 0,
      undefined,
      { timeout: 120_000 },
    );
    const firstMap = await page.evaluate(() => window.__firstMapMs);
    const interactive = await page.evaluate(
      () => performance.getEntriesByName('sitrep:regions-painted')[0].startTime,
    );
    const bytes = await page.evaluate(bytesBefore, firstMap);
    if (offOrigin.length) throw new Error(`${path} asked off this machine: ${offOrigin[0]}`);
    return { firstMap, interactive, bytes };
  } finally {
    await context.close();
  }
}

/**
 * Sitrep and the bare page, alternating, `runs` times (after one warm-up load of each).
 * @param {{browser: import('playwright-core').Browser, origin: string, runs: number, phone: boolean, log: (m: string) => void}} options
 * @returns {Promise<object[]>} figures for results.json
 */
export async function measureFirstMap({ browser, origin, runs, phone, log }) {
  const profile = phone ? 'phone' : 'desktop';
  log(`first map (${profile}): Sitrep's first frame and Leaflet vs the bare page, alternating`);
  const pages = [
    ['sitrep', '/app/index.html'],
    ['bare', '/bench/baseline/index.html'],
    ...(BEFORE_DIST ? [['before', '/before/index.html']] : []),
  ];
  for (const [kind, path] of pages) await firstMapRun(browser, origin, path, kind, phone);
  const runsOf = { sitrep: [], bare: [], before: [] };
  for (let run = 0; run < runs; run += 1) {
    for (const [kind, path] of pages) {
      runsOf[kind].push(await firstMapRun(browser, origin, path, kind, phone));
    }
  }
  const pick = (kind, key) => summarize(runsOf[kind].map((r) => r[key]));
  const note = phone
    ? '390×844, 1.6 Mbps down, 150 ms round trip, CPU throttled 4× (DevTools protocol), served gzipped'
    : '1440×900, served uncompressed from localhost';
  const baselineName = 'bare react-leaflet page, same run';
  const prefix = phone ? 'phone:' : '';
  const label = phone ? 'Phone profile, one report' : 'One report';
  const before = BEFORE_DIST
    ? [
        {
          id: `${prefix}interactive-vs-before`,
          name: `${label}: map interactive, beside the earlier build's first map (ms)`,
          sitrep: pick('sitrep', 'interactive'),
          baseline: pick('before', 'interactive'),
          baselineName: `earlier build (BENCH_BEFORE), same run`,
          note,
        },
      ]
    : [];
  return [
    ...before,
    {
      id: `${prefix}first-map-painted`,
      name: `${label}: first map painted (ms)`,
      sitrep: pick('sitrep', 'firstMap'),
      baseline: pick('bare', 'firstMap'),
      baselineName,
      note,
    },
    {
      // The id of the figure before issue 24: the same mark.
      id: phone ? 'phone:regions' : 'regions-painted',
      name: `${label}: map interactive, Leaflet's regions drawn (ms)`,
      sitrep: pick('sitrep', 'interactive'),
      baseline: pick('bare', 'interactive'),
      baselineName,
      note,
    },
    {
      id: `${prefix}bytes-before-first-map`,
      name: `${label}: bytes before the first map${phone ? ' (gzipped)' : ''}`,
      sitrep: pick('sitrep', 'bytes'),
      baseline: pick('bare', 'bytes'),
      baselineName,
      note,
    },
  ];
}

/**
 * The first map (regions painted) before issue 24, median of the run the issue quotes (the
 * landed build of 30 Nov 2026 beside the bare page): map interactive must come no later.
 */
export const FIRST_MAP_BEFORE_MS = { desktop: 395, phone: 2426 };

/**
 * The issue-24 targets.
 * @param {Map<string, object>} byId
 * @returns {{target: string, value: string, met: boolean}[]}
 */
export function firstMapTargets(byId) {
  const targets = [];
  for (const prefix of ['', 'phone:']) {
    const where = prefix ? 'phone profile' : 'desktop';
    const painted = byId.get(`${prefix}first-map-painted`);
    if (painted) {
      const ratio = painted.sitrep.median / painted.baseline.median;
      targets.push({
        target: `First map painted ≤ 0.8× the bare page (${where})`,
        value: `${ratio.toFixed(2)}×`,
        met: ratio <= 0.8,
      });
    }
    const interactive = byId.get(prefix ? 'phone:regions' : 'regions-painted');
    const sameRun = byId.get(`${prefix}interactive-vs-before`);
    const before = FIRST_MAP_BEFORE_MS[prefix ? 'phone' : 'desktop'];
    if (sameRun) {
      targets.push({
        target: `Map interactive no later than the earlier build's first map, same run (${where})`,
        value: `${sameRun.sitrep.median.toFixed(0)} vs ${sameRun.baseline.median.toFixed(0)} ms`,
        met: sameRun.sitrep.median <= sameRun.baseline.median,
      });
    } else if (interactive) {
      targets.push({
        target: `Map interactive no later than the first map before issue 24 (${where}, ${before} ms in its run)`,
        value: `${interactive.sitrep.median.toFixed(0)} ms`,
        met: interactive.sitrep.median <= before,
      });
    }
    const bytes = byId.get(`${prefix}bytes-before-first-map`);
    if (bytes && prefix) {
      const ratio = bytes.sitrep.median / bytes.baseline.median;
      targets.push({
        target: `Bytes before the first map ≤ 0.5× the bare page's (${where}, gzipped)`,
        value: `${ratio.toFixed(2)}×`,
        met: ratio <= 0.5,
      });
    }
  }
  return targets;
}
