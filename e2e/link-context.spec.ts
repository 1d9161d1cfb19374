import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { geoJsonFile, Imports } from './pages/imports';

// Issue 13, point 5: the link's parse context (which imported layers exist) must follow
// imports and deletions. Before the fix it was fixed when the page opened, so Back/Forward
// or a hand edit right after an import dropped the new layer with a false "unknown layer".

const SQUARE = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'square' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [37.0, 52.0],
            [37.6, 52.0],
            [37.6, 52.4],
            [37.0, 52.4],
            [37.0, 52.0],
          ],
        ],
      },
    },
  ],
};

const notice = (page: Page) => page.getByText(/^Part of this link could not be used/);

test('Back and Forward right after an import keep the imported layer in the link', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  const imports = new Imports(page);
  await dashboard.open();
  await imports.pick([geoJsonFile('dug in.geojson', SQUARE)]);
  await imports.settled();
  await expect(imports.drawn).toHaveCount(1);
  await expect(page).toHaveURL(/layers=[^&]*user:dug-in/);

  // A discrete action after the import, then Back to the entry the import wrote.
  await (await dashboard.layerCheckbox('Deployment route')).uncheck();
  await expect(page).not.toHaveURL(/layers=[^&]*route/);
  await page.goBack();
  await expect(page).toHaveURL(/layers=[^&]*route/);
  await expect(page).toHaveURL(/layers=[^&]*user:dug-in/);
  await expect(imports.checkbox('dug in')).toBeChecked();
  await expect(imports.drawn).toHaveCount(1);
  await expect(notice(page)).toHaveCount(0);

  // Back once more (before the import) and Forward again.
  await page.goBack();
  await expect(page).not.toHaveURL(/user:dug-in/);
  await expect(imports.drawn).toHaveCount(0);
  await page.goForward();
  await expect(page).toHaveURL(/layers=[^&]*user:dug-in/);
  await expect(imports.checkbox('dug in')).toBeChecked();
  await expect(imports.drawn).toHaveCount(1);
  await expect(notice(page)).toHaveCount(0);

  // A hand-edited fragment naming the new layer is kept too.
  const id = /user:dug-in[a-z0-9-]*/.exec(page.url())?.[0] ?? 'missing';
  await page.evaluate((layer) => {
    window.location.hash = `layers=basemap,areas,${layer}`;
  }, id);
  await expect(page).toHaveURL(new RegExp(`layers=basemap,areas,${id}$`));
  await expect(imports.checkbox('dug in')).toBeChecked();
  await expect(imports.drawn).toHaveCount(1);
  await expect(notice(page)).toHaveCount(0);
});

test('after a layer is removed, a link naming it says the layer is unknown', async ({ page }) => {
  const dashboard = new Dashboard(page);
  const imports = new Imports(page);
  await dashboard.open();
  await imports.pick([geoJsonFile('gone soon.geojson', SQUARE)]);
  await imports.settled();
  await expect(page).toHaveURL(/user:gone-soon/);
  const id = /user:gone-soon[a-z0-9-]*/.exec(page.url())?.[0] ?? 'missing';
  await imports.remove('gone soon');
  await expect(imports.row('gone soon')).toHaveCount(0);
  await page.evaluate((layer) => {
    window.location.hash = `layers=basemap,areas,${layer}`;
  }, id);
  await expect(notice(page)).toContainText(`Ignored layers=${id}: unknown layer`);
  await expect(imports.drawn).toHaveCount(0);
});
