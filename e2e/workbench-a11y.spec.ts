import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { WorkbenchPage } from './pages/Workbench';

// The workbench, with an article open and a claim and an event drafted, has no serious or critical axe
// violation (as the dashboard, issue 4).
test('the workbench has no serious or critical axe violation', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  expect(await serious(page)).toEqual([]);
  await page
    .getByLabel('Or paste the article text')
    .fill('Headline\n\nThe NIS said about 300 troops reached Kursk on Monday.');
  await page.getByRole('button', { name: 'Use pasted text' }).click();
  await wb.meta('Published').fill('2025-02-20');
  await wb.selectAndDraft('about 300');
  await expect(wb.claims).toHaveCount(1);
  expect(await serious(page)).toEqual([]);
  // And with an event drafted, its editor open.
  await wb.select('reached Kursk on Monday');
  await wb.draftEventButton.click();
  await expect(wb.events).toHaveCount(1);
  expect(await serious(page)).toEqual([]);
});

async function serious(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(20);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
