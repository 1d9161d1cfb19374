// `npm run screenshots`: writes the README's screenshots of the production build to docs/.
//   docs/dashboard-1440.png  Kursk Oblast selected, 1440×900
//   docs/overview-1440.png   the overview (nothing selected), 1440×900
//   docs/phone-{peek,half,full}-390.png  Kursk selected, 390×844, the bottom sheet at each snap
//                                        point (moved with its handle's keys, as a user can)
// It builds nothing: run `npm run build` first. It serves dist/ with `vite preview` on a free
// port, or uses a running server given as `--url http://127.0.0.1:4173/` (or $SITREP_URL).
// Chromium runs offline, like the e2e tests: every request that leaves localhost is aborted.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const SHOTS = [
  { file: 'docs/dashboard-1440.png', width: 1440, height: 900, fragment: '#area=kursk' },
  { file: 'docs/overview-1440.png', width: 1440, height: 900, fragment: '' },
  ...[
    ['peek', []],
    ['half', ['ArrowUp']],
    ['full', ['End']],
  ].map(([snap, keys]) => ({
    file: `docs/phone-${snap}-390.png`,
    width: 390,
    height: 844,
    fragment: '#area=kursk',
    keys,
  })),
];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function urlArgument() {
  const index = process.argv.indexOf('--url');
  const fromArgs = index >= 0 ? process.argv[index + 1] : undefined;
  return fromArgs ?? process.env.SITREP_URL ?? null;
}

/** @returns {Promise<number>} a TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers, or throws after `timeoutMs`. */
async function waitForServer(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Starts `vite preview` on a free port; returns its URL and a function that stops it. */
async function startPreview() {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no build: run `npm run build` first (this script builds nothing).');
  }
  const port = await freePort();
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    // The server runs in its own process group (npx → node): end the whole group.
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await waitForServer(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/** Opens one view and writes its PNG once the map, its labels and the panel are drawn. */
async function shoot(browser, baseUrl, shot) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: 1,
  });
  await context.route(
    (url) => !LOCAL_HOSTS.has(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(new URL(shot.fragment, baseUrl).href);
  await page.locator('.leaflet-basemap-pane canvas').waitFor();
  await page.locator('.leaflet-tooltip.area-label').first().waitFor();
  if (shot.fragment.includes('area=')) {
    await page.locator('#area-panel-title').waitFor();
  } else {
    await page.locator('#overview-title').waitFor();
  }
  if (shot.keys?.length) {
    await page.getByRole('slider', { name: 'Details sheet' }).focus();
    for (const key of shot.keys) await page.keyboard.press(key);
    await page.getByRole('slider', { name: 'Details sheet' }).blur();
    await sleep(400); // the sheet's height transition (0.2 s)
  }
  // Let Leaflet finish its last redraw (canvas renderers redraw on the next frame).
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)),
      ),
  );
  await page.screenshot({ path: shot.file });
  await context.close();
  if (problems.length) throw new Error(`${shot.file}: page errors: ${problems.join('; ')}`);
  console.log(`wrote ${shot.file}`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/chromium.mjs` or set CHROMIUM_PATH.');
  }
  const given = urlArgument();
  const server = given ? { url: given, stop: () => undefined } : await startPreview();
  mkdirSync('docs', { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const shot of SHOTS) await shoot(browser, server.url, shot);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
