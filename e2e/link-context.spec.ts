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

// Issue 13, left over: the link used to be applied only once the imported layers had been read
// from IndexedDB, so a cold start showed the overview for seconds and what the analyst did
// meanwhile was replaced by the link. Now it applies as soon as the data is in, keeping
// `user:` layers provisionally, and checks them when the stored layers arrive.
test('the link applies before stored layers are read; unknown imported layers are dropped after', async ({
  page,
}) => {
  // Hold the imported-layers code (which reads the store) until the test lets it through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/assets\/userLayers-[^/]*\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto('./#area=kursk&layers=areas,user:not-here');

  // The linked area opens while the stored layers are still unread.
  await expect(page.getByRole('heading', { level: 2, name: /Kursk/ })).toBeVisible();
  expect(requested).toBe(true);
  await expect((await new Dashboard(page).layerCheckbox('Places')).first()).not.toBeChecked();
  await expect(page).toHaveURL(/layers=areas,user:not-here/);
  // What the analyst does meanwhile stays.
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/tab=sources/);
  await expect(notice(page)).toHaveCount(0);

  release();
  // Once they are read, the imported layer this browser lacks is dropped, with the notice.
  await expect(notice(page)).toContainText('Ignored layers=user:not-here: unknown layer');
  await expect(page).not.toHaveURL(/user:not-here/);
  await expect(page).toHaveURL(/area=kursk&layers=areas&.*tab=sources/);
  await expect(page.getByRole('heading', { level: 2, name: /Kursk/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
});
