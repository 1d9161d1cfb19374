import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { WorkbenchPage } from './pages/Workbench';
import { validateReportFile } from '../src/data/validate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CI lays shared/ beside the clone.
const SEED = resolve(ROOT, '../shared/seeds/000_5dfc4162d6534f21.txt');
const AREA_IDS = new Set(
  (
    JSON.parse(readFileSync(resolve(ROOT, 'geodata/areas.json'), 'utf8')) as {
      areas: { id: string }[];
    }
  ).areas.map((a) => a.id),
);

interface Fill {
  area?: string;
  sources?: string[];
  note: string;
  grade: [string, string, string];
}

async function complete(wb: WorkbenchPage, n: number, fill: Fill): Promise<void> {
  const claim = wb.claim(n);
  if (fill.area) await claim.getByLabel('Area', { exact: true }).selectOption(fill.area);
  for (const source of fill.sources ?? []) {
    await claim.getByRole('checkbox', { name: new RegExp(`^${source}`) }).check();
  }
  await claim.getByLabel('Note (our words)').fill(fill.note);
  await claim.getByLabel('Source grade').selectOption(fill.grade[0]);
  await claim.getByLabel('Information grade').selectOption(fill.grade[1]);
  await claim.getByLabel('Grade reason').fill(fill.grade[2]);
  await expect(claim.getByText('Valid.')).toBeVisible();
}

test('recreates six claims of the seed report by selecting their words, survives a reload, exports a valid file', async ({
  page,
}) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.fileInput.setInputFiles(SEED);
  await expect(wb.article).toContainText('As many as 12,000 North Korean soldiers');
  await expect(wb.meta('Title')).toHaveValue(
    'North Korea sending more troops to Russia, South confirms',
  );
  await expect(wb.meta('Dateline')).toHaveValue('Taipei, Taiwan');
  await wb.meta('Published').fill('2025-02-27');
  await wb.meta('Outlet').fill('Unnamed English-language outlet');
  await wb.meta('File name slug').fill('workbench-seed');

  // 12,000: the qualifier comes from the words before the selection; Russia, Kursk and Ukraine
  // are all named, so the area is left to the analyst.
  await wb.selectAndDraft('12,000');
  const c1 = wb.claim(1);
  await expect(c1.getByLabel('Low')).toHaveValue('12000');
  await expect(c1.getByLabel('Qualifier')).toHaveValue('as many as');
  await expect(c1.getByLabel('Measure')).toHaveValue('troops-present');
  await expect(c1.getByRole('note')).toContainText('Russia');
  await expect(c1.getByLabel('Area', { exact: true })).toHaveValue('');
  await expect(c1.locator('q')).toHaveText('As many as 12,000');
  await complete(wb, 1, {
    area: 'russia',
    sources: ['Ukraine', 'United States'],
    note: 'Whole deployment in Russia, per two governments.',
    grade: ['B', '2', 'Two governments give the same ceiling.'],
  });

  await wb.selectAndDraft('more than 1,000', 1);
  const c2 = wb.claim(2);
  await expect(c2.getByLabel('Measure')).toHaveValue('troops-additional');
  await expect(c2.getByLabel('Qualifier')).toHaveValue('more than');
  await expect(c2.getByLabel('Precision').first()).toHaveValue('period');
  await complete(wb, 2, {
    area: 'russia',
    sources: ['Unidentified military sources'],
    note: 'Further troops sent between January and February.',
    grade: ['F', '3', 'Unnamed sources cannot be judged.'],
  });

  await wb.selectAndDraft('about 4,000');
  await expect(wb.claim(3).getByLabel('Measure')).toHaveValue('killed-or-wounded');
  await expect(wb.claim(3).getByLabel('Unit')).toHaveValue('people');
  await complete(wb, 3, {
    area: 'russia',
    sources: ['Ukraine'],
    note: 'Killed and wounded together, all of Russia.',
    grade: ['C', '3', 'A party counting enemy losses.'],
  });

  // A reload midway loses nothing.
  await page.reload();
  await expect(wb.claims).toHaveCount(3);
  await expect(wb.claim(3).getByLabel('Note (our words)')).toHaveValue(
    'Killed and wounded together, all of Russia.',
  );
  await expect(wb.meta('File name slug')).toHaveValue('workbench-seed');

  await wb.selectAndDraft('20,000 to 25,000');
  const c4 = wb.claim(4);
  await expect(c4.getByLabel('Low')).toHaveValue('20000');
  await expect(c4.getByLabel('High')).toHaveValue('25000');
  await expect(c4.getByLabel('Qualifier')).toHaveValue('to');
  await expect(c4.getByLabel('Measure')).toHaveValue('troops-possible-further');
  await complete(wb, 4, {
    area: 'russia',
    sources: ['Zelenskyy'],
    note: 'A possible future deployment.',
    grade: ['C', '4', 'A projection by a party.'],
  });

  await wb.selectAndDraft('about 92 casualties a day');
  const c5 = wb.claim(5);
  await expect(c5.getByLabel('Measure')).toHaveValue('casualties-per-day');
  await expect(c5.getByLabel('Unit')).toHaveValue('casualties/day');
  await expect(c5.getByLabel('As printed').first()).toHaveValue('since early December 2024');
  await complete(wb, 5, {
    area: 'russia',
    note: 'A rate for the whole force.',
    grade: ['B', '3', 'An established think tank.'],
  });

  await wb.selectAndDraft('up to half');
  const c6 = wb.claim(6);
  await expect(c6.getByLabel('Low')).toHaveValue('50');
  await expect(c6.getByLabel('Unit')).toHaveValue('%');
  await expect(c6.getByLabel('Measure')).toHaveValue('share-of-force-lost');
  await complete(wb, 6, {
    area: 'kursk',
    note: 'An upper bound for the force in Kursk.',
    grade: ['B', '3', 'An established think tank.'],
  });

  await expect(page.getByText("The report passes the build's validation.")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export 2025-02-27-workbench-seed.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('2025-02-27-workbench-seed.json');
  const json: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const { data, problems } = validateReportFile(
    { name: `geodata/reports/${download.suggestedFilename()}`, json },
    AREA_IDS,
  );
  expect(problems).toEqual([]);
  expect(
    data?.claims.map((c) => [c.metric, c.value?.low, c.value?.high, c.value?.qualifier]),
  ).toEqual([
    ['troops-present', 12000, 12000, 'as many as'],
    ['troops-additional', 1000, 1000, 'more than'],
    ['killed-or-wounded', 4000, 4000, 'about'],
    ['troops-possible-further', 20000, 25000, 'to'],
    ['casualties-per-day', 92, 92, 'about'],
    ['share-of-force-lost', 50, 50, 'up to'],
  ]);
  // The article text never goes into the export.
  expect(JSON.stringify(json)).not.toContain('Possible mass surrender');

  // Re-open the exported file to continue: the claims come back, still valid.
  await page.getByRole('button', { name: 'Close article' }).click();
  const reopen = {
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: readFileSync(await download.path()),
  };
  await wb.fileInput.setInputFiles(reopen);
  await expect(wb.claims).toHaveCount(6);
  await expect(wb.claim(4).getByLabel('High')).toHaveValue('25000');
  await expect(page.getByText("The report passes the build's validation.")).toBeVisible();
  // Opening the file again never overwrites what was edited since.
  await wb.claim(1).getByLabel('Note (our words)').fill('Edited after re-opening.');
  await page.getByRole('button', { name: 'Close article' }).click();
  await wb.fileInput.setInputFiles(reopen);
  await expect(
    page.getByRole('status').filter({ hasText: 'continued rather than replaced' }),
  ).toBeVisible();
  await expect(wb.claim(1).getByLabel('Note (our words)')).toHaveValue('Edited after re-opening.');
});

test('an article with <script> and <img onerror> shows that text and runs nothing', async ({
  page,
}) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  const hostile =
    'Hostile <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> text, 12,000 troops.';
  await wb.fileInput.setInputFiles({
    name: 'hostile.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(hostile),
  });
  await expect(wb.article).toHaveText(hostile);
  await expect(wb.article.locator('script, img')).toHaveCount(0);
  // The same as HTML: reduced to its text, the script dropped, nothing loaded or run.
  await page.getByRole('button', { name: 'Close article' }).click();
  await wb.fileInput.setInputFiles({
    name: 'hostile.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      `<html><body><p>Plain ${hostile}</p><img src=x onerror="window.__pwned = 3"></body></html>`,
    ),
  });
  await expect(wb.article).toContainText('Plain Hostile');
  await expect(wb.article).not.toContainText('__pwned');
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a binary file is refused with a clear message, and discard asks first', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.fileInput.setInputFiles({
    name: 'photo.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  });
  await expect(page.getByRole('alert')).toContainText('does not look like text');
  await page
    .getByLabel('Or paste the article text')
    .fill('Officials said about 300 troops arrived on Monday.');
  await page.getByRole('button', { name: 'Use pasted text' }).click();
  await expect(wb.draftButton).toBeDisabled();
  await expect(page.getByText('Enter the published date first')).toBeVisible();
  await wb.meta('Published').fill('2025-03-03');
  await wb.selectAndDraft('300');
  await expect(wb.claims).toHaveCount(1);
  await page.getByRole('button', { name: 'Discard draft…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Discard this draft?' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(wb.claims).toHaveCount(1);
  await page.getByRole('button', { name: 'Discard draft…' }).click();
  await confirm.getByRole('button', { name: 'Yes, discard' }).click();
  await expect(page.getByRole('region', { name: 'Open an article' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
});

test('a draft marked for preview shows on the dashboard as a draft local to this browser', async ({
  page,
}) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await page
    .getByLabel('Or paste the article text')
    .fill('Test headline\n\nThe spy agency said about 300 troops reached Nikolske on Monday.');
  await page.getByRole('button', { name: 'Use pasted text' }).click();
  await wb.meta('Published').fill('2025-02-20');
  await wb.meta('Outlet').fill('Test outlet');
  await wb.meta('Dateline').fill('Seoul');
  await wb.meta('File name slug').fill('preview-test');
  await wb.selectAndDraft('about 300 troops');
  const claim = wb.claim(1);
  await expect(claim.getByLabel('Area', { exact: true })).toHaveValue('nikolske');
  await expect(claim.getByLabel('As printed').last()).toHaveValue('on Monday');
  await complete(wb, 1, { sources: ['NIS'], note: 'A test figure.', grade: ['B', '3', 'A test.'] });
  await page.getByRole('checkbox', { name: /Preview on the dashboard/ }).check();
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await page.goto('./#area=nikolske');
  const figures = page.getByRole('region', { name: 'Reported figures' });
  await expect(figures).toContainText('Draft, local to this browser');
  await expect(figures).toContainText('300');
});

test('sources come from the registry: picked by an alias, a new one added, only new ones defined in the export', async ({
  page,
}) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await page
    .getByLabel('Or paste the article text')
    .fill('Test headline\n\nA monitoring group said about 300 troops reached Nikolske on Monday.');
  await page.getByRole('button', { name: 'Use pasted text' }).click();
  await wb.meta('Published').fill('2025-02-20');
  await wb.meta('Outlet').fill('Test outlet');
  await wb.meta('Dateline').fill('Seoul');
  await wb.meta('File name slug').fill('registry-test');
  await wb.selectAndDraft('about 300 troops');
  const claim = wb.claim(1);

  // The claimant, found in the registry by an alias.
  await claim.getByLabel('Add a source from the registry').fill('spy agency');
  await claim
    .getByRole('list', { name: /Add a source from the registry: matches/ })
    .getByRole('button', { name: /^NIS/ })
    .click();
  await expect(claim.getByRole('checkbox', { name: /^NIS/ })).toBeChecked();
  await claim.getByLabel('Add a source from the registry').fill("Seoul's intelligence");
  await expect(claim.getByText('Already chosen: NIS.')).toBeVisible();
  await claim.getByLabel('Add a source from the registry').fill('');

  // A source the registry lacks, with an alias, then carried by it to the outlet.
  await page.getByText('New source', { exact: true }).click();
  const form = page.locator('.wb-newsource');
  await form.getByLabel('Name', { exact: true }).fill('Test Monitoring Group');
  await form.getByLabel('Short name').fill('Monitor');
  await form.getByLabel(/^Aliases/).fill('monitoring group; the monitors');
  await form.getByLabel(/^Country/).fill('KR');
  await form.getByRole('button', { name: 'Add source' }).click();
  await claim.getByRole('button', { name: "Remove This report's outlet from carried by" }).click();
  const carrier = claim.getByRole('searchbox', { name: /^Add a carrier/ });
  await carrier.fill('monitoring group');
  await carrier.press('Enter');
  await carrier.fill('outlet');
  await claim.getByRole('button', { name: /^This report's outlet/ }).click();
  await expect(claim.getByText('Carried by: Monitor → this report')).toBeVisible();

  await complete(wb, 1, { area: 'nikolske', note: 'A test figure.', grade: ['B', '3', 'A test.'] });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export 2025-02-20-registry-test.json' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    sources?: unknown;
    newSources: { id: string; aliases: string[]; country: string | null }[];
    claims: { source: string[]; via: string[] }[];
  };
  expect(json.sources).toBeUndefined();
  expect(json.newSources.map((s) => s.id)).toEqual([
    'outlet-2025-02-20-registry-test',
    'test-monitoring-group',
  ]);
  expect(json.newSources[1]).toMatchObject({
    aliases: ['monitoring group', 'the monitors'],
    country: 'KR',
  });
  expect(json.claims[0]).toMatchObject({
    source: ['kr-nis'],
    via: ['test-monitoring-group', 'outlet-2025-02-20-registry-test'],
  });
  const { problems } = validateReportFile(
    { name: `geodata/reports/${download.suggestedFilename()}`, json },
    AREA_IDS,
  );
  expect(problems).toEqual([]);
});

test('the header link opens the workbench, and its link back returns to the dashboard', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Workbench' }).click();
  await expect(page.getByText('Report workbench')).toBeVisible();
  await expect(page).toHaveURL(/#workbench$/);
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page.getByRole('complementary', { name: 'Figures' })).toBeVisible();
  await page.goBack();
  await expect(page.getByText('Report workbench')).toBeVisible();
});
