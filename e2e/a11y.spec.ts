import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { PhoneSheet } from './pages/PhoneSheet';

// Issue 4: axe-core finds no serious or critical violation on the overview and on an area
// panel (and, issue 15, on its Timeline and Sources tabs), at 1440×900 and at 390×844. Nothing is excluded: a violation inside Leaflet is
// reported to the lead (notes/ui-bugs.md), not hidden here.

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(20);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the overview has no serious or critical axe violation', async ({ page }) => {
      const dashboard = new Dashboard(page);
      await dashboard.open();
      await expect(dashboard.overview.table).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the Kursk panel, provenance open, has no serious or critical axe violation', async ({
      page,
    }) => {
      const dashboard = new Dashboard(page);
      await dashboard.open('#area=kursk');
      await expect(dashboard.area.title).toHaveText('Kursk Oblast');
      // On a phone the panel is in the bottom sheet: open it first (issue 23).
      if (viewport.width < 761) await new PhoneSheet(page).moveTo('full');
      await dashboard.area
        .figureItems()
        .first()
        .getByRole('button', { name: 'Provenance' })
        .click();
      await expect(dashboard.area.root.getByText('As printed').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    for (const tab of ['timeline', 'sources']) {
      test(`the ${tab} tab has no serious or critical axe violation`, async ({ page }) => {
        const dashboard = new Dashboard(page);
        await dashboard.open(`#area=kursk&tab=${tab}`);
        await expect(
          dashboard.panel.getByRole('tabpanel').getByRole('heading').first(),
        ).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}
