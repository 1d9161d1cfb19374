import { readFileSync } from 'node:fs';
import { readPngText } from '../src/app/export/pngText';
import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { fixtureFile, Imports } from './pages/imports';
import { SharePanel } from './pages/share';

// Issue 15: the side panel's tabs that the link promises, and the defects a fresh reading
// found (each of these failed before its fix).

interface JsonClaim {
  id: string;
  area: string;
  source: string[];
  reportedOn: { end: string };
}

const AREAS = JSON.parse(readFileSync('geodata/areas.json', 'utf8')) as {
  areas: { id: string; parent: string | null }[];
};

/** An area and the wider areas its panel shows as context: nikolske → donetsk → ukraine. */
function withAncestors(id: string): Set<string> {
  const ids = new Set<string>();
  for (let at: string | null = id; at !== null && !ids.has(at);) {
    ids.add(at);
    at = AREAS.areas.find((area) => area.id === at)?.parent ?? null;
  }
  return ids;
}

test('the tab in the link opens the Sources tab; tabs switch by click and arrow keys and are written to the link', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk&tab=sources');
  const tabs = dashboard.panel.getByRole('tablist', { name: 'Panel' });
  await expect(tabs.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  const tabpanel = dashboard.panel.getByRole('tabpanel');
  await expect(tabpanel.getByRole('heading', { name: 'Sources · Kursk Oblast' })).toBeVisible();
  // Each source with what it is; the NIS made figures, the outlet carried them.
  const nis = tabpanel.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /National Intelligence Service/ }),
  });
  await expect(nis.first()).toContainText('Government intelligence · South Korea');
  await expect(nis.first()).toContainText(/Claimed \(\d+\)/);
  await expect(tabpanel).toContainText('party to the war');

  // Arrow keys move along the tabs (and select), and the link follows.
  await tabs.getByRole('tab', { name: 'Sources' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: 'Timeline' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'Timeline' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect.poll(() => new URL(page.url()).hash).toContain('tab=timeline');
  await expect(tabpanel.getByRole('heading', { name: 'Timeline · Kursk Oblast' })).toBeVisible();
  await expect(tabpanel.getByRole('listitem').first()).toBeVisible();

  // A figure in the Sources tab opens its provenance on the Figures tab.
  await tabs.getByRole('tab', { name: 'Sources' }).click();
  await tabpanel
    .getByRole('button', { name: /^Share of force killed or wounded: up to 50%/ })
    .first()
    .click();
  await expect(tabs.getByRole('tab', { name: 'Figures' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => new URL(page.url()).hash).toMatch(/claim=[^&]+/);
  await expect(dashboard.panel).toContainText('up to half of their forces');

  // Reload keeps the tab.
  await tabs.getByRole('tab', { name: 'Sources' }).click();
  await page.reload();
  await expect(dashboard.panel.getByRole('tab', { name: 'Sources' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('an area panel at an earlier date counts the hidden figures of that area, not of the whole dataset', async ({
  page,
}) => {
  const response = await page.request.get('./data/claims.json');
  const claims = ((await response.json()) as { claims: JsonClaim[] }).claims;
  const asOf = '2025-01-31';
  const inView = withAncestors('nikolske');
  const later = claims.filter((claim) => claim.reportedOn.end > asOf);
  const laterHere = later.filter((claim) => inView.has(claim.area)).length;
  expect(laterHere).toBeGreaterThan(0);
  expect(laterHere).toBeLessThan(later.length);

  const dashboard = new Dashboard(page);
  await dashboard.open(`#area=nikolske&asof=${asOf}`);
  await expect(dashboard.panel.getByRole('status')).toHaveText(
    `${laterHere} figure${laterHere === 1 ? ' was' : 's were'} reported after the as-of date and ${laterHere === 1 ? 'is' : 'are'} hidden.`,
  );
});

test('an import’s warnings are shown beside its layer', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  const imports = new Imports(page);
  await imports.pick([fixtureFile('tests/fixtures/geojson/valid/null-geometry.geojson')]);
  await expect(imports.section.getByRole('status')).toContainText(
    /null-geometry\.geojson”: \d+ of \d+ features have no geometry/,
  );
  await expect.poll(() => imports.names()).toEqual(['null-geometry']);
});

test('an imported layer is in the PNG legend', async ({ page }) => {
  test.setTimeout(120_000);
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  const imports = new Imports(page);
  await imports.pick([fixtureFile('tests/fixtures/geojson/valid/point.geojson')]);
  await expect.poll(() => imports.names()).toEqual(['point']);

  const share = new SharePanel(page);
  const download = await share.download('Download PNG');
  const text = readPngText(new Uint8Array(readFileSync(await download.path())));
  const meta = JSON.parse(text.get('Sitrep-footer') ?? 'null') as {
    layout: { runs: { role: string; text: string }[] };
  };
  const legend = meta.layout.runs.filter((run) => run.role === 'legend').map((run) => run.text);
  expect(legend).toEqual([
    'Legend:',
    'Basemap',
    'Areas',
    'Places',
    'Deployment route',
    'Location uncertainty',
    'point',
  ]);
});
