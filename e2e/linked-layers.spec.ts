import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { geoJsonFile, Imports } from './pages/imports';
import { cspViolations, freshContext, SharePanel } from './pages/share';
import { loadCompression } from '../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts): the checks
// below read the page's link in Node.
test.beforeAll(() => loadCompression());

// Issue 13, point 3: a small imported layer can go in the link ("Include in link"), within the
// same 8,000-character budget as the marks; whoever opens the link sees it as a layer of its
// own, properties as text.

const square = (lng: number, lat: number) => [
  [
    [lng, lat],
    [lng + 0.3, lat],
    [lng + 0.3, lat + 0.2],
    [lng, lat + 0.2],
    [lng, lat],
  ],
];

const SMALL = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Staging area', troops: 1500, source: '<b>NIS</b> briefing' },
      geometry: { type: 'Polygon', coordinates: square(35.1, 51.2) },
    },
    {
      type: 'Feature',
      properties: { name: 'Supply road' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [35.0, 51.0],
          [35.6, 51.5],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Second area' },
      geometry: { type: 'Polygon', coordinates: square(36.0, 51.6) },
    },
  ],
};

test('an imported layer included in the link opens in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  const dashboard = new Dashboard(page);
  const imports = new Imports(page);
  await dashboard.open('#area=kursk');
  await imports.pick([geoJsonFile('front positions.geojson', SMALL)]);
  await imports.settled();
  await expect(imports.drawn).toHaveCount(3);
  await expect(page).not.toHaveURL(/lyr=/);
  // The row says what the layer would add to the link before it is put in.
  await expect(imports.row('front positions')).toContainText(
    /3 features · about [\d,]+ characters in a link/,
  );

  await imports.section
    .getByRole('button', { name: 'Include front positions in the link', exact: true })
    .click();
  await expect(page).toHaveURL(/&lyr=1\.[A-Za-z0-9_-]+$/);
  await expect(imports.row('front positions')).toContainText('in the link');
  const size = imports.section.getByTestId('linked-layers-size');
  await expect(size).toHaveText(/^Link: [\d,]+ of 8,000 characters$/);
  await expect(page.getByText(/“front positions” is in the link/)).toBeVisible();

  // A rename follows into the link, as the stored layer is named.
  await imports.rename('front positions', 'Front line 27 Feb.geojson');
  await expect(imports.row('Front line 27 Feb')).toContainText('in the link');
  await expect
    .poll(async () => {
      const { parseLinkedLayers } = await import('../src/state/url/linkedLayersKey');
      const read = parseLinkedLayers(/[#&]lyr=([^&]*)/.exec(page.url())?.[1] ?? '');
      return read.ok ? read.value.map((layer) => layer.name) : [];
    })
    .toEqual(['Front line 27 Feb']);

  const share = new SharePanel(page);
  const link = await share.link();
  expect(link).toMatch(/layers=[^&]*user:front-positions-[0-9a-f]{8}/);
  expect(link.length).toBeLessThan(8000);
  await expect(size).toHaveText(`Link: ${link.length.toLocaleString('en-GB')} of 8,000 characters`);
  await share.button.click();

  // Nothing stored there: the layer comes from the link alone.
  const { context: other, page: fresh, problems } = await freshContext(browser, baseURL ?? '');
  const freshImports = new Imports(fresh);
  await fresh.goto(link);
  await new Dashboard(fresh).waitForMap();
  await freshImports.openFold();
  await expect(freshImports.row('Front line 27 Feb')).toContainText('3 features · from the link');
  await expect(freshImports.checkbox('Front line 27 Feb')).toBeChecked();
  await expect(freshImports.drawn).toHaveCount(3);
  // The markup in a property comes as text, with a notice that says so; nothing else is dropped.
  await expect(fresh.getByText(/^Part of this link could not be used/)).toHaveText(
    'Part of this link could not be used and was ignored — Ignored lyr: 1 value holds markup, shown as plain text.',
  );
  await freshImports.drawn.first().click({ force: true });
  await expect(freshImports.featureInfo).toContainText('Staging area');
  await expect(freshImports.featureInfo).toContainText('<b>NIS</b> briefing');
  await expect(fresh.locator('.feature-info b')).toHaveCount(0);

  // Hidden and shown through layers=, like any layer; reload keeps it.
  await freshImports.checkbox('Front line 27 Feb').uncheck();
  await expect(freshImports.drawn).toHaveCount(0);
  await expect(fresh).toHaveURL(/lyr=1\./);
  await fresh.reload();
  await new Dashboard(fresh).waitForMap();
  await freshImports.openFold();
  await expect(freshImports.checkbox('Front line 27 Feb')).not.toBeChecked();
  await freshImports.checkbox('Front line 27 Feb').check();
  await expect(freshImports.drawn).toHaveCount(3);

  // Removing it from the link removes the layer there; Back brings it back.
  await freshImports.section
    .getByRole('button', { name: 'Remove Front line 27 Feb from the link', exact: true })
    .click();
  await expect(fresh).not.toHaveURL(/lyr=/);
  await expect(freshImports.row('Front line 27 Feb')).toHaveCount(0);
  await fresh.goBack();
  await expect(freshImports.row('Front line 27 Feb')).toHaveCount(1);
  expect([...problems, ...(await cspViolations(fresh))]).toEqual([]);
  await other.close();

  // On the sender's side, Back takes it out of the link and keeps the stored layer.
  await page.goBack(); // the rename replaced the include's entry: this is before the include
  await expect(page).not.toHaveURL(/lyr=/);
  await expect(imports.row('Front line 27 Feb')).not.toContainText('in the link');
  await expect(imports.drawn).toHaveCount(3);
});

test('a layer too big for a link is refused with a .geojson download instead', async ({ page }) => {
  const dashboard = new Dashboard(page);
  const imports = new Imports(page);
  await dashboard.open();
  // Irregular coordinates, as real positions are: they compress far less than a grid.
  let seed = 7;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const many = {
    type: 'FeatureCollection',
    features: Array.from({ length: 190 }, (_, i) => ({
      type: 'Feature',
      properties: { name: `Position ${i}`, ref: next().toString(36).slice(2) },
      geometry: { type: 'Polygon', coordinates: square(30 + next() * 10, 45 + next() * 7) },
    })),
  };
  await imports.pick([geoJsonFile('many positions.geojson', many)]);
  await imports.settled();
  const before = page.url();
  await imports.section
    .getByRole('button', { name: 'Include many positions in the link', exact: true })
    .click();
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: '“many positions” was not put in the link' });
  await expect(refusal).toContainText(/the link would be [\d,]+ characters, over the 8,000/);
  expect(page.url()).toBe(before);
  const download = page.waitForEvent('download');
  await refusal.getByRole('button', { name: 'Download .geojson' }).click();
  expect((await download).suggestedFilename()).toBe('many-positions.geojson');
});
