import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { boxesOverlap, MapLabels, type DrawnLabel } from './pages/MapLabels';

// At #area=russia the map shows the whole country, and Kursk and Donetsk sit at its left edge:
// the area headlines, the route's figures and the place names piled on each other there, half
// of them outside the map (Kursk Oblast's figures began left of the map at 1440×900; on a phone
// every label started left of it). Each label now goes inside the map at its feature, and one
// that finds no free room is hidden, lower priority first.

/** What overlaps what, and what lies outside the map, among the labels that show. */
function problems(labels: readonly DrawnLabel[], map: { width: number; height: number }) {
  const found: string[] = [];
  for (const [i, a] of labels.entries()) {
    const { x, y, width, height } = a.box;
    if (x < 0 || y < 0 || x + width > map.width || y + height > map.height) {
      found.push(`“${a.text}” is outside the map (${[x, y, width, height].map(Math.round)})`);
    }
    for (const b of labels.slice(i + 1)) {
      if (boxesOverlap(a.box, b.box)) found.push(`“${a.text}” overlaps “${b.text}”`);
    }
  }
  return found;
}

/** Waits for the map to settle, then for its shown labels to neither overlap nor leave it. */
async function expectLabelsClear(dashboard: Dashboard, labels: MapLabels) {
  await dashboard.settle();
  const map = await dashboard.mapBox();
  await expect
    .poll(async () => problems([...(await labels.shownTooltips()), ...(await labels.drawn())], map))
    .toEqual([]);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  for (const fragment of ['#area=russia&asof=2025-10-24', '#area=russia', '', '#area=kursk']) {
    test(`labels neither overlap nor leave the map at ${viewport.width}×${viewport.height} ${fragment || 'theatre'}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const dashboard = new Dashboard(page);
      const labels = new MapLabels(page);
      await dashboard.open(fragment);
      // The route's figures are the last of the report's labels to come (after the first map).
      const route = page.locator('.leaflet-tooltip.route-label');
      await expect(route).toBeAttached();
      await expect(labels.canvas).toBeAttached();
      await expectLabelsClear(dashboard, labels);
      // Not by hiding everything: the route's troop figures show on every view (its line
      // crosses each), and so do Kursk Oblast's wherever its shape is in the map.
      const shown = (await labels.shownTooltips()).map((label) => label.kind);
      expect(shown).toContain('route');
      const map = await dashboard.mapBox();
      const kursk = await dashboard.outlineBox('Kursk Oblast');
      const kurskInMap = kursk.x + kursk.width > map.x && kursk.x < map.x + map.width;
      if (kurskInMap) expect(shown).toContain('area');
    });
  }
}

test('the labels are placed again when the window narrows to a phone and when the map zooms', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  const labels = new MapLabels(page);
  await dashboard.open('#area=russia&asof=2025-10-24');
  await expect(page.locator('.leaflet-tooltip.route-label')).toBeAttached();
  const check = () => expectLabelsClear(dashboard, labels);
  await check();
  await page.setViewportSize({ width: 390, height: 844 });
  await check();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await check();
  expect((await labels.shownTooltips()).map((label) => label.kind)).toContain('route');
});
