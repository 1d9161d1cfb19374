import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';

/**
 * Issue 10's acceptance: the Kursk panel follows casualties over time, source by source;
 * as-of greys what came later; since= marks what is new; a claim carried by three reports
 * shows once, with the three reports.
 */

test('the Kursk panel charts casualties over time: ≥ 5 dated marks from ≥ 4 sources', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  const chart = dashboard.area.root.getByRole('img', { name: /North Korean casualties over time/ });
  await expect(chart).toBeVisible();
  const marks = chart.locator('[data-mark]');
  expect(await marks.count()).toBeGreaterThanOrEqual(5);
  const dates = await marks.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  const reported = new Set(dates.map((text) => /reported (.+?)(\.|$)/.exec(text)?.[1]));
  expect(reported.size).toBeGreaterThanOrEqual(5);
  const sources = new Set(
    await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-source'))),
  );
  expect(sources.size).toBeGreaterThanOrEqual(4);
  // Derived sums are drawn, dashed, and the table says so.
  expect(await chart.locator('[data-derived="true"]').count()).toBeGreaterThanOrEqual(2);
  const figure = dashboard.area.root.getByRole('figure').filter({
    has: page.getByRole('img', { name: /North Korean casualties over time/ }),
  });
  await figure.getByText(/Table of this chart/).click();
  const table = figure.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount((await marks.count()) + 1);
  await expect(table.getByRole('cell', { name: /derived, not reported/ }).first()).toBeVisible();
  // Sortable by date: newest first after one click.
  const firstDate = () => table.getByRole('row').nth(1).getByRole('cell').first().textContent();
  const oldest = await firstDate();
  await table.getByRole('button', { name: /Date reported/ }).click();
  await expect(table.getByRole('columnheader', { name: /Date reported/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect(await firstDate()).not.toBe(oldest);
});

test('as of 2025-01-20 the later figures are greyed, the earlier ones not', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk&asof=2025-01-20');
  const chart = dashboard.area.root.getByRole('img', { name: /North Korean casualties over time/ });
  await expect(chart).toBeVisible();
  const later = chart.locator('[data-later="true"]');
  const earlier = chart.locator('[data-later="false"]');
  expect(await later.count()).toBeGreaterThanOrEqual(3);
  expect(await earlier.count()).toBeGreaterThanOrEqual(2);
  for (const mark of await later.all()) {
    await expect(mark.locator('title')).toContainText('after the as-of date');
    const fill = await mark.locator('circle, rect, path').last().getAttribute('stroke');
    expect(fill).toBe('#b0b0b0');
  }
  await expect(chart.getByText('as of 20 Jan 2025')).toBeVisible();
});

test('#area=kursk&since=2025-02-01 marks the new figures, and the overview counts them', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk&since=2025-02-01');
  const chart = dashboard.area.root.getByRole('img', { name: /North Korean casualties over time/ });
  const fresh = chart.locator('[data-new="true"]');
  // Retried: the link's area opens once the data is in, after the map (issue 12).
  await expect.poll(() => fresh.count()).toBeGreaterThanOrEqual(2);
  await expect(dashboard.area.root.getByText('new since 1 Feb 2025').first()).toBeVisible();
  const general = dashboard.area.root.locator(
    '[data-claim="c-2025-04-26-general-staff-kursk-killed-or-wounded"]',
  );
  await expect(general.getByText('new since 1 Feb 2025')).toBeVisible();
  const old = dashboard.area.root.locator('[data-claim="c-2025-01-13-nis-kursk-killed"]');
  await expect(old).toBeVisible();
  await expect(old.getByText(/new since/)).toHaveCount(0);

  await dashboard.open('#since=2025-02-01');
  await expect(dashboard.panel.getByText(/New since 1 Feb 2025/)).toBeVisible();
  const kurskCard = dashboard.panel.getByRole('button', { name: /Kursk Oblast/ });
  await expect(kurskCard.getByText(/\d+ new since 1 Feb 2025/)).toBeVisible();
});

test('a claim carried by three reports shows once, with the three reports', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk&claim=c-2025-02-27-casualties-per-day');
  const items = dashboard.area.root.locator('[data-claim="c-2025-02-27-casualties-per-day"]');
  await expect(items).toHaveCount(1);
  await expect(items.getByText('carried by 3 reports')).toBeVisible();
  const carriers = items.getByRole('list', { name: 'Reports that carried this figure' });
  await expect(carriers.getByRole('listitem')).toHaveCount(3);
  await expect(carriers).toContainText('Euromaidan Press');
  await expect(carriers).toContainText('UNN');
  await expect(carriers).toContainText('about 92 casualties a day');
  // Only one figure of this measure in the whole panel: no corroboration by repetition.
  const rateFigures = dashboard.area.root.locator('.metric-group', {
    hasText: 'Casualties per day',
  });
  await expect(rateFigures.locator('[data-claim]')).toHaveCount(1);
});

test('a year of the deployment: the killed series goes from 100 to about 2,000 (Dec 2024 - Sept 2025)', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk');
  const chart = dashboard.area.root.getByRole('img', { name: /Killed over time/ });
  await expect(chart).toBeVisible();
  // The NIS's own counts, in date order: each mark says its value and when it was reported.
  const nis = await chart
    .locator('[data-mark][data-source="kr-nis"]')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  expect(nis.map((text) => /NIS: (.+?) \(killed\)/.exec(text)?.[1])).toEqual([
    'at least 100',
    '300',
    '600',
    'around 2,000',
  ]);
  expect(nis.map((text) => /reported (.+)$/.exec(text)?.[1])).toEqual([
    '19 Dec 2024',
    '13 Jan 2025',
    '30 Apr 2025',
    '2 Sept 2025',
  ]);
  // The timeline runs to the latest report (October 2025).
  await expect(page.getByText('24 Oct 2025').first()).toBeVisible();
});

test('#area=kursk&since=2025-06-01 marks only the figures of June 2025 and later', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=kursk&since=2025-06-01');
  const chart = dashboard.area.root.getByRole('img', { name: /Killed over time/ });
  const fresh = chart.locator('[data-new="true"]');
  await expect.poll(() => fresh.count()).toBe(1);
  await expect(fresh).toContainText('around 2,000');
  await expect(chart.locator('[data-new="false"]')).toHaveCount(4);
  const september = dashboard.area.root.locator(
    '[data-claim="c-2025-09-02-moscowtimes-2000-killed-1"]',
  );
  await expect(september.getByText('new since 1 Jun 2025')).toBeVisible();
  const april = dashboard.area.root.locator('[data-claim="c-2025-04-30-nis-killed"]');
  await expect(april).toBeVisible();
  await expect(april.getByText(/new since/)).toHaveCount(0);
  // North Korea's own count stands beside the estimates, as a party's figure.
  const own = dashboard.area.root.locator('[data-claim^="c-2025-09-02-koreaherald"]');
  await expect(own.first()).toContainText('350');
});
