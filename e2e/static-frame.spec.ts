import { test, expect } from './fixtures';
import type { Browser, Locator, Page } from '@playwright/test';
import { Dashboard } from './pages/Dashboard';

// Issue 24: the first map is in the page. index.html carries the theatre as an inline SVG and
// the areas' headline figures (rendered at build time), painted before any script; the app's
// Leaflet map lands exactly on it and takes over without a shift.

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

type Rect = [x: number, y: number, width: number, height: number];

/** The page as it is with no script at all: the frame's region outlines and texts. */
async function staticPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  return { page, close: () => context.close() };
}

async function rectOf(page: Page, selector: string): Promise<Rect | null> {
  return page.evaluate((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    return box ? ([box.x, box.y, box.width, box.height] as Rect) : null;
  }, selector);
}

test('without JavaScript the page shows the map, each area with its headline figures, and says the dashboard needs JavaScript', async ({
  browser,
}) => {
  const { page, close } = await staticPage(browser, VIEWPORTS[0]);
  try {
    const map = page.getByRole('img', { name: /Map of the theatre/ });
    await expect(map).toBeVisible();
    for (const id of ['kursk', 'donetsk']) {
      const box = await rectOf(page, `.frame-region-${id}`);
      expect(box?.[2], id).toBeGreaterThan(50);
    }
    const panel = page.getByRole('complementary', { name: 'Figures' });
    await expect(panel.getByText('Kursk Oblast')).toBeVisible();
    await expect(panel.locator('.area-card-figure').first()).toBeVisible();
    await expect(page.getByText(/The dashboard needs JavaScript/)).toBeVisible();
    await page.screenshot({ path: 'test-results/static-frame-nojs-1440.png' });
  } finally {
    await close();
  }
  // On a phone the headlines are in the bottom sheet's place, under the map, scrollable.
  const phone = await staticPage(browser, VIEWPORTS[1]);
  try {
    const panel = phone.page.getByRole('complementary', { name: 'Figures' });
    const kursk = panel.locator('.area-card').filter({ hasText: 'Kursk Oblast' });
    await kursk.scrollIntoViewIfNeeded();
    await expect(kursk.locator('.area-card-figure').first()).toBeInViewport();
    const map = await rectOf(phone.page, 'svg.frame-map');
    const sheet = await rectOf(phone.page, '.app-panel');
    // The panel is below the map's fitted box, not behind the map.
    expect((sheet?.[1] ?? 0) + 1).toBeGreaterThan((map?.[1] ?? 0) + (map?.[3] ?? 0));
    await phone.page.screenshot({ path: 'test-results/static-frame-nojs-390.png' });
  } finally {
    await phone.close();
  }
});

test("the frame's headline figures are the ones the dashboard shows for the latest date", async ({
  browser,
  page,
}) => {
  const { page: bare, close } = await staticPage(browser, VIEWPORTS[0]);
  const cards = (panel: Locator) =>
    panel
      .locator('.area-card')
      .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
  let frameCards: string[];
  try {
    frameCards = await cards(bare.getByRole('complementary', { name: 'Figures' }));
  } finally {
    await close();
  }
  expect(frameCards.length).toBeGreaterThan(0);
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect(dashboard.overview.root).toBeVisible();
  // The dashboard's own overview (the frame's panel stands in for it until the data is in).
  await expect.poll(() => cards(dashboard.overview.root)).toEqual(frameCards);
});

test("the frame's area cards are where the overview puts its own, the same size (1440×900)", async ({
  browser,
  page,
}) => {
  // The frame is laid out by the entry stylesheet alone (a lazy panel's CSS comes later), and
  // it stays in the panel until the overview replaces it: any difference is a layout shift.
  const boxes = (p: Page) =>
    p.evaluate(() =>
      [...document.querySelectorAll('.app-panel .area-card')].map((el) => {
        const box = el.getBoundingClientRect();
        return [box.x, box.y, box.width, box.height].map(Math.round);
      }),
    );
  const { page: bare, close } = await staticPage(browser, VIEWPORTS[0]);
  let frameBoxes: number[][];
  try {
    frameBoxes = await boxes(bare);
  } finally {
    await close();
  }
  expect(frameBoxes.length).toBeGreaterThan(0);
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect(dashboard.overview.root).toBeVisible();
  await expect(page.locator('.app-panel [aria-busy]')).toHaveCount(0);
  expect(await boxes(page)).toEqual(frameBoxes);
});

for (const viewport of VIEWPORTS) {
  test(`Leaflet draws the regions where the frame drew them, and nothing shifts on the way to the working dashboard (${viewport.width}×${viewport.height})`, async ({
    browser,
    page,
  }) => {
    const { page: bare, close } = await staticPage(browser, viewport);
    const frame: Record<string, Rect | null> = {};
    try {
      for (const id of ['kursk', 'donetsk']) frame[id] = await rectOf(bare, `.frame-region-${id}`);
      frame.map = await rectOf(bare, '.app-map');
    } finally {
      await close();
    }

    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: number[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) w.__shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const dashboard = new Dashboard(page);
    await dashboard.open();
    await expect(dashboard.overview.root).toBeVisible();
    // The frame has gone once Leaflet has drawn the basemap.
    await expect(page.locator('svg.frame-map')).toHaveCount(0);
    expect(await rectOf(page, '.app-map')).toEqual(frame.map);
    for (const id of ['kursk', 'donetsk']) {
      const leaflet = await rectOf(page, `path.area-shape.area-${id}`);
      const drawn = frame[id];
      expect(leaflet, id).not.toBeNull();
      expect(drawn, id).not.toBeNull();
      // Leaflet rounds every vertex to a whole pixel (latLngToLayerPoint) and its layers'
      // origin too: each edge within a pixel of the frame's, each size within two.
      const tolerance = [1.01, 1.01, 2.01, 2.01];
      for (let i = 0; i < 4; i += 1) {
        expect(Math.abs((leaflet?.[i] ?? NaN) - (drawn?.[i] ?? NaN)), `${id} [${i}]`).toBeLessThan(
          tolerance[i] ?? 0,
        );
      }
    }
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
    );
    expect(cls).toBeLessThanOrEqual(0.02);
    await page.screenshot({
      path: `test-results/static-frame-app-${viewport.width}.png`,
    });
  });
}

test('a link to an area shows the theatre frame first, never another area as selected, and the frame goes when the map moves to the area', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __selectedAtFirstMap?: string[]; __frameSelected?: number };
    new PerformanceObserver((list) => {
      if (!list.getEntries().some((e) => e.name === 'sitrep:regions-painted')) return;
      // Leaflet draws the selected area in the selection colour (AreasLayer).
      w.__selectedAtFirstMap = [...document.querySelectorAll('path.area-shape')]
        .filter((p) => p.getAttribute('stroke')?.toUpperCase() === '#D55E00')
        .map((p) => [...p.classList].find((c) => c.startsWith('area-') && c !== 'area-shape'))
        .filter((c): c is string => c !== undefined);
    }).observe({ type: 'mark', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.__frameSelected = document.querySelectorAll('svg.frame-map [stroke="#D55E00"]').length;
    });
  });
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=donetsk');
  await expect(dashboard.area.title).toHaveText(/Donetsk Oblast/);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __selectedAtFirstMap?: string[]; __frameSelected?: number };
    return { leaflet: w.__selectedAtFirstMap, frame: w.__frameSelected };
  });
  expect(seen.frame).toBe(0);
  expect(seen.leaflet).toBeDefined();
  for (const area of seen.leaflet ?? []) expect(area).toBe('area-donetsk');
  await expect(page.locator('svg.frame-map')).toHaveCount(0);
});

test("the headline figures stay in the panel while the app starts: at the first Leaflet map they are the frame's", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __panelAtFirstMap?: string };
    new PerformanceObserver((list) => {
      if (!list.getEntries().some((e) => e.name === 'sitrep:regions-painted')) return;
      w.__panelAtFirstMap = document.querySelector('.app-panel')?.textContent ?? '';
    }).observe({ type: 'mark', buffered: true });
  });
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const atFirstMap = await page.evaluate(
    () => (window as unknown as { __panelAtFirstMap?: string }).__panelAtFirstMap,
  );
  expect(atFirstMap).toContain('Headline figures as of');
  expect(atFirstMap).toContain('Kursk Oblast');
  expect(atFirstMap).not.toContain('Loading the report data');
});
