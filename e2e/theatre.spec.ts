import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';

// A second theatre in the real dashboard: the app built from the fixture files of
// tests/fixtures/theatre/ (SITREP_GEODATA, see scripts/vite/geodataDir.ts) with no change to
// the code, served here on a port of its own, and read as an analyst would: its regions and
// places on the map, the convoy route, a region's panel with its cross-check, search.

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.cache/e2e-theatre');

let server: PreviewServer;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  execFileSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, SITREP_GEODATA: 'tests/fixtures/theatre' },
    stdio: 'inherit',
  });
  // Port 0: any free port, so this server never meets the suite's own.
  server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port for the theatre build');
  origin = `http://127.0.0.1:${address.port}/`;
});

test.afterAll(async () => {
  await server?.close();
});

test('the fixture theatre renders: regions, labelled places, its route, a panel with its cross-check, search', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await page.goto(origin);
  await expect(page.locator('.tagline')).toHaveText(
    'Relief convoys from Arland to Borvia · figures by source',
  );
  await expect(dashboard.basemapCanvas).toBeVisible();
  await expect(dashboard.areaOutline('North March')).toBeVisible();
  await expect(dashboard.areaOutline('South Vale')).toBeVisible();
  await expect(page.getByText('Loading the report data…')).toHaveCount(0);
  // The places the theatre labels; the other Millbrook is search-only.
  await expect(dashboard.mapLabel('Port Ash', true)).toBeVisible();
  await expect(dashboard.mapLabel('Fenwick', true)).toBeVisible();
  await expect(dashboard.mapLabel(/^Millbrook/)).toHaveCount(1);
  // The route with the figure it names.
  const route = page.locator('.route-label');
  await expect(route).toContainText('Convoy route: Port Ash → Fenwick');
  await expect(route).toContainText('about 400 relief trucks sent');
  await page.screenshot({ path: test.info().outputPath('theatre.png') });

  await dashboard.areaOutline('South Vale').click();
  const panel = dashboard.area;
  await expect(panel.title).toHaveText('South Vale');
  await expect(panel.figures).toContainText('at least 250');
  await expect(panel.figures).toContainText('Arland Relief Agency');
  const check = panel.chart(/^Trucks: reported arrivals vs derived estimates/);
  await expect(check).toHaveAccessibleName(/Relief Agency: at least 250/);
  await expect(check).toHaveAccessibleName(/Rate × days: 200 \(derived/);
  await expect(check).toHaveAccessibleName(/Share × sent: 240 \(derived/);
  await expect(panel.derived).toContainText('Distance Port Ash → Fenwick (great circle)');

  // The theatre's gazetteer, with its own country names, and no notice of rows left out.
  await dashboard.search.type('Oakridge');
  await expect(dashboard.search.options.first()).toContainText('South Vale, Borvia');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await dashboard.search.type('Millbrook');
  expect(await dashboard.search.optionTexts()).toEqual([
    expect.stringMatching(/^Millbrook.*South Vale · Borvia/),
    expect.stringMatching(/^Millbrook.*North March · Arland/),
  ]);
  await dashboard.search.option(/North March/).click();
  await expect(page).toHaveURL(/#.*map=/);
});
