import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readPngText } from '../src/app/export/pngText';
import { encodeAnnotations } from '../src/state/url/annotationsKey';
import { loadCompression } from '../src/state/url/compressedJson';
import type { Annotation } from '../src/state/annotations/types';
import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { parseCsv } from './pages/csv';
import { cspViolations, freshContext, SharePanel } from './pages/share';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
test.beforeAll(() => loadCompression());

// Issue 13, acceptance: draw a point, a line and a polygon with notes, Share, open the link in
// a fresh browser context: the same shapes and notes; reload and Back/Forward keep them.

class Marks {
  readonly panel;
  readonly shapes;
  constructor(readonly page: Page) {
    this.panel = page.locator('details.annotations-panel');
    this.shapes = page.locator('.leaflet-annotations-pane path.annotation-shape');
  }
  async open(): Promise<void> {
    if (!(await this.panel.evaluate((el) => (el as HTMLDetailsElement).open))) {
      await this.page.getByText('Draw on the map').click();
    }
  }
  tool(name: string) {
    return this.panel.getByRole('group', { name: 'Drawing tools' }).getByRole('button', { name });
  }
  /** Presses a drawing tool and waits until the map is in that mode (Geoman loads on demand). */
  async use(name: string, mode: string): Promise<void> {
    await this.tool(name).click();
    await expect(this.page.locator(`.leaflet-container[data-drawing="${mode}"]`)).toBeAttached();
  }
  note(name: string) {
    return this.panel.getByRole('textbox', { name: `Note for ${name}`, exact: true });
  }
  async writeNote(name: string, text: string): Promise<void> {
    await this.note(name).fill(text);
    await this.note(name).blur();
  }
  /** Clicks the map at fractions of its box (0..1). */
  async clickMap(fx: number, fy: number): Promise<void> {
    const box = await this.page.locator('.leaflet-container').boundingBox();
    if (!box) throw new Error('no map');
    await this.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  }
}

async function drawThree(page: Page, marks: Marks): Promise<void> {
  await marks.open();
  await marks.use('Point', 'point');
  await marks.clickMap(0.3, 0.3);
  await expect(marks.shapes).toHaveCount(1);
  await marks.writeNote('Point 1', 'Command post <b>not</b> confirmed');

  await marks.use('Line', 'line');
  await marks.clickMap(0.35, 0.55);
  await marks.clickMap(0.45, 0.6);
  await marks.clickMap(0.5, 0.5);
  await marks.clickMap(0.5, 0.5); // clicking the last vertex again ends the line
  await expect(marks.shapes).toHaveCount(2);
  await marks.writeNote('Line 2', 'Supply road, 27 Feb');

  await marks.use('Polygon', 'polygon');
  await marks.clickMap(0.25, 0.7);
  await marks.clickMap(0.35, 0.7);
  await marks.clickMap(0.3, 0.8);
  await marks.clickMap(0.25, 0.7); // the first corner closes it
  await expect(marks.shapes).toHaveCount(3);
  await marks.writeNote('Polygon 3', 'Reported staging area');
}

async function expectThree(page: Page, marks: Marks): Promise<void> {
  await marks.open();
  await expect(marks.shapes).toHaveCount(3);
  await expect(marks.note('Point 1')).toHaveValue('Command post <b>not</b> confirmed');
  await expect(marks.note('Line 2')).toHaveValue('Supply road, 27 Feb');
  await expect(marks.note('Polygon 3')).toHaveValue('Reported staging area');
  await expect(page.locator('b')).toHaveCount(0);
}

test('a point, a line and a polygon with notes travel in the shared link', async ({
  page,
  browser,
  baseURL,
}) => {
  const dashboard = new Dashboard(page);
  const marks = new Marks(page);
  await dashboard.open();
  await drawThree(page, marks);
  await expect(page).toHaveURL(/[#&]ann=1\.[A-Za-z0-9_-]+/);
  await page.screenshot({ path: 'test-results/annotations-drawn.png' });

  const share = new SharePanel(page);
  const link = await share.link();
  expect(link).toMatch(/ann=1\./);
  expect(link.length).toBeLessThanOrEqual(8000);
  await expect(share.dialog).toContainText(
    `${link.length.toLocaleString('en-GB')} of 8,000 characters`,
  );
  await share.button.click();

  // A fresh browser context: nothing stored, only the link.
  const { context: other, page: fresh, problems } = await freshContext(browser, baseURL ?? '');
  const freshDashboard = new Dashboard(fresh);
  const freshMarks = new Marks(fresh);
  await fresh.goto(link);
  await freshDashboard.waitForMap();
  await expectThree(fresh, freshMarks);
  // The note with markup is kept as text, and the recipient is told so (nothing else).
  await expect(fresh.getByText(/^Part of this link could not be used/)).toHaveText(
    'Part of this link could not be used and was ignored — Ignored ann: 1 note holds markup, shown as plain text.',
  );

  // Reload keeps them; Back removes the last note, Forward brings it back.
  await fresh.reload();
  await freshDashboard.waitForMap();
  await expectThree(fresh, freshMarks);
  expect([...problems, ...(await cspViolations(fresh))]).toEqual([]);
  await other.close();

  await page.goBack();
  await marks.open();
  await expect(marks.note('Polygon 3')).toHaveValue('');
  await page.goForward();
  await expectThree(page, marks);
});

const MARKS = [
  {
    id: 'n1',
    geometry: { type: 'Point' as const, coordinates: [36.19246, 51.73014] as [number, number] },
    note: 'Command post',
  },
  {
    id: 'n2',
    geometry: {
      type: 'LineString' as const,
      coordinates: [
        [35.9, 51.5],
        [36.4, 51.2],
      ] as [number, number][],
    },
    note: '',
  },
];

test('marks show in embed mode, in the PNG footer and in the JSON and CSV exports', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  const fragment = `area=kursk&ann=${encodeAnnotations(MARKS)}`;
  await page.goto(`./#${fragment}&embed=1`);
  await expect(page.locator('path.annotation-shape')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);

  await dashboard.open(`#${fragment}`);
  await expect(page.locator('path.annotation-shape')).toHaveCount(2);
  const share = new SharePanel(page);
  const png = readFileSync((await (await share.download('Download PNG')).path()) ?? '');
  const text = readPngText(new Uint8Array(png));
  expect(text.get('Description')).toContain('Mark 1 (point): Command post');
  expect(text.get('Description')).toContain('Mark 2 (line)');
  expect(text.get('Source')).toContain(`ann=${encodeAnnotations(MARKS)}`);

  const json = JSON.parse(
    readFileSync((await (await share.download('Download JSON')).path()) ?? '', 'utf8'),
  ) as { annotations?: { type: string; features: { properties: { note?: string } }[] } };
  expect(json.annotations?.type).toBe('FeatureCollection');
  expect(json.annotations?.features.map((f) => f.properties.note ?? '')).toEqual([
    'Command post',
    '',
  ]);
  // The CSV: one row per mark after the figures, with its kind, note and WKT.
  const csv = parseCsv(
    readFileSync((await (await share.download('Download CSV')).path()) ?? '', 'utf8'),
  );
  expect(csv.header.slice(-4)).toEqual(['mark', 'mark_kind', 'mark_note', 'mark_wkt']);
  const markRows = csv.rows.filter((row) => row.mark !== '');
  expect(csv.rows.length).toBeGreaterThan(markRows.length); // the figures come first
  expect(markRows.map((row) => [row.mark, row.mark_kind, row.mark_note, row.mark_wkt])).toEqual([
    ['1', 'point', 'Command post', 'POINT (36.19246 51.73014)'],
    ['2', 'line', '', 'LINESTRING (35.9 51.5, 36.4 51.2)'],
  ]);

  // Hidden with the layer control: gone from the map and from the PNG footer.
  await (await dashboard.layerCheckbox('Your marks')).uncheck();
  await expect(page.locator('path.annotation-shape')).toHaveCount(0);
  await expect(page).toHaveURL(/layers=/);
});

test('from the keyboard: a point at the map centre, its note, delete and undo', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  const marks = new Marks(page);
  await dashboard.open('#map=7/50.5000/36.0000');
  await marks.open();
  const add = marks.panel.getByRole('button', { name: 'Add point at map centre' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(marks.shapes).toHaveCount(1);
  // The new point's note field has the focus: type, then Tab away to save.
  await expect(marks.note('Point 1')).toBeFocused();
  await page.keyboard.type('Centre of the view');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/ann=1\./);
  const link = new URL(page.url()).hash;
  const { parseAnnotations } = await import('../src/state/url/annotationsKey');
  const value = /ann=([^&]*)/.exec(link)?.[1] ?? '';
  const read = parseAnnotations(value);
  expect(read.ok && read.value.map((a) => [a.geometry.coordinates, a.note])).toEqual([
    [[36, 50.5], 'Centre of the view'],
  ]);

  await marks.panel.getByRole('button', { name: 'Delete Point 1' }).click();
  await expect(marks.shapes).toHaveCount(0);
  await marks.panel.getByRole('button', { name: 'Undo' }).click();
  await expect(marks.shapes).toHaveCount(1);
  await expect(marks.note('Point 1')).toHaveValue('Centre of the view');
});

test('a change that would pass 8,000 characters is refused, with a .geojson download', async ({
  page,
}) => {
  // Marks with long, varied notes, just under the budget (built with the app's own codec).
  const { encodeViewState } = await import('../src/state/url');
  const { createDefaultViewState } = await import('../src/state/viewState');
  const many: Annotation[] = [];
  const base = 'http://127.0.0.1:4334/';
  let seed = 13;
  const letter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'abcdefghijklmnopqrstuvwxyz0123456789 '[seed % 37] ?? ' ';
  };
  for (let i = 0; i < 200; i += 1) {
    const note = Array.from({ length: 120 }, letter).join('');
    const shape: Annotation = {
      id: `n${i + 1}`,
      geometry: { type: 'Point', coordinates: [30 + (i % 90) / 10, 45 + i / 50] },
      note,
    };
    const fragment = encodeViewState({
      ...createDefaultViewState(),
      asof: '2025-02-27',
      ann: [...many, shape],
    });
    if (base.length + 1 + fragment.length > 7950) break;
    many.push(shape);
  }
  const marks = new Marks(page);
  const dashboard = new Dashboard(page);
  await dashboard.open(`#asof=2025-02-27&ann=${encodeAnnotations(many)}`);
  await expect(marks.shapes).toHaveCount(many.length);
  await marks.open();
  await expect(marks.panel).toContainText(/Link: 7,[0-9]{3} of 8,000 characters/);
  // A long note on the first mark would pass the budget: refused, the link unchanged.
  const before = page.url();
  await marks.writeNote('Point 1', Array.from({ length: 280 }, letter).join(''));
  const refusal = page.getByRole('alert').filter({ hasText: 'Not applied: the link would be' });
  await expect(refusal).toContainText('over the 8,000 a link may have');
  expect(page.url()).toBe(before);
  await expect(marks.shapes).toHaveCount(many.length);
  const download = page.waitForEvent('download');
  await refusal.getByRole('button', { name: 'Download .geojson' }).click();
  const file = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8')) as {
    features: { properties: { note?: string } }[];
  };
  expect(file.features).toHaveLength(many.length);
  expect(file.features[0]?.properties.note).toHaveLength(280);
});

// Issue 13, point 1: edit, move, delete and undo of a drawn shape through Geoman's own modes;
// each is one link change (ann=), and Back restores the shape as it was.

const SQUARE: Annotation = {
  id: 'n1',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [35.8, 51.4],
        [36.2, 51.4],
        [36.2, 51.6],
        [35.8, 51.6],
        [35.8, 51.4],
      ],
    ],
  },
  note: 'Staging area',
};

async function annOf(page: Page): Promise<Annotation[]> {
  const { parseAnnotations } = await import('../src/state/url/annotationsKey');
  const value = /[#&]ann=([^&]*)/.exec(new URL(page.url()).hash)?.[1] ?? '';
  const read = parseAnnotations(value);
  return read.ok ? read.value : [];
}

/** Drags with the mouse from one point of the page to another, in steps as a hand would. */
async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
  await page.mouse.up();
}

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('edit, move, delete and undo a drawn shape; each is one link change that Back undoes', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  const marks = new Marks(page);
  await dashboard.open(`#map=8/51.5000/36.0000&ann=${encodeAnnotations([SQUARE])}`);
  await expect(marks.shapes).toHaveCount(1);
  await marks.open();
  const original = await annOf(page);
  expect(original.map((a) => a.geometry)).toEqual([SQUARE.geometry]);

  // Edit: drag one corner; the link changes once the drag ends.
  await marks.use('Edit', 'edit');
  const corners = page.locator('.marker-icon:not(.marker-icon-middle)');
  await expect(corners).toHaveCount(4);
  const before = page.url();
  await drag(page, await centreOf(corners.first()), -40, 30);
  await expect(page).not.toHaveURL(before);
  const edited = await annOf(page);
  expect(edited[0]?.note).toBe('Staging area');
  const editedRing = edited[0]?.geometry.coordinates[0] as [number, number][];
  expect(editedRing).not.toEqual(SQUARE.geometry.coordinates[0]);
  // One corner moved, the other three are where they were.
  const unchanged = editedRing.filter((p) =>
    (SQUARE.geometry.coordinates[0] as [number, number][]).some(
      (q) => q[0] === p[0] && q[1] === p[1],
    ),
  );
  expect(unchanged.length).toBe(3);
  await marks.tool('Edit').click(); // leaves the mode
  await expect(page.locator('.leaflet-container[data-drawing]')).toHaveCount(0);

  // Back restores the square; Forward the edit.
  await page.goBack();
  await expect.poll(async () => (await annOf(page))[0]?.geometry).toEqual(SQUARE.geometry);
  await page.goForward();
  await expect.poll(async () => (await annOf(page))[0]?.geometry).toEqual(edited[0]?.geometry);

  // Move: drag the whole shape; every corner shifts by the same amount.
  await marks.use('Move', 'move');
  await drag(page, await centreOf(marks.shapes.first()), 60, 0);
  await expect.poll(async () => (await annOf(page))[0]?.geometry).not.toEqual(edited[0]?.geometry);
  const moved = await annOf(page);
  const shift = (moved[0]?.geometry.coordinates[0] as [number, number][]).map(([lng, lat], i) => {
    const [lng0, lat0] = editedRing[i] ?? [0, 0];
    return [Math.round((lng - lng0) * 1e4), Math.round((lat - lat0) * 1e4)];
  });
  expect(new Set(shift.map((s) => s.join())).size).toBe(1);
  expect(shift[0]?.[0]).toBeGreaterThan(0); // east
  await marks.tool('Move').click();

  // Delete: click the shape; Undo brings it back, as a new link entry.
  await marks.use('Delete', 'delete');
  await marks.shapes.first().click();
  await expect(marks.shapes).toHaveCount(0);
  await expect(page).not.toHaveURL(/ann=/);
  await marks.tool('Delete').click();
  await marks.panel.getByRole('button', { name: 'Undo' }).click();
  await expect(marks.shapes).toHaveCount(1);
  expect((await annOf(page))[0]?.geometry).toEqual(moved[0]?.geometry);
  await expect(marks.note('Polygon 1')).toHaveValue('Staging area');

  // Back twice: before the undo (deleted), then before the delete (moved).
  await page.goBack();
  await expect(marks.shapes).toHaveCount(0);
  await page.goBack();
  await expect(marks.shapes).toHaveCount(1);
  expect((await annOf(page))[0]?.geometry).toEqual(moved[0]?.geometry);
});
