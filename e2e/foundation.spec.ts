import type { Page, Response } from '@playwright/test';
import { test, expect } from './fixtures';
import { Dashboard, type Box } from './pages/Dashboard';
import { containerPoint, type MapView } from './pages/mercator';

// Issue 2 (Foundation): the app opens with no network and draws the embedded basemap with the
// Russia and Ukraine outlines; the attribution names the data sources, not Leaflet's default.

interface TopologyJson {
  objects: Record<
    string,
    { geometries: { properties?: Record<string, unknown>; arcs?: unknown[] }[] }
  >;
}

/** Property values of every geometry of one object of a TopoJSON file (that has arcs). */
async function propertyValues(response: Response, object: string, key: string): Promise<string[]> {
  const topology = (await response.json()) as TopologyJson;
  const geometries = topology.objects[object]?.geometries ?? [];
  return geometries
    .filter((geometry) => (geometry.arcs?.length ?? 0) > 0)
    .map((geometry) => String(geometry.properties?.[key]));
}

/** RGBA of the basemap canvas at points given relative to the map container. */
async function canvasPixels(page: Page, mapBox: Box, points: { x: number; y: number }[]) {
  return page.evaluate(
    ({ mapBox, points }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-pane canvas');
      const context = canvas?.getContext('2d');
      if (!canvas || !context) throw new Error('no basemap canvas');
      const rect = canvas.getBoundingClientRect();
      return points.map(({ x, y }) => {
        const cx = Math.round(((mapBox.x + x - rect.left) * canvas.width) / rect.width);
        const cy = Math.round(((mapBox.y + y - rect.top) * canvas.height) / rect.height);
        return Array.from(context.getImageData(cx, cy, 1, 1).data);
      });
    },
    { mapBox, points },
  );
}

const luminance = ([r = 0, g = 0, b = 0]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

test('opens offline, asks nothing of the network, and ships Russia and Ukraine in its basemap', async ({
  page,
}) => {
  const offsite: string[] = [];
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(hostname) && protocol !== 'data:') {
      offsite.push(request.url());
    }
  });
  const countries = page.waitForResponse(/countries\.topo[^/]*\.json$/);
  const provinces = page.waitForResponse(/provinces\.topo[^/]*\.json$/);
  const dashboard = new Dashboard(page);
  await dashboard.open();

  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await expect(page).toHaveTitle(/Sitrep/);
  const iso = await propertyValues(await countries, 'countries', 'iso_a3');
  expect(iso).toEqual(expect.arrayContaining(['RUS', 'UKR']));
  const codes = await propertyValues(await provinces, 'provinces', 'code');
  expect(codes).toEqual(expect.arrayContaining(['RU-KRS', 'UA-14']));
  // With the OpenStreetMap layer off, the dashboard does not even try to reach the network.
  expect(offsite).toEqual([]);
});

test('the first screen shows Kursk and Donetsk oblasts both in view', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const map = await dashboard.mapBox();
  for (const name of ['Kursk Oblast', 'Donetsk Oblast']) {
    const outline = await dashboard.outlineBox(name);
    expect(outline.x, `${name} left edge`).toBeGreaterThanOrEqual(map.x - 1);
    expect(outline.y, `${name} top edge`).toBeGreaterThanOrEqual(map.y - 1);
    expect(outline.x + outline.width, `${name} right edge`).toBeLessThanOrEqual(
      map.x + map.width + 1,
    );
    expect(outline.y + outline.height, `${name} bottom edge`).toBeLessThanOrEqual(
      map.y + map.height + 1,
    );
  }
});

test('the basemap canvas draws land where Russia and Ukraine are, the border between them, and no land at sea', async ({
  page,
}) => {
  // A link fixes the map's centre and zoom, so where each city is drawn follows from Web
  // Mercator alone; the pixels are read from Leaflet's basemap canvas (overlays are not on it).
  const view: MapView = { zoom: 6.5, lat: 49, lng: 36.6 };
  const dashboard = new Dashboard(page);
  await dashboard.open(`#map=${view.zoom}/${view.lat.toFixed(4)}/${view.lng.toFixed(4)}`);
  await dashboard.settle();
  const mapBox = await dashboard.mapBox();
  const at = (lat: number, lng: number) => containerPoint(view, mapBox, lat, lng);

  const kursk = at(51.7373, 36.1874); // Kursk, Russia (GeoNames)
  const kharkiv = at(49.9808, 36.2527); // Kharkiv, Ukraine
  const azovSea = at(46.1, 36.6); // open water of the Sea of Azov
  const [inRussia, inUkraine, atSea] = await canvasPixels(page, mapBox, [kursk, kharkiv, azovSea]);
  expect(inRussia?.[3], 'Russia is filled at Kursk').toBe(255);
  expect(inUkraine?.[3], 'Ukraine is filled at Kharkiv').toBe(255);
  expect(inUkraine, 'both countries share the land fill').toEqual(inRussia);
  expect(atSea?.[3], 'nothing is drawn on the Sea of Azov').toBe(0);

  // Walk from Belgorod (Russia) to Kharkiv (Ukraine): the state border lies between them.
  const belgorod = at(50.5955, 36.5873);
  const steps = 60;
  const walk = Array.from({ length: steps + 1 }, (_, i) => ({
    x: belgorod.x + ((kharkiv.x - belgorod.x) * i) / steps,
    y: belgorod.y + ((kharkiv.y - belgorod.y) * i) / steps,
  }));
  const pixels = await canvasPixels(page, mapBox, walk);
  const land = luminance(inUkraine ?? []);
  const darkest = Math.min(...pixels.map(luminance));
  expect(
    land - darkest,
    'an outline stroke crosses the walk from Belgorod to Kharkiv',
  ).toBeGreaterThan(25);
});

test('the attribution names Natural Earth and GeoNames, not OpenStreetMap or Leaflet’s flag prefix', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect(dashboard.attribution).toContainText('Natural Earth');
  await expect(dashboard.attribution).toContainText('GeoNames');
  await expect(dashboard.attribution).not.toContainText('OpenStreetMap');
  // Leaflet's default prefix is a link to leafletjs.com with a Ukrainian flag.
  await expect(dashboard.attribution.locator('.leaflet-attribution-flag')).toHaveCount(0);
  await expect(dashboard.attribution.locator('a[href*="leafletjs.com"]')).toHaveCount(0);

  // Turning the online tiles on credits OpenStreetMap; offline, a notice says they are
  // unavailable and the embedded basemap stays.
  await (await dashboard.layerCheckbox(/OpenStreetMap/)).check();
  await expect(dashboard.attribution).toContainText('OpenStreetMap');
  await expect(page.getByRole('status').filter({ hasText: /tiles are unavailable/ })).toBeVisible();
  await expect(dashboard.basemapCanvas).toBeVisible();
});
