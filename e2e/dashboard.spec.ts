import { test, expect } from './fixtures';
import { Dashboard, type Box } from './pages/Dashboard';

// Issue 4 (Dashboard) acceptance, at 1440×900 (the config's viewport), offline.

/**
 * How the map's bounds compare with an area's bounding box, both read from Leaflet's DOM: the
 * map container's box is the map's bounds on screen, and the outline's SVG box is the area's
 * bounding box as drawn (Leaflet clips paths to the view plus a margin, so an outline that
 * spills out of the view shows up as a box larger than the map). In screen pixels the map is
 * Web Mercator, so these ratios are the ratios of the projected spans.
 */
function fit(map: Box, outline: Box) {
  return {
    inside:
      outline.x >= map.x - 1 &&
      outline.y >= map.y - 1 &&
      outline.x + outline.width <= map.x + map.width + 1 &&
      outline.y + outline.height <= map.y + map.height + 1,
    widthRatio: map.width / outline.width,
    heightRatio: map.height / outline.height,
  };
}

test('the map shows both oblasts and three places; clicking Kursk opens its panel with figures, sources and the conflicting casualty figures side by side', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  // Both oblasts and the three places of the report are on the map, labelled.
  await expect(dashboard.areaOutline('Kursk Oblast')).toBeVisible();
  await expect(dashboard.areaOutline('Donetsk Oblast')).toBeVisible();
  await expect(dashboard.mapLabel(/^Kursk Oblast/)).toBeVisible();
  await expect(dashboard.mapLabel(/^Donetsk Oblast/)).toBeVisible();
  await expect(dashboard.mapLabel('Kursk', true)).toBeVisible();
  await expect(dashboard.mapLabel('Donetsk', true)).toBeVisible();
  await expect(dashboard.mapLabel(/^Nikolske/)).toBeVisible();

  await dashboard.areaOutline('Kursk Oblast').click();
  const panel = dashboard.area;
  await expect(panel.title).toHaveText('Kursk Oblast');
  await expect(panel.headline).toBeVisible();
  await expect(panel.figures).toContainText('up to 50%');
  await expect(panel.figures).toContainText('Institute for the Study of War');
  // The deployment-wide figures show on Kursk's panel as context.
  await expect(panel.figures).toContainText('about 4,000');
  await expect(panel.figures).toContainText('Government of Ukraine');

  // Ukraine's count, ISW's rate-based total (derived) and the 50% shares, on shared axes.
  const casualties = panel.chart(/^Casualties: reported count vs derived estimates/);
  await expect(casualties).toBeVisible();
  await expect(casualties).toHaveAccessibleName(/Ukraine: about 4,000/);
  await expect(casualties).toHaveAccessibleName(/ISW rate × days: [\d,]+ \(derived/);
  // The side-by-side chart of the per-cent figures (the estimates-over-time chart of the same
  // measure is named "… over time").
  const shares = panel.chart(/^Share of force killed or wounded ·/);
  await expect(shares).toBeVisible();
  await expect(shares).toHaveAccessibleName(/ISW: up to 50%/);
  await expect(shares).toHaveAccessibleName(/Seth Jones \(CSIS\): possibly 50%/);
  const side = page.getByRole('region', { name: 'Figures side by side' });
  // Every chart in the section (one caption each) is an image with an accessible name.
  const captions = await side.locator('figcaption').count();
  expect(captions).toBeGreaterThanOrEqual(2);
  await expect(side.getByRole('img')).toHaveCount(captions);
  await expect(side).toContainText('Casualties: reported count vs derived estimates');

  // Derived figures are labelled as derived and show their inputs.
  await expect(panel.derived).toContainText('not reported');
  await expect(panel.derived.getByRole('list', { name: 'Inputs' }).first()).toBeVisible();

  // A figure opens its provenance: the quote as printed and the report.
  const figure = panel.figureItems().filter({ hasText: 'up to 50%' }).first();
  await figure.getByRole('button', { name: 'Provenance' }).click();
  await expect(figure).toContainText('up to half of their forces');
  await expect(figure).toContainText('North Korea sending more troops to Russia, South confirms');
});

test('the overview’s area card and the search box also open an area', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await dashboard.overview.areaCard('Kursk Oblast').click();
  await expect(dashboard.area.title).toHaveText('Kursk Oblast');
  await dashboard.area.back.click();
  await expect(dashboard.overview.title).toBeVisible();

  await dashboard.search.type('Donetsk Oblast');
  await dashboard.search
    .option(/^Donetsk Oblast/)
    .first()
    .click();
  await expect(dashboard.area.title).toHaveText('Donetsk Oblast');
});

test('selecting an oblast zooms the map to it: the view contains it and is at most about three times larger', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const mapParam = () => /[#&]map=([^&]*)/.exec(page.url())?.[1] ?? null;
  for (const [name, id] of [
    ['Kursk Oblast', 'kursk'],
    ['Donetsk Oblast', 'donetsk'],
  ] as const) {
    await test.step(name, async () => {
      // The map moves in an effect after React commits and then writes map= into the link
      // (throttled), which on a loaded machine comes later than a couple of frames: each
      // measurement waits for the link to show the view it measures.
      await dashboard.wholeTheatre.click();
      await expect(dashboard.overview.title).toBeVisible();
      await expect(page).not.toHaveURL(/[#&]area=/);
      await expect.poll(mapParam).not.toBeNull();
      const theatre = mapParam();
      await dashboard.settle();
      const before = fit(await dashboard.mapBox(), await dashboard.outlineBox(name));
      await dashboard.overview.areaCard(name).click();
      await expect(dashboard.area.title).toHaveText(name);
      await expect(page).toHaveURL(new RegExp(`[#&]area=${id}(&|$)`));
      await expect.poll(() => mapParam() !== null && mapParam() !== theatre).toBe(true);
      await dashboard.settle();
      const after = fit(await dashboard.mapBox(), await dashboard.outlineBox(name));
      test.info().annotations.push({
        type: 'fit',
        description: `${name}: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
      });
      expect(after.inside, 'the whole outline is in view').toBe(true);
      // The area spans the view along its tighter dimension (what fitBounds promises) …
      expect(Math.min(after.widthRatio, after.heightRatio)).toBeLessThanOrEqual(3);
      // … and the view's surface is at most about three times the area's box.
      expect(after.widthRatio * after.heightRatio).toBeLessThanOrEqual(3.5);
      expect(after.widthRatio * after.heightRatio).toBeLessThan(
        before.widthRatio * before.heightRatio,
      );
    });
  }
});

test('search: “Donetsk” lists every candidate, the oblast first; other scripts and spellings work', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await dashboard.search.type('Donetsk');
  const texts = await dashboard.search.optionTexts();
  expect(texts[0]).toMatch(/^Donetsk Oblast.*Ukraine/);
  const others = texts.filter((text) => /^Donetsk\b(?! Oblast)/.test(text));
  expect(
    others.find((text) => /Ukraine/.test(text)),
    'the city of Donetsk',
  ).toBeDefined();
  expect(
    others.find((text) => /Rostov/.test(text)),
    'Donetsk in Rostov Oblast',
  ).toMatch(/Russia/);
  // Listing candidates picks nothing.
  await expect(dashboard.overview.title).toBeVisible();

  for (const [query, expected] of [
    ['Курская', 'Kursk Oblast'],
    ['Курская область', 'Kursk Oblast'],
    ['쿠르스크', 'Kursk Oblast'],
    ["Donets'k", 'Donetsk Oblast'],
    ['Nikolskoe', 'Nikolske'],
    ['Nikolske', 'Nikolske'],
  ] as const) {
    await test.step(query, async () => {
      await dashboard.search.type(query);
      await expect(dashboard.search.options.first()).toContainText(expected);
    });
  }
});

test('keyboard: the search combobox (arrows, Enter) and an oblast on the map (Tab target, Enter)', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const { input, options } = dashboard.search;
  await input.focus();
  await page.keyboard.type('Donetsk');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const second = options.nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute(
    'aria-activedescendant',
    (await second.getAttribute('id')) ?? 'missing id',
  );
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(dashboard.area.title).toHaveText('Donetsk Oblast');

  await dashboard.areaOutline('Kursk Oblast').focus();
  await expect(dashboard.areaOutline('Kursk Oblast')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dashboard.area.title).toHaveText('Kursk Oblast');
});

test('keyboard: Escape closes the search list and keeps the query; Down Arrow reopens it', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const { input, listbox } = dashboard.search;
  await input.focus();
  await page.keyboard.type('Donetsk');
  await expect(listbox).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue('Donetsk');
  await page.keyboard.press('ArrowDown');
  await expect(listbox).toBeVisible();
});

test('“as of” 2025-01-31 hides figures first reported later and keeps earlier ones', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const table = dashboard.overview.table;
  await expect(table).toContainText('as many as 12,000');
  await expect(table).toContainText('within 3 months');
  const before = await dashboard.overview.bodyRows().count();

  await dashboard.timeline.setAsOf('2025-01-31');
  await expect(table).not.toContainText('as many as 12,000');
  // Ukraine's "about 4,000" killed or wounded (27 Feb) is hidden; Western officials' "about
  // 4,000" killed, wounded, missing or captured (reported by 23 Jan) stays.
  const rowsWith = (...texts: string[]) =>
    texts.reduce((rows, text) => rows.filter({ hasText: text }), dashboard.overview.bodyRows());
  await expect(rowsWith('about 4,000', 'Killed or wounded')).toHaveCount(0);
  await expect(rowsWith('about 4,000', 'Western officials')).toHaveCount(1);
  await expect(table).toContainText('within 3 months');
  expect(await dashboard.overview.bodyRows().count()).toBeLessThan(before);
  await expect(page).toHaveURL(/asof=2025-01-31/);

  // The Kursk panel as of that date no longer shows the 12,000 either.
  await dashboard.overview.areaCard('Kursk Oblast').click();
  await expect(dashboard.area.title).toHaveText('Kursk Oblast');
  await expect(dashboard.area.figures).not.toContainText('as many as 12,000');
  await expect(dashboard.area.figures).toContainText('within 3 months');
  // The estimates chart keeps it, greyed as reported after the as-of date.
  await expect(
    dashboard.area.root.locator('[data-mark="c-2025-02-27-troops-in-russia"]'),
  ).toHaveAttribute('data-later', 'true');
});

test('Nikolske’s panel says its location is approximate and why', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await dashboard.overview.areaCard('Nikolske').click();
  await expect(dashboard.area.title).toHaveText('Nikolske');
  await expect(dashboard.area.locationNote).toContainText('Approximate location');
  await expect(dashboard.area.locationNote).toContainText(/share the name|several/);
  await expect(dashboard.area.locationNote).toContainText('Other places of that name');
});

test('the overview table sorts by a column and says so with aria-sort', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const { overview } = dashboard;
  await expect(overview.columnHeader('Area')).toHaveAttribute('aria-sort', 'ascending');
  await expect(overview.columnHeader('Figure')).toHaveAttribute('aria-sort', 'none');
  await overview.columnHeader('Figure').getByRole('button').click();
  await expect(overview.columnHeader('Figure')).toHaveAttribute('aria-sort', 'ascending');
  await expect(overview.columnHeader('Area')).toHaveAttribute('aria-sort', 'none');
  await overview.columnHeader('Figure').getByRole('button').click();
  await expect(overview.columnHeader('Figure')).toHaveAttribute('aria-sort', 'descending');
  // Largest figure first: the NIS's over 10 million shells, missiles and weapons (June 2025),
  // then Ukraine's General Staff's 62,400 Russian losses in Kursk (26 Apr).
  await expect(overview.bodyRows().first()).toContainText('over 10,000,000');
  await expect(overview.bodyRows().nth(1)).toContainText('62,400');
  await expect(page).toHaveURL(/sort=value-desc/);
});
