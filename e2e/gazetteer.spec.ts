import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { boxesOverlap, MapLabels, type DrawnLabel } from './pages/MapLabels';

function expectNoOverlaps(labels: DrawnLabel[]): void {
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      expect(boxesOverlap(a.box, b.box), `“${a.text}” overlaps “${b.text}”`).toBe(false);
    }
  }
}

test('zoom 11 at Nikolske: at least five settlement names, none overlapping, all painted', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#map=11/47.2053/37.3214');
  const labels = new MapLabels(page);
  await expect(labels.list.getByText('Mariupol', { exact: true })).toBeAttached();
  const drawn = await labels.drawn();
  const report = await labels.reportPlaceNames();
  const settlements = [
    ...drawn.filter((l) => l.kind === 'settlement' || l.kind === 'city'),
    ...report,
  ];
  expect(settlements.map((l) => l.text)).toEqual(
    expect.arrayContaining(['Mariupol', 'Manhush', 'Staryi Krym', 'Nikolske (approx.)']),
  );
  expect(settlements.length).toBeGreaterThanOrEqual(5);
  expectNoOverlaps([...drawn, ...report]);
  const map = await dashboard.mapBox();
  for (const label of drawn) {
    expect(label.box.x).toBeGreaterThanOrEqual(0);
    expect(label.box.x + label.box.width).toBeLessThanOrEqual(map.width);
    // The canvas really drew the name where the list says it is.
    expect(await labels.paintedPixels(label.box), label.text).toBeGreaterThan(20);
  }
});

for (const zoom of [5, 6, 7, 8, 9]) {
  test(`zoom ${zoom} at Nikolske: the report's names stay on top and distinct, nothing overlaps`, async ({
    page,
  }) => {
    const dashboard = new Dashboard(page);
    await dashboard.open(`#map=${zoom}/47.2053/37.3214`);
    const labels = new MapLabels(page);
    await expect(labels.list.locator('li').first()).toBeAttached();
    await dashboard.settle();
    const report = await labels.reportLabels();
    expect(report.map((l) => l.text)).toContain('Nikolske (approx.)');
    // Canvas names keep clear of the report's; the report's keep clear of each other, and an
    // area's headline never covers a place's dot or name.
    const dots = report.filter((l) => l.kind === 'report-dot');
    const names = report.filter((l) => l.kind === 'report-label');
    expectNoOverlaps([...(await labels.drawn()), ...names]);
    for (const name of names) {
      for (const dot of dots) {
        expect(boxesOverlap(name.box, dot.box), `“${name.text}” covers a place's dot`).toBe(false);
      }
    }
  });
}

test('zoom 6: Russia, Ukraine, oblast names and only the larger places', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#map=6/50/37');
  const labels = new MapLabels(page);
  await expect(labels.list.locator('li[data-kind=city]').first()).toBeAttached();
  const drawn = await labels.drawn();
  const of = (kind: string) => drawn.filter((l) => l.kind === kind).map((l) => l.text);
  expect(of('country')).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  expect(of('sea')).toContain('Sea of Azov');
  // Kursk and Donetsk are named by the report's own labels ("Kursk Oblast" with its figures):
  // the basemap does not name them a second time, small, beside those labels.
  expect(of('region')).toEqual(
    expect.arrayContaining(['Belgorod', 'Kharkiv', 'Luhansk', 'Voronezh', 'Rostov', 'Poltava']),
  );
  expect(of('region')).not.toContain('Kursk');
  expect(of('region')).not.toContain('Donetsk');
  await expect(page.locator('.area-label', { hasText: 'Kursk Oblast' })).toBeVisible();
  // Larger places only: every settlement drawn is a city (labelled from zoom 6 or earlier).
  expect(of('settlement')).toEqual([]);
  expect(of('city')).toEqual(expect.arrayContaining(['Kharkiv', 'Voronezh', 'Belgorod']));
  expect(of('city')).not.toContain('Sudzha');
  expectNoOverlaps([...drawn, ...(await labels.reportPlaceNames())]);
  for (const label of drawn.filter((l) => l.kind === 'country' || l.kind === 'region')) {
    expect(await labels.paintedPixels(label.box), label.text).toBeGreaterThan(20);
  }
});

test('with the report areas off, the basemap names Kursk and Donetsk itself', async ({ page }) => {
  // Not Dashboard.open: it waits for the area outlines, which this view leaves out.
  await page.goto('./#map=6/50/37&layers=basemap,places');
  await expect(page.getByText('Loading the report data…')).toHaveCount(0);
  const labels = new MapLabels(page);
  for (const name of ['Kursk', 'Donetsk', 'Belgorod']) {
    await expect(
      labels.list.locator('li[data-kind=region]', { hasText: new RegExp(`^${name}$`) }),
    ).toBeAttached();
  }
  await expect(page.locator('.area-label')).toHaveCount(0);
});

test('search finds gazetteer places in every script; homonyms come with their region', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  // The gazetteer loads after the map: wait until its names are searchable.
  for (const [query, expected] of [
    ['Mariupol', /^Mariupol\s*Donetsk Oblast, Ukraine · not in the report/],
    ['Маріуполь', /^Mariupol\s*Donetsk Oblast, Ukraine/],
    ['Sudzha', /^Sudzha\s*Kursk Oblast, Russia · not in the report/],
    ['Суджа', /^Sudzha\s*Kursk Oblast, Russia/],
    ['Pokrovsk', /^Pokrovsk\s*Donetsk Oblast, Ukraine/],
  ] as const) {
    await test.step(query, async () => {
      await dashboard.search.type(query);
      await expect(dashboard.search.options.first()).toHaveText(expected);
    });
  }
  await dashboard.search.type('Nikolske');
  const texts = await dashboard.search.optionTexts();
  expect(texts[0]).toMatch(/^Nikolske .*Donetsk Oblast.*Ukraine/);
  for (const region of ['Leningrad', 'Sverdlovsk', 'Kamchatka']) {
    expect(texts.find((t) => t.includes(region), region)).toMatch(/Russia/);
  }
  // The same name as Russian-derived, Ukrainian and Cyrillic spellings finds the report's place.
  for (const query of ['Nikolskoye', 'Mykilske', 'Нікольське', 'Никольское', 'Микільське']) {
    await test.step(query, async () => {
      await dashboard.search.type(query);
      await expect(dashboard.search.options.first()).toHaveText(
        /^Nikolske\s*Village · Donetsk Oblast · Ukraine/,
      );
    });
  }
});

test('picking a place outside the report zooms there, names it, and the link keeps only the view', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await dashboard.search.type('Суджа');
  await dashboard.search.option(/^Sudzha/).click();
  await expect(page).toHaveURL(/#map=12\/51\.19\d*\/35\.27\d*$/);
  await expect(page.getByRole('status')).toContainText(
    'Sudzha: Kursk Oblast, Russia · not in the report (no figures).',
  );
  const labels = new MapLabels(page);
  const picked = labels.list.locator('li[data-kind=picked]');
  await expect(picked).toHaveText('Sudzha');
  // No area is selected: the overview stays.
  await expect(dashboard.overview.title).toBeVisible();
  // The link reopens the same view, where Sudzha is labelled like any settlement at zoom 12.
  await page.reload();
  await dashboard.waitForMap();
  await expect(labels.list.getByText('Sudzha', { exact: true })).toBeAttached();
});

test('the gazetteer is fetched only after the basemap has arrived', async ({ page }) => {
  const times: Record<string, number> = {};
  page.on('requestfinished', (request) => {
    const name = /(countries|provinces)\.topo|gazetteer-.*\.json/.exec(request.url())?.[0];
    if (name) times[`done ${name.split(/[.-]/)[0]}`] = Date.now();
  });
  page.on('request', (request) => {
    if (/gazetteer-.*\.json/.test(request.url())) times['start gazetteer'] = Date.now();
  });
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await expect.poll(() => times['done gazetteer']).toBeDefined();
  expect(times['start gazetteer']).toBeGreaterThanOrEqual(times['done countries'] ?? Infinity);
  expect(times['start gazetteer']).toBeGreaterThanOrEqual(times['done provinces'] ?? Infinity);
});
