import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { WorkbenchPage } from './pages/Workbench';

// A report in Arabic (issue 22): the workbench shows the article and its quotes right to left,
// marked with the report's language, while the interface stays English; and the dashboard's
// provenance view shows an Arabic quote the same way (through the draft preview, so no
// Arabic report file is needed here).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CI lays shared/ beside the clone.
const ARABIC = resolve(ROOT, '../shared/sources/2025-09-03-emaratalyoum-2000-killed-ar.txt');
const SELECTED = 'نحو 2000';
// The quote takes in the figure's own words: its qualifier and the noun it counts (soldiers).
const QUOTE = 'نحو 2000 جندي';

test('an Arabic article reads right to left in the workbench and in the provenance view', async ({
  page,
}, testInfo) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.fileInput.setInputFiles(ARABIC);
  await expect(wb.meta('Language')).toHaveValue('ar');
  await expect(wb.meta('Published')).toHaveValue('2025-09-03');
  await expect(wb.article).toHaveAttribute('lang', 'ar');
  await expect(wb.article).toHaveAttribute('dir', 'rtl');
  // The Arabic lines run right to left and the English header lines left to right: the first
  // Arabic letter sits at the right edge of the article, the URL at the left.
  const edges = await wb.article.evaluate((root) => {
    const box = root.getBoundingClientRect();
    const text = root.firstChild as Text;
    const at = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      return range.getBoundingClientRect();
    };
    const body = (text.textContent ?? '').indexOf('تُظهر');
    return {
      arabicRightGap: box.right - at(body, body + 1).right,
      urlLeftGap: at(0, 1).left - box.left,
    };
  });
  expect(edges.arabicRightGap).toBeLessThan(30);
  expect(edges.urlLeftGap).toBeLessThan(30);

  await wb.meta('Title').fill('كوريا الشمالية خسرت نحو 2000 جندي');
  await wb.meta('Dateline').fill('no dateline');
  // This article is published already (geodata/reports/2025-09-03-…): a draft under the same
  // report id is refused, so the draft gets a file name of its own to be previewed.
  await wb.meta('File name slug').fill('rtl-preview-check');
  await wb.selectAndDraft(SELECTED);
  const claim = wb.claim(1);
  const quote = claim.locator('q');
  await expect(quote).toHaveText(QUOTE);
  await expect(quote).toHaveAttribute('lang', 'ar');
  await expect(quote).toHaveAttribute('dir', 'rtl');
  // The form around the quote stays English.
  await expect(claim.getByLabel('Note (our words)')).toBeVisible();

  // Complete the claim so that it is valid and can be previewed on the dashboard.
  await claim.getByLabel('Measure').selectOption('killed');
  await claim.getByLabel('Area', { exact: true }).selectOption('russia');
  if ((await claim.getByLabel('Low').inputValue()) === '') {
    await claim.getByLabel('Low').fill('2000');
    await claim.getByLabel('High').fill('2000');
  }
  await claim.getByLabel('Qualifier').fill('');
  const picker = claim.getByRole('searchbox', { name: 'Add a source from the registry' });
  await picker.fill('National Intelligence Service');
  await picker.press('Enter');
  await claim.getByLabel('Note (our words)').fill('Updated count of the dead, per the NIS.');
  await claim.getByLabel('Source grade').selectOption('B');
  await claim.getByLabel('Information grade').selectOption('2');
  await claim.getByLabel('Grade reason').fill('Intelligence service, relayed by a lawmaker.');
  await expect(claim.getByText('Valid.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('workbench-arabic.png') });

  await page.getByRole('checkbox', { name: /Preview on the dashboard/ }).check();
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await page.goto('./#area=russia');
  const figures = page.getByRole('region', { name: 'Reported figures' });
  const item = figures.locator('li.figure', { hasText: 'Draft, local to this browser' }).filter({
    hasText: '2,000',
  });
  await item.getByRole('button', { name: 'Provenance' }).click();
  const printed = item.locator('.provenance q').first();
  await expect(printed).toHaveText(QUOTE);
  await expect(printed).toHaveAttribute('lang', 'ar');
  await expect(printed).toHaveAttribute('dir', 'rtl');
  await item.scrollIntoViewIfNeeded();
  await item.screenshot({ path: testInfo.outputPath('provenance-arabic.png') });
  await page.screenshot({ path: testInfo.outputPath('dashboard-arabic.png') });
});
