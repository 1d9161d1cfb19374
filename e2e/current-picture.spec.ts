import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';

// Issue 21: the top of an area's panel, its overview card and its map label say what is known
// as of the chosen date — the latest troop and casualty figures with their dates.

test('the Kursk panel shows the casualty and troop figures known at each date', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  const { area } = dashboard;

  await dashboard.open('#area=kursk&asof=2025-04-30');
  await expect(area.title).toHaveText('Kursk Oblast');
  const casualties = area.pictureFamily('Casualties');
  // An April 2025 figure, with its date: the NIS's 4,700 (30 Apr) or the General Staff's 4,500.
  await expect(casualties.getByRole('definition').first()).toHaveText(/4,700|4,500/);
  await expect(casualties.locator('time')).toHaveText(/Apr 2025$/);
  await expect(casualties).toContainText(/other estimates? in the 90 days to 30 Apr 2025/);
  // Still a troop figure, dated.
  const troops = area.pictureFamily('Troops');
  await expect(troops.getByRole('definition').first()).toHaveText(/\d,\d{3} troops/);
  await expect(troops.locator('time')).toHaveText(/\d{4}$/);
  // The NIS's 15,000 is said "before 30 Apr 2025", the as-of date: not "at least 0 days old".
  await expect(troops).toContainText('in a report of the as-of date, may be older');
  await expect(troops).not.toContainText('0 days old');

  // On the last date, AFP's vague "thousands" sent (24 Oct 2025) came 52 days after the "more
  // than 10,000" reported 2 Sept 2025: a specific figure leads, the vague one is another
  // estimate. The "more than 10,000" is a count of 2024: it does not displace the UK's count
  // in Kursk of June 2025, the figure about the latest time, and is another estimate too.
  await dashboard.open('#area=kursk&asof=2025-10-24');
  await expect(troops.getByRole('definition').first()).toHaveText(
    /^approximately 11,000 troops present/,
  );
  await expect(troops.locator('time')).toHaveText('before 26 Jun 2025');
  await expect(troops).toContainText('thousands (2,000–9,000)');
  await expect(troops).toContainText('more than 10,000');

  await dashboard.open('#area=kursk&asof=2025-01-20');
  await expect(casualties.locator('time')).toHaveText(/Jan 2025$/);

  await dashboard.open('#area=kursk&asof=2024-12-20');
  const value = casualties.getByRole('definition').first();
  await expect(value).toContainText('at least 100 killed');
  await expect(value).toContainText('about 1,000 wounded');
  // The troop figure then was the NIS's count of October 2024, for Russia as a whole, marked
  // as such (an area with no figure at all says so: tests/view/currentPicture.test.ts).
  await expect(troops.getByRole('definition').first()).toContainText('over 3,000 troops sent');
  await expect(troops).toContainText('23 Oct 2024');
  await expect(troops).toContainText('figure for Russia as a whole');
});

test('the overview card and the map label of Kursk follow the as-of date', async ({ page }) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#asof=2025-04-30');
  const card = dashboard.overview.areaCard('Kursk Oblast');
  await expect(card).toContainText(/Casualties: .*(4,700|4,500).*Apr 2025/);
  await expect(card).toContainText(/Troops: .*\d,\d{3} troops/);
  // The figure is for Russia as a whole, and the label says so (not only the panel).
  await expect(dashboard.mapLabel(/^Kursk Oblast/)).toContainText(
    /casualties \(all Russia\) · Apr 2025/,
  );

  await dashboard.open('#asof=2024-12-20');
  await expect(card).toContainText(/Casualties: at least 100 killed, about 1,000 wounded/);
  await expect(card).not.toContainText('4,700');
});

test('Russia leads with the NIS’s 15,000 sent, not a later report about 2024, in the panel, the card and the labels', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open('#area=russia&asof=2025-10-24');
  const troops = dashboard.area.pictureFamily('Troops');
  await expect(troops.getByRole('definition').first()).toHaveText(/^15,000 troops sent so far/);
  await expect(troops.locator('time')).toHaveText('before 30 Apr 2025');
  await expect(troops).toContainText('NIS');
  await expect(troops).not.toContainText('before 2 Sept 2025');

  await dashboard.open('#asof=2025-10-24');
  const card = dashboard.overview.areaCard('Russia');
  await expect(card).toContainText(/Troops: 15,000 troops sent so far before 30 Apr 2025/);
  await expect(card).not.toContainText('10,000');
  // Russia has no label in the theatre's view; Kursk's gives the month its figure is about.
  await expect(dashboard.mapLabel(/^Kursk Oblast/)).toContainText(
    'approximately 11,000 troops · Jun 2025',
  );
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the current picture reads as a description list, axe clean at ${viewport.width}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const dashboard = new Dashboard(page);
    await dashboard.open('#area=kursk&asof=2025-04-30');
    const picture = dashboard.area.headline;
    await expect(picture).toBeVisible();
    // Term then definitions, in reading order: "Casualties: estimated 4,700 …, reported 30 Apr
    // 2025 by NIS …, 2 other estimates …".
    const family = dashboard.area.pictureFamily('Casualties');
    const read = (await family.innerText()).replace(/\s+/g, ' ');
    expect(read).toMatch(/^Casualties .*\d,\d{3}.* reported .*Apr 2025 by .*other estimates?/i);
    const results = await new AxeBuilder({ page }).include('.current-picture').analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
  });
}
