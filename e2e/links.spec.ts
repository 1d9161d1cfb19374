import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { Dashboard } from './pages/Dashboard';
import {
  cspViolations,
  fragmentValue,
  freshContext,
  historyWrites,
  SharePanel,
  viewOfUrl,
} from './pages/share';

// Issue 5, acceptance: a state set through the UI survives the Share link (in a fresh browser
// context), Reload, Back and Forward; a hand-edited fragment updates the dashboard; `area=`
// without `map=` zooms to the area; a 2-second drag writes the history at most 10 times.

/** What a user sees of a state, read from the page (the map through the outlines' boxes). */
interface Seen {
  view: { zoom: number; lat: number; lng: number } | null;
  area: string | null;
  layers: string | null;
  asof: string | null;
  panelTitle: string;
  asOfInput: string;
  placesChecked: boolean;
  kursk: { x: number; y: number; width: number; height: number };
}

async function seen(page: Page): Promise<Seen> {
  const dashboard = new Dashboard(page);
  await dashboard.settle();
  const url = page.url();
  const map = await dashboard.mapBox();
  // A feature that is always wholly in view: Leaflet clips paths that leave the view (the
  // Kursk outline, when Nikolske is selected) to bounds that depend on how the view was
  // reached, so their boxes can't be compared across contexts. The uncertainty ring around
  // Nikolske is small, unclipped in these views, and its layer stays on in this test.
  const ring = page.locator('path.uncertainty-nikolske');
  const kursk = (await ring.boundingBox()) ?? { x: NaN, y: NaN, width: NaN, height: NaN };
  const panel = dashboard.panel.getByRole('heading', { level: 2 }).first();
  return {
    view: viewOfUrl(url),
    area: fragmentValue(url, 'area'),
    layers: fragmentValue(url, 'layers'),
    asof: fragmentValue(url, 'asof'),
    panelTitle: (await panel.textContent()) ?? '',
    asOfInput: await dashboard.timeline.asOfInput.inputValue(),
    placesChecked: await (await dashboard.layerCheckbox(/^Places/)).isChecked(),
    // Where Leaflet drew the Nikolske ring, relative to the map: equal boxes mean equal
    // centre and zoom.
    kursk: { x: kursk.x - map.x, y: kursk.y - map.y, width: kursk.width, height: kursk.height },
  };
}

function expectSameView(actual: Seen, expected: Seen): void {
  expect(actual.view).not.toBeNull();
  expect(expected.view).not.toBeNull();
  expect(actual.view?.zoom).toBe(expected.view?.zoom);
  expect(Math.abs((actual.view?.lat ?? 0) - (expected.view?.lat ?? 0))).toBeLessThanOrEqual(1e-4);
  expect(Math.abs((actual.view?.lng ?? 0) - (expected.view?.lng ?? 0))).toBeLessThanOrEqual(1e-4);
  expect({ ...actual, view: null, kursk: null }).toEqual({ ...expected, view: null, kursk: null });
  // Cross-check on the drawn map: the outline sits at the same pixels (±1 px).
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(
      Math.abs(actual.kursk[key] - expected.kursk[key]),
      `Nikolske ring ${key}`,
    ).toBeLessThanOrEqual(1);
  }
}

async function waitForUrl(page: Page, predicate: (url: string) => boolean): Promise<void> {
  await expect.poll(() => predicate(page.url())).toBe(true);
}

/** Sets the state of the acceptance test through the UI, returning what each step left seen. */
async function setStateThroughUi(page: Page) {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await waitForUrl(page, (url) => viewOfUrl(url) !== null);
  const start = await seen(page);

  // Select Nikolske through the search box (pushes; the map fits the village).
  await dashboard.search.type('Nikolske');
  await dashboard.search
    .option(/^Nikolske/)
    .first()
    .click();
  await waitForUrl(
    page,
    (url) => fragmentValue(url, 'area') === 'nikolske' && viewOfUrl(url) !== null,
  );

  // Zoom out with the control, then pan by dragging (both replace the entry).
  const zoomBefore = viewOfUrl(page.url())?.zoom ?? 0;
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await waitForUrl(page, (url) => (viewOfUrl(url)?.zoom ?? 0) < zoomBefore);
  const box = await dashboard.mapBox();
  const centreBefore = viewOfUrl(page.url());
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 70, { steps: 8 });
  await page.mouse.up();
  await waitForUrl(page, (url) => viewOfUrl(url)?.lng !== centreBefore?.lng);
  const selected = await seen(page);

  // Hide the places layer (pushes).
  await (await dashboard.layerCheckbox(/^Places/)).uncheck();
  await waitForUrl(page, (url) => fragmentValue(url, 'layers') !== null);
  const layered = await seen(page);

  // Set the as-of date (pushes).
  await dashboard.timeline.setAsOf('2025-02-10');
  await waitForUrl(page, (url) => fragmentValue(url, 'asof') === '2025-02-10');
  const dated = await seen(page);
  return { start, selected, layered, dated };
}

test('a link from the Share control reopens the same view in a fresh context; reload, Back and Forward restore each state', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000); // many page loads and history moves; slow on a loaded machine
  const states = await setStateThroughUi(page);
  expect(states.dated.area).toBe('nikolske');
  expect(states.dated.panelTitle).toMatch(/Nikolske/);
  expect(states.dated.placesChecked).toBe(false);
  expect(states.dated.asOfInput).toBe('2025-02-10');

  const share = new SharePanel(page);
  const link = await share.link();
  expect(fragmentValue(link, 'asof')).toBe('2025-02-10');
  expect(link.split('#')[1]).toBe(page.url().split('#')[1]);
  await page.keyboard.press('Escape');
  await expect(share.dialog).toBeHidden();
  await expect(share.button).toBeFocused();

  const fresh = await freshContext(browser, baseURL ?? '');
  try {
    await fresh.page.goto(link);
    await new Dashboard(fresh.page).waitForMap();
    await expect(fresh.page.getByRole('heading', { level: 2, name: /Nikolske/ })).toBeVisible();
    expectSameView(await seen(fresh.page), states.dated);
    expect([...fresh.problems, ...(await cspViolations(fresh.page))]).toEqual([]);
  } finally {
    await fresh.context.close();
  }

  await page.reload();
  await new Dashboard(page).waitForMap();
  await expect(page.getByRole('heading', { level: 2, name: /Nikolske/ })).toBeVisible();
  expectSameView(await seen(page), states.dated);

  await page.goBack();
  await waitForUrl(page, (url) => fragmentValue(url, 'asof') === null);
  expectSameView(await seen(page), states.layered);
  await page.goBack();
  await waitForUrl(page, (url) => fragmentValue(url, 'layers') === null);
  expectSameView(await seen(page), states.selected);
  await page.goBack();
  await waitForUrl(page, (url) => fragmentValue(url, 'area') === null);
  expectSameView(await seen(page), states.start);
  await page.goForward();
  await waitForUrl(page, (url) => fragmentValue(url, 'area') === 'nikolske');
  expectSameView(await seen(page), states.selected);
  await page.goForward();
  await page.goForward();
  await waitForUrl(page, (url) => fragmentValue(url, 'asof') === '2025-02-10');
  expectSameView(await seen(page), states.dated);
});

test('the shared link carries the as-of date even when it is the latest, and Copy link confirms', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  await waitForUrl(page, (url) => viewOfUrl(url) !== null);
  expect(fragmentValue(page.url(), 'asof')).toBeNull(); // the page shows the latest
  const latest = await dashboard.timeline.asOfInput.inputValue();

  const share = new SharePanel(page);
  await share.open();
  await expect(share.copyLink).toBeFocused();
  const link = await share.linkField.inputValue();
  expect(fragmentValue(link, 'asof')).toBe(latest);
  expect(fragmentValue(link, 'area')).toBe('kursk');
  await share.copyLink.click();
  await expect(share.status).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const snippet = await share.embedField.inputValue();
  const src = /^<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
  expect(src).toBeDefined();
  expect(fragmentValue(src ?? '', 'embed')).toBe('1');
  expect(fragmentValue(src ?? '', 'asof')).toBe(latest);
});

test('without a clipboard, the link is selected in a visible field with a message to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await new Dashboard(page).open('#area=donetsk');
  const share = new SharePanel(page);
  await share.open();
  await share.copyLink.click();
  await expect(share.status).toContainText('press Ctrl+C');
  await expect(share.linkField).toBeVisible();
  await expect(share.linkField).toBeFocused();
  const selection = await share.linkField.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selection).toBe(await share.linkField.inputValue());
  expect(fragmentValue(selection, 'area')).toBe('donetsk');
});

test('embed mode hides the chrome and offers "Open in Sitrep" with the same view', async ({
  page,
}) => {
  await page.goto('./#area=kursk&asof=2025-02-10&embed=1');
  await new Dashboard(page).waitForMap();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Figures' })).toHaveCount(0);
  const open = page.getByRole('link', { name: 'Open in Sitrep' });
  await expect(open).toBeVisible();
  const href = (await open.getAttribute('href')) ?? '';
  expect(fragmentValue(href, 'embed')).toBeNull();
  expect(fragmentValue(href, 'area')).toBe('kursk');
  expect(fragmentValue(href, 'asof')).toBe('2025-02-10');
  expect(await open.getAttribute('target')).toBe('_blank');
  expect(await open.getAttribute('rel')).toContain('noopener');
});

test('a hand-edited fragment updates the dashboard', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  await expect(page.getByRole('heading', { level: 2, name: /Kursk/ })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#area=donetsk&asof=2025-01-31&layers=basemap,areas';
  });
  await expect(page.getByRole('heading', { level: 2, name: /Donetsk/ })).toBeVisible();
  await expect(dashboard.timeline.asOfInput).toHaveValue('2025-01-31');
  await expect(await dashboard.layerCheckbox(/^Places/)).not.toBeChecked();
  await expect(await dashboard.layerCheckbox(/^Areas/)).toBeChecked();
  // The map follows the edit: it fits Donetsk, written back as map=.
  await waitForUrl(page, (url) => viewOfUrl(url) !== null);
  const map = await dashboard.mapBox();
  const donetsk = await dashboard.outlineBox('Donetsk Oblast');
  expect(donetsk.x).toBeGreaterThanOrEqual(map.x - 1);
  expect(donetsk.x + donetsk.width).toBeLessThanOrEqual(map.x + map.width + 1);
  expect(Math.max(donetsk.width / map.width, donetsk.height / map.height)).toBeGreaterThan(0.4);
});

test('area= without map= zooms to the area', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  await waitForUrl(page, (url) => viewOfUrl(url) !== null);
  const map = await dashboard.mapBox();
  const kursk = await dashboard.outlineBox('Kursk Oblast');
  // Inside the map, and filling a good part of it (the theatre view shows it far smaller).
  expect(kursk.x).toBeGreaterThanOrEqual(map.x - 1);
  expect(kursk.y).toBeGreaterThanOrEqual(map.y - 1);
  expect(kursk.x + kursk.width).toBeLessThanOrEqual(map.x + map.width + 1);
  expect(kursk.y + kursk.height).toBeLessThanOrEqual(map.y + map.height + 1);
  expect(Math.max(kursk.width / map.width, kursk.height / map.height)).toBeGreaterThan(0.4);
  expect(viewOfUrl(page.url())?.zoom ?? 0).toBeGreaterThanOrEqual(6);
});

test('area=russia fits Russia, not the whole world', async ({ page }) => {
  // Russia crosses the antimeridian: with Chukotka at -180 its bounds were the world (zoom 1,
  // a band of land drawn round it).
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=russia');
  await waitForUrl(page, (url) => viewOfUrl(url) !== null);
  const view = viewOfUrl(page.url());
  expect(view?.zoom ?? 0).toBeGreaterThanOrEqual(2);
  // Centred over Russia (its middle is near 105° E), not over the prime meridian.
  expect(view?.lng ?? 0).toBeGreaterThan(80);
  expect(view?.lng ?? 0).toBeLessThan(130);
});

test('a 2-second drag writes the history at most 10 times', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  await waitForUrl(page, (url) => viewOfUrl(url) !== null);
  const box = await dashboard.mapBox();
  const startView = viewOfUrl(page.url());
  const historyLength = await page.evaluate(() => history.length);
  const before = await historyWrites(page);

  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const started = Date.now();
  for (let i = 1; i <= 60; i += 1) {
    await page.mouse.move(x0 - i * 4, y0 + i * 2);
    const due = started + (i * 2000) / 60;
    await page.waitForTimeout(Math.max(0, due - Date.now()));
  }
  await page.mouse.up();
  const duration = Date.now() - started;
  expect(duration).toBeGreaterThanOrEqual(1900);
  await page.waitForTimeout(600); // let a trailing throttled write land
  const writes = (await historyWrites(page)) - before;
  test.info().annotations.push({ type: 'drag', description: `${duration} ms, ${writes} writes` });

  expect(writes).toBeGreaterThanOrEqual(1); // the drag did move the link
  // At most one write per 250 ms plus the trailing one: 10 for a 2 s drag. A loaded machine
  // can stretch Playwright's 60 moves past 2 s; the bound then grows with the real duration
  // (the rate is what the throttle promises), and never drops below 10.
  expect(writes).toBeLessThanOrEqual(Math.max(10, Math.floor(duration / 250) + 1));
  expect(viewOfUrl(page.url())?.lng).not.toBe(startView?.lng);
  expect(await page.evaluate(() => history.length)).toBe(historyLength); // replaced, not pushed
});
