import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { Imports } from './pages/imports';
import { containerPoint } from './pages/mercator';

/**
 * A stored 100k-feature layer (tests/fixtures/geojson/generated, a grid of points, lines and
 * squares over the theatre, from scripts/fixtures/make-geojson-fixtures.mjs): after a reload
 * its features, drawn on canvases, open their properties on a click like a small layer's.
 */
const FILE = 'tests/fixtures/geojson/generated/valid-100k-features.geojson';
// Feature 2 of the grid is the square [30.04, 30.05] × [45.00, 45.01]; feature 0 the point
// (30.00, 45.00); feature 1 the line from (30.02, 45.00) east then north.
const VIEW = { zoom: 12, lat: 45.005, lng: 30.045 };

test.beforeAll(() => {
  execFileSync(process.execPath, ['scripts/fixtures/make-geojson-fixtures.mjs']);
});

test('after a reload, a click on a feature of a stored 100k-feature layer opens its properties', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dashboard = new Dashboard(page);
  const imports = new Imports(page);
  await dashboard.open();
  await imports.pick([FILE]);
  await expect(imports.row('valid-100k-features')).toContainText('100,000 features', {
    timeout: 90_000,
  });

  // Reload onto the grid's south-west corner, with the layer on (it is in the link).
  await expect(page).toHaveURL(/layers=[^&]*user(%3A|:)valid-100k-features-/);
  const layers = /layers=[^&]*/.exec(new URL(page.url()).hash)?.[0] ?? '';
  await page.goto('about:blank');
  await page.goto(`./#map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lng}&${layers}`);
  await expect(imports.row('valid-100k-features')).toContainText('100,000 features', {
    timeout: 60_000,
  });
  await expect(page.locator('.leaflet-overlays-pane canvas').first()).toBeAttached();
  await expect(page.locator('.leaflet-container[aria-busy="true"]')).toHaveCount(0, {
    timeout: 60_000,
  });

  const map = page.locator('.leaflet-container');
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  const at = (lat: number, lng: number) => containerPoint(VIEW, box, lat, lng);

  // Inside the square.
  await map.click({ position: at(45.005, 30.045) });
  await expect(imports.featureInfo).toContainText('valid-100k-features');
  await expect(imports.featureInfo.getByRole('term')).toHaveText(['name', 'kind']);
  await expect(imports.featureInfo.getByRole('definition')).toHaveText(['Feature 2', 'Polygon']);
  await imports.featureInfo.getByRole('button', { name: 'Close feature properties' }).click();

  // On the point, and on the line, give or take a pixel.
  await map.click({ position: at(45.0, 30.0) });
  await expect(imports.featureInfo.getByRole('definition')).toHaveText(['Feature 0', 'Point']);
  await map.click({ position: at(45.005, 30.03) });
  await expect(imports.featureInfo.getByRole('definition')).toHaveText(['Feature 1', 'LineString']);

  // Between features: nothing new opens (the last one stays).
  await imports.featureInfo.getByRole('button', { name: 'Close feature properties' }).click();
  await map.click({ position: at(45.02, 30.035) });
  await page.waitForTimeout(300);
  await expect(imports.featureInfo).toHaveCount(0);
});
