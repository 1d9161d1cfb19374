import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { Dashboard } from './pages/Dashboard';
import { encodeAnnotations } from '../src/state/url/annotationsKey';
import { loadCompression } from '../src/state/url/compressedJson';
import type { Annotation } from '../src/state/annotations/types';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
test.beforeAll(() => loadCompression());

const SQUARE: Annotation = {
  id: 'sq',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [35.9, 51.4],
        [36.1, 51.4],
        [36.1, 51.6],
        [35.9, 51.6],
        [35.9, 51.4],
      ],
    ],
  },
  note: 'Square',
};

// Issue 12: the first map comes first. The map and data code and the report's region outlines
// are in the app script itself (issue 24: src/data/regionOutlines.ts), so Leaflet draws the
// regions while that script runs. What the regions do not need (the whole basemap, the side
// panel, the map tools, the Share dialog) is asked for only once they are painted, and the
// dashboard's frame does not move when it arrives.

interface Loaded {
  name: string;
  startTime: number;
  responseEnd: number;
}

async function resources(page: Page): Promise<Loaded[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      name: new URL(entry.name).pathname.replace(/^.*\//, ''),
      startTime: entry.startTime,
      responseEnd: (entry as PerformanceResourceTiming).responseEnd,
    })),
  );
}

async function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, name);
}

/** The dashboard's frame: where the header, map, timeline and panel sit. */
async function frame(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ['.app-header', '.app-map', '.app-timeline', '.app-panel'].map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return [selector, box ? [box.x, box.y, box.width, box.height].map(Math.round) : null];
      }),
    ),
  );
}

test('the regions are drawn while the app script runs; the basemap is asked for only after them', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const entries = await resources(page);
  const app = entries.filter((e) => /^index-[\w-]+\.js$/.test(e.name));
  expect(app).toHaveLength(1);
  const painted = await markTime(page, 'sitrep:regions-painted');
  // In the task that runs the app script (a module script: it runs before DOMContentLoaded),
  // not after a request, a response or another task.
  const contentLoaded = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventStart,
  );
  expect(painted).toBeGreaterThan(0);
  expect(painted).toBeLessThanOrEqual(contentLoaded);
  for (const pattern of [/^provinces\.topo-[\w-]+\.json$/, /^countries\.topo-[\w-]+\.json$/]) {
    const requests = entries.filter((e) => pattern.test(e.name));
    expect(requests, `${pattern} requested once`).toHaveLength(1);
    expect(requests[0]?.startTime, String(pattern)).toBeGreaterThanOrEqual(painted);
  }
  await expect(page.locator('link[rel="preload"][href*=".topo"]')).toHaveCount(0);
  // The report data is requested once, by the app; not preloaded, which would hand its bytes
  // to the main thread during the first map (8.7 MB at 1,000 reports).
  expect(entries.filter((e) => /^reports-\d+\.[0-9a-f]+\.json$/.test(e.name))).toHaveLength(1);
  await expect(page.locator('link[rel="preload"][href*="data/reports-"]')).toHaveCount(0);
});

test('the rest of the dashboard renders in a task after the one that drew the regions, not at its end', async ({
  page,
}) => {
  // Issue 12: no main-thread task over 200 ms. The app script's task makes the map and draws
  // the regions; the panels and the map's other layers (the first map's announcement) come in
  // a later task, so that one task does not run from the script to the whole dashboard.
  await page.addInitScript(() => {
    const tasks: [number, number][] = [];
    (window as unknown as { sitrepTasks: [number, number][] }).sitrepTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect(dashboard.overview.root).toBeVisible();
  const painted = await markTime(page, 'sitrep:regions-painted');
  const announced = await markTime(page, 'sitrep:first-map');
  const tasks = await page.evaluate(
    () => (window as unknown as { sitrepTasks: [number, number][] }).sitrepTasks,
  );
  // The app script's task is a long one (module evaluation, React, Leaflet): the mark is in it.
  const drawing = tasks.find(
    ([start, duration]) => start <= painted && painted <= start + duration,
  );
  expect(drawing, `a long task holds the regions mark at ${painted} ms`).toBeDefined();
  if (!drawing) return;
  expect(announced).toBeGreaterThanOrEqual(drawing[0] + drawing[1]);
});

test("the areas' labels come in a task after the regions' first paint, not in the task that drew them", async ({
  page,
}) => {
  // Each permanent label measures itself as it opens, and the report's label layout places
  // them all: work the app script's task (the longest of the load) does not need, since the
  // page's first frame has no labels. Counted when the script's work is done (a microtask
  // queued at the regions mark runs once the task's script has returned) and again in the
  // next frame, before it is painted.
  await page.addInitScript(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { sitrepLabelsSeen: Record<string, number> }).sitrepLabelsSeen = seen;
    const count = () => document.querySelectorAll('.area-label').length;
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'sitrep:regions-painted' && !('atMark' in seen)) {
        seen.atMark = count();
        seen.regionsAtMark = document.querySelectorAll('path.area-shape').length;
        queueMicrotask(() => {
          seen.afterTask = count();
          seen.regionsAfterTask = document.querySelectorAll('path.area-shape').length;
          requestAnimationFrame(() => {
            seen.nextFrame = count();
          });
        });
      }
      return mark(name, options);
    };
  });
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const labels = page.locator('.leaflet-tooltip.area-label');
  await expect(labels.filter({ hasText: 'Kursk Oblast' })).toBeVisible();
  await expect(labels.filter({ hasText: 'Donetsk Oblast' })).toBeAttached();
  const seen = await page.evaluate(
    () => (window as unknown as { sitrepLabelsSeen: Record<string, number> }).sitrepLabelsSeen,
  );
  // Both regions were drawn in that task; no label was made in it, nor before the next paint.
  expect(seen.regionsAfterTask).toBeGreaterThanOrEqual(2);
  expect(seen).toMatchObject({ atMark: 0, afterTask: 0, nextFrame: 0 });
});

test("the side panel's and map tools' code loads after the regions are painted, and they work", async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect(dashboard.overview.root).toBeVisible();
  await expect(dashboard.wholeTheatre).toBeVisible();
  const painted = await markTime(page, 'sitrep:regions-painted');
  const entries = await resources(page);
  for (const pattern of [
    /^SidePanel-[\w-]+\.js$/,
    /^MapTools-[\w-]+\.js$/,
    /^ShareMenu-[\w-]+\.js$/,
  ]) {
    const requests = entries.filter((e) => pattern.test(e.name));
    expect(requests, `${pattern} requested once`).toHaveLength(1);
    expect(requests[0]?.startTime, String(pattern)).toBeGreaterThanOrEqual(painted);
  }
  expect(
    await page.evaluate(() =>
      performance.getEntriesByName('sitrep:first-map').map((m) => (m as PerformanceMark).detail),
    ),
  ).toEqual(['regions']);
});

test("the link codec's fflate is not in the app script: it loads after the regions, or first for a link with annotations", async ({
  page,
}) => {
  // Its module builds Huffman tables as it is evaluated: 5–8 ms of the app script's task
  // (docs/scale.md, the 1,000-report longest task). Only links with `ann=`/`lyr=` need it.
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect(dashboard.overview.root).toBeVisible();
  const painted = await markTime(page, 'sitrep:regions-painted');
  const app = await page.evaluate(async () => {
    const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
    return script ? (await fetch(script.src)).text() : '';
  });
  expect(app.length).toBeGreaterThan(100_000);
  // fflate's inflate errors, in every build of it: the app script has none of fflate.
  expect(app).not.toContain('invalid distance');
  const deflate = (await resources(page)).filter((e) => /^linkDeflate-[\w-]+\.js$/.test(e.name));
  expect(deflate, 'the codec chunk requested once').toHaveLength(1);
  expect(deflate[0]?.startTime).toBeGreaterThanOrEqual(painted);

  // A link with annotations waits for it, then reads them (the page's first frame meanwhile).
  await dashboard.open(`#area=kursk&ann=${encodeAnnotations([SQUARE])}`);
  await expect(page.locator('path.annotation-shape')).toHaveCount(1);
  await expect(page.getByText(/^Part of this link could not be used/)).toHaveCount(0);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`nothing in the frame moves when the panels arrive (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // The frame as it is when the regions are painted, before the panels' code has run.
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name !== 'sitrep:regions-painted') continue;
          (window as unknown as { __frameAtFirstMap: unknown }).__frameAtFirstMap =
            Object.fromEntries(
              ['.app-header', '.app-map', '.app-timeline', '.app-panel'].map((selector) => {
                const box = document.querySelector(selector)?.getBoundingClientRect();
                return [
                  selector,
                  box ? [box.x, box.y, box.width, box.height].map(Math.round) : null,
                ];
              }),
            );
        }
      }).observe({ type: 'mark', buffered: true });
    });
    const dashboard = new Dashboard(page);
    await dashboard.open();
    await expect(dashboard.overview.root).toBeVisible();
    const atFirstMap = await page.evaluate(
      () => (window as unknown as { __frameAtFirstMap?: unknown }).__frameAtFirstMap,
    );
    // The panel was still loading then: the frame was already in place, not drawn later.
    expect(atFirstMap).toBeTruthy();
    expect(await frame(page)).toEqual(atFirstMap);
  });
}

test('when the basemap cannot be loaded, the regions and panels still come and the failure is said', async ({
  page,
}) => {
  await page.route(/provinces\.topo-[\w-]+\.json$/, (route) => route.abort('failed'));
  const dashboard = new Dashboard(page);
  await page.goto('./');
  await expect(page.getByText(/The map data could not be loaded/)).toBeVisible();
  // The report's regions need no download; the figures come in the real panel.
  await expect(page.locator('path.area-shape').first()).toBeVisible();
  await expect(dashboard.overview.root).toBeVisible();
  expect(
    await page.evaluate(() =>
      performance.getEntriesByName('sitrep:first-map').map((m) => (m as PerformanceMark).detail),
    ),
  ).toEqual(['regions']);
});
