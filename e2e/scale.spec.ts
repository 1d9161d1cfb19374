import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Dashboard } from './pages/Dashboard';

/**
 * The overview table at scale, in the built app: the report data the page loads (its JSON
 * shard) is swapped, in this test only, for one holding the real report's claims copied into
 * many report files, so the table has thousands of rows.
 */
const COPIES = 140;

interface Shard {
  format: string;
  sources: unknown[];
  files: { report: { id: string }; claims: { id: string }[]; events: unknown[] }[];
}

async function serveBigShard(page: Page): Promise<number> {
  let rows = 0;
  await page.route(/\/data\/reports-0\.[0-9a-f]+\.json$/, async (route) => {
    const real = (await (await route.fetch()).json()) as Shard;
    const files = [...real.files];
    for (let k = 0; k < COPIES; k += 1) {
      for (const file of real.files) {
        files.push({
          report: { ...file.report, id: `${file.report.id}-copy-${k}` },
          claims: file.claims.map((claim) => ({ ...claim, id: `${claim.id}-copy-${k}` })),
          events: [],
        });
      }
    }
    rows = files.reduce((sum, file) => sum + file.claims.length, 0);
    await route.fulfill({ json: { ...real, files } });
  });
  return new Promise((resolve) => {
    void page.waitForResponse(/\/data\/reports-0\./).then(() => resolve(rows));
  });
}

test('thousands of figures: the table renders only the rows in view and says how many there are', async ({
  page,
}) => {
  const rowsPromise = serveBigShard(page);
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const rows = await rowsPromise;
  expect(rows).toBeGreaterThan(2000);
  const table = dashboard.overview.table;
  await expect(table).toHaveAccessibleName(`All reported figures and statements (${rows})`);
  await expect(table).toHaveAttribute('aria-rowcount', String(rows + 1));
  const rendered = await dashboard.overview.bodyRows().count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(120);

  // Scrolled to the end, the last row is there with its index.
  const box = page.locator('.table-scroll');
  await box.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(table.locator(`tr[aria-rowindex="${rows + 1}"]`)).toBeVisible();
  expect(await dashboard.overview.bodyRows().count()).toBeLessThan(120);

  // Sorting still sorts all of them: the largest figure comes first, then the end is reached.
  await box.evaluate((element) => element.scrollTo(0, 0));
  await dashboard.overview.columnHeader('Figure').getByRole('button').click();
  await dashboard.overview.columnHeader('Figure').getByRole('button').click();
  await expect(dashboard.overview.columnHeader('Figure')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // (the NIS's over 10 million munitions of June 2025: no synthetic figure is larger).
  await expect(dashboard.overview.bodyRows().first()).toContainText('over 10,000,000');
  await expect(table.locator('tr[aria-rowindex="2"]')).toContainText('over 10,000,000');
});

test('thousands of figures: Tab walks through the rows past the ones first rendered', async ({
  page,
}) => {
  const rowsPromise = serveBigShard(page);
  const dashboard = new Dashboard(page);
  await dashboard.open();
  await rowsPromise;
  const table = dashboard.overview.table;
  const firstButton = table.locator('tr[aria-rowindex="2"] button');
  await firstButton.focus();
  const initiallyRendered = await dashboard.overview.bodyRows().count();
  for (let i = 0; i < initiallyRendered + 20; i += 1) await page.keyboard.press('Tab');
  const focusedRow = await page.evaluate(() =>
    Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? 0),
  );
  // One button per row: the focus is on row 2 + the number of presses, inside the table.
  expect(focusedRow).toBe(2 + initiallyRendered + 20);
  await expect(page.locator(':focus')).toBeInViewport();

  // An as-of date filters the rows; the count follows.
  const before = await table.getAttribute('aria-rowcount');
  await dashboard.timeline.setAsOf('2025-01-31');
  await expect(table).not.toHaveAttribute('aria-rowcount', before ?? '');
  expect(Number(await table.getAttribute('aria-rowcount'))).toBeLessThan(Number(before));
  await expect(page).toHaveURL(/asof=2025-01-31/);
});
