import { test, expect } from './fixtures';

test('the dashboard opens offline with a Leaflet map', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page).toHaveTitle(/Sitrep/);
});
