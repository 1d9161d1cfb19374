import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readPngText } from '../src/app/export/pngText';
import { test, expect } from './fixtures';
import { parseCsv } from './pages/csv';
import { Dashboard } from './pages/Dashboard';
import { SharePanel } from './pages/share';

// Issue 5, acceptance: the exported PNG is a real PNG whose footer carries the legend, the
// as-of date and the link; the CSV/JSON downloads hold the figures of the selection.
//
// How text in the image is checked: the export stores its footer layout (each text run with
// its position and font) in the PNG's metadata. The test (1) checks that the metadata names
// the legend, the as-of date and the link it expects, and (2) re-draws each of those runs
// alone on a blank canvas and compares that box, pixel by pixel, with the downloaded image.
// A run that was not drawn, drawn elsewhere, or drawn with other text fails (2).

interface Run {
  role: string;
  text: string;
  x: number;
  y: number;
  font: string;
  color: string;
}
interface FooterMeta {
  pixelRatio: number;
  mapHeight: number;
  layout: { width: number; height: number; background: string; runs: Run[] };
}

/** Share of pixels in each run's box that differ between the image and a fresh drawing. */
async function runMismatch(page: Page, png: Buffer, meta: FooterMeta, runs: Run[]) {
  return page.evaluate(
    async ({ base64, meta, runs }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const image = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
      if (!image) throw new Error('no canvas');
      image.drawImage(bitmap, 0, 0);
      const ratio = meta.pixelRatio;
      const fresh = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
      if (!fresh) throw new Error('no canvas');
      return runs.map((run) => {
        fresh.setTransform(1, 0, 0, 1, 0, 0);
        fresh.clearRect(0, 0, bitmap.width, bitmap.height);
        fresh.scale(ratio, ratio);
        fresh.translate(0, meta.mapHeight);
        fresh.fillStyle = meta.layout.background;
        fresh.fillRect(0, 0, meta.layout.width, meta.layout.height);
        fresh.font = run.font;
        fresh.fillStyle = run.color;
        fresh.textBaseline = 'alphabetic';
        fresh.fillText(run.text, run.x, run.y);
        const m = fresh.measureText(run.text);
        const left = Math.floor((run.x - m.actualBoundingBoxLeft) * ratio);
        const top = Math.floor((meta.mapHeight + run.y - m.actualBoundingBoxAscent) * ratio);
        const width = Math.ceil((m.actualBoundingBoxLeft + m.actualBoundingBoxRight) * ratio);
        const height = Math.ceil((m.actualBoundingBoxAscent + m.actualBoundingBoxDescent) * ratio);
        const a = image.getImageData(left, top, width, height).data;
        const b = fresh.getImageData(left, top, width, height).data;
        let differ = 0;
        let ink = 0;
        for (let i = 0; i < a.length; i += 4) {
          const d = Math.max(
            Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
            Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
            Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
          );
          if (d > 48) differ += 1;
          if ((a[i] ?? 255) < 160) ink += 1;
        }
        return { text: run.text, differ: differ / (a.length / 4), ink: ink / (a.length / 4) };
      });
    },
    { base64: png.toString('base64'), meta, runs },
  );
}

/** Distinct colours in the map part of the image (a blank or failed snapshot has one or two). */
async function mapColours(page: Page, png: Buffer, mapHeightPx: number): Promise<number> {
  return page.evaluate(
    async ({ base64, mapHeightPx }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
      if (!ctx) throw new Error('no canvas');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, mapHeightPx).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) {
        colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      }
      return colours.size;
    },
    { base64: png.toString('base64'), mapHeightPx },
  );
}

test('the PNG export is a real PNG whose footer shows the legend, the as-of date and the link', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk&asof=2025-02-20');
  await (await dashboard.layerCheckbox(/^Location uncertainty/)).uncheck();
  await expect.poll(() => new URL(page.url()).hash).toContain('layers=');
  const share = new SharePanel(page);
  const link = await share.link();
  const mapBox = await dashboard.mapBox();

  const download = await share.download('Download PNG');
  expect(download.suggestedFilename()).toBe('sitrep-kursk-2025-02-20.png');
  await expect(share.status).toHaveText('Saved sitrep-kursk-2025-02-20.png');
  const png = readFileSync(await download.path());

  // A PNG: signature, IHDR with the map's width at 2×, taller than the map (the footer).
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // The map, and beside it the area's headline figures and estimates charts.
  const side = JSON.parse(readPngText(new Uint8Array(png)).get('Sitrep-side') ?? 'null') as {
    width: number;
    texts: string[];
    charts: string[];
  };
  expect(side.width).toBeGreaterThan(300);
  expect(width).toBe((Math.round(mapBox.width) + side.width) * 2);
  expect(height).toBeGreaterThan(Math.round(mapBox.height) * 2 + 100);
  expect(png.length).toBeGreaterThan(30_000);

  const text = readPngText(new Uint8Array(png));
  const meta = JSON.parse(text.get('Sitrep-footer') ?? 'null') as FooterMeta;
  expect(meta.pixelRatio).toBe(2);
  expect(text.get('Source')).toBe(link);
  const runs = meta.layout.runs;
  const byRole = (role: string) => runs.filter((run) => run.role === role);

  // The metadata says what the footer should show…
  const asOf = byRole('asof');
  expect(asOf.map((run) => run.text).join(' ')).toContain('As of 2025-02-20');
  const legend = byRole('legend').map((run) => run.text);
  expect(legend).toEqual(['Legend:', 'Basemap', 'Areas', 'Places', 'Deployment route']);
  const linkRuns = byRole('link');
  expect(linkRuns.map((run) => run.text).join('')).toBe(`Link: ${link}`);
  expect(
    byRole('sources')
      .map((run) => run.text)
      .join(' '),
  ).toContain('Sources of the figures:');

  // The credits name the makers of the map's data and their licences, as the map does.
  const credit = byRole('credit')
    .map((run) => run.text)
    .join(' ');
  expect(credit).toContain('Natural Earth (public domain)');
  expect(credit).toContain('© GeoNames (geonames.org), CC BY 4.0');
  await expect(dashboard.attribution).toContainText('© GeoNames (geonames.org), CC BY 4.0');

  // …and the image shows exactly that text at those places.
  const checked = [
    ...asOf,
    ...byRole('legend'),
    ...linkRuns,
    ...byRole('title'),
    ...byRole('credit'),
  ];
  const results = await runMismatch(page, png, meta, checked);
  for (const result of results) {
    expect(result.differ, `pixels of "${result.text}"`).toBeLessThan(0.02);
    expect(result.ink, `ink of "${result.text}"`).toBeGreaterThan(0.03);
  }
  // The comparison can fail: a run with other text at the same place does not match.
  const [wrong] = await runMismatch(page, png, meta, [
    { ...(asOf[0] as Run), text: (asOf[0]?.text ?? '').replace('2025-02-20', '2024-11-08') },
  ]);
  expect(wrong?.differ).toBeGreaterThan(0.02);

  // The side column holds the current picture (the headline figures) and the casualty chart.
  expect(side.texts[0]).toMatch(/^Current picture as of /);
  expect(side.charts).toContain('estimates-north-korean-casualties');
  expect(side.texts.join(' ')).toContain('North Korean casualties over time');

  // The map part is the map, not a blank rectangle.
  expect(await mapColours(page, png, meta.mapHeight * 2)).toBeGreaterThan(8);
});

interface JsonDoc {
  format: string;
  claims: { id: string; area: string; reportedOn: { end: string } }[];
}

/** Every claim of the site's full download (the contract file), for the expected selection. */
async function allClaims(page: Page): Promise<JsonDoc['claims']> {
  const response = await page.request.get('./data/claims.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as JsonDoc).claims;
}

test('CSV and JSON downloads hold the figures of the selected area and its context, as of the date', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=nikolske&asof=2025-02-27');
  const all = await allClaims(page);
  // Nikolske's own figures, then those of Donetsk Oblast and Ukraine (its wider areas).
  const expected = all
    .filter((claim) => ['nikolske', 'donetsk', 'ukraine'].includes(claim.area))
    .filter((claim) => claim.reportedOn.end <= '2025-02-27')
    .map((claim) => claim.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);

  const share = new SharePanel(page);
  const csvFile = await share.download('Download CSV');
  expect(csvFile.suggestedFilename()).toBe('sitrep-nikolske-2025-02-27.csv');
  const csv = parseCsv(readFileSync(await csvFile.path(), 'utf8'));
  expect(csv.header.slice(0, 3)).toEqual(['id', 'report', 'area']);
  expect(csv.rows.map((row) => row.id).sort()).toEqual(expected);
  expect(csv.rows[0]?.area).toBe('nikolske'); // own figures first

  const jsonFile = await share.download('Download JSON');
  expect(jsonFile.suggestedFilename()).toBe('sitrep-nikolske-2025-02-27.json');
  const json = JSON.parse(readFileSync(await jsonFile.path(), 'utf8')) as JsonDoc;
  expect(json.format).toBe('sitrep-claims');
  expect(json.claims.map((claim) => claim.id).sort()).toEqual(expected);
});

test('with no area selected, the downloads hold every figure known as of the date', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#asof=2025-01-31');
  const all = await allClaims(page);
  const expected = all
    .filter((claim) => claim.reportedOn.end <= '2025-01-31')
    .map((claim) => claim.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length); // the date does leave figures out

  const share = new SharePanel(page);
  const csvFile = await share.download('Download CSV');
  expect(csvFile.suggestedFilename()).toBe('sitrep-theatre-2025-01-31.csv');
  const csv = parseCsv(readFileSync(await csvFile.path(), 'utf8'));
  expect(csv.rows.map((row) => row.id).sort()).toEqual(expected);
});
