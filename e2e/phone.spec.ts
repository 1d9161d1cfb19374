import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Dashboard, type Box } from './pages/Dashboard';
import { boxesOverlap, MapLabels } from './pages/MapLabels';
import { PhoneSheet, type Snap } from './pages/PhoneSheet';

// Issue 23: on a phone the map takes the screen and the details are a bottom sheet over it,
// with snap points peek, half and full; its state is never in the link, and Back closes it.

const PHONE = { width: 390, height: 844 };
const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];
/** A date as the panels write it: "16 Jan 2025". */
// A day as the app writes it: "30 Apr 2025", "2 Sept 2025" (en-GB's short September).
const SHOWN_DATE = /\d{1,2} [A-Z][a-z]{2,3} \d{4}/;
const SHOWN_DATES = new RegExp(SHOWN_DATE.source, 'g');

function isoOf(shown: string): string {
  return new Date(`${shown} UTC`).toISOString().slice(0, 10);
}

/** Every control a finger can reach on screen (outside Leaflet's drawn layers), with its box. */
async function controlsOnScreen(page: Page) {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input, select, textarea, summary, [role="slider"], [tabindex="0"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => !element.closest('.leaflet-pane'))
      .map((element) => {
        const r = element.getBoundingClientRect();
        const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        const onTop = top !== null && (element === top || element.contains(top));
        return {
          name:
            element.getAttribute('aria-label') ??
            (element.textContent?.trim() || element.className.toString()),
          width: Math.round(r.width),
          height: Math.round(r.height),
          shown: onTop && r.width > 0 && r.height > 0,
        };
      })
      .filter((control) => control.shown);
  });
}

/** The deployment route's label (a Leaflet tooltip with figures), box in map pixels. */
async function routeLabel(page: Page): Promise<{ text: string; box: Box }[]> {
  return page.locator('.leaflet-container').evaluate((container) => {
    const origin = container.getBoundingClientRect();
    return [...container.querySelectorAll('.leaflet-tooltip.route-label')].map((element) => {
      const r = element.getBoundingClientRect();
      return {
        text: element.textContent ?? '',
        box: { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height },
      };
    });
  });
}

test.describe('390×844', () => {
  test.use({ viewport: PHONE });

  test('with #area=kursk the map is most of the screen and the peek shows the headline with dates', async ({
    page,
  }) => {
    const dashboard = new Dashboard(page);
    const sheet = new PhoneSheet(page);
    await dashboard.open('#area=kursk');
    await sheet.expectAt('peek');
    const map = await dashboard.mapBox();
    expect(map.height / PHONE.height, 'the map’s share of the screen').toBeGreaterThanOrEqual(0.6);
    await expect(sheet.root).toContainText('Kursk Oblast');
    const items = sheet.peekHeadline.getByRole('listitem');
    await expect(items.first()).toContainText(/troops/i);
    await expect(items.first()).toContainText(SHOWN_DATE);
    // Without scrolling: each figure is inside the screen and inside the sheet's peek.
    const peek = await sheet.root.boundingBox();
    expect(peek).not.toBeNull();
    for (const item of await items.all()) {
      const box = await item.boundingBox();
      expect(box).not.toBeNull();
      if (!box || !peek) continue;
      expect(box.y).toBeGreaterThanOrEqual(peek.y);
      expect(box.y + box.height).toBeLessThanOrEqual(Math.min(peek.y + peek.height, PHONE.height));
    }
  });

  test('in embed mode there is no sheet: the map is the whole frame', async ({ page }) => {
    const dashboard = new Dashboard(page);
    await dashboard.open('#area=kursk&embed=1');
    await expect(new PhoneSheet(page).root).toHaveCount(0);
    expect(await dashboard.mapBox()).toEqual({
      x: 0,
      y: 0,
      width: PHONE.width,
      height: PHONE.height,
    });
  });

  test('the peek shows a casualty figure with its date', async ({ page }) => {
    const dashboard = new Dashboard(page);
    const sheet = new PhoneSheet(page);
    await dashboard.open('#area=kursk');
    await expect(
      sheet.peekHeadline.getByRole('listitem').filter({ hasText: /casualt|killed|wounded/i }),
    ).toContainText(SHOWN_DATE);
  });

  test('the as-of slider is in reach at the peek, and moving it changes the headline there', async ({
    page,
  }) => {
    const dashboard = new Dashboard(page);
    const sheet = new PhoneSheet(page);
    await dashboard.open('#area=kursk');
    const slider = sheet.root.getByRole('slider', { name: 'As-of date' });
    const box = await slider.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.y + box.height, 'the slider is on screen at the peek').toBeLessThanOrEqual(
      PHONE.height,
    );
    expect(box.height).toBeGreaterThanOrEqual(44);
    const before = await sheet.peekHeadline.textContent();
    // A tap on the slider's first fifth: a date in autumn 2024.
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    await expect(page).toHaveURL(/asof=2024-/);
    const asOf = /asof=(\d{4}-\d{2}-\d{2})/.exec(page.url())?.[1] ?? '';
    await expect(sheet.root).not.toContainText(before ?? '');
    await sheet.expectAt('peek');
    // Whatever the peek says now was reported by that date.
    const text = (await sheet.root.locator('.sheet-peek-body').textContent()) ?? '';
    for (const [shown] of text.matchAll(SHOWN_DATES)) {
      expect(isoOf(shown) <= asOf, `${shown} is after the as-of date ${asOf}`).toBe(true);
    }
    // And a step with the keyboard moves the date by one day.
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const next = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await expect(page).toHaveURL(new RegExp(`asof=${next}`));
  });

  test('the sheet works with the keyboard alone', async ({ page }) => {
    const dashboard = new Dashboard(page);
    const sheet = new PhoneSheet(page);
    await dashboard.open('#area=kursk');
    // Tab reaches the handle.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await sheet.handle.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'Tab reaches the sheet’s handle').toBe(true);
    const mainHeight = await page.evaluate(
      () => document.querySelector('main')?.getBoundingClientRect().height ?? 0,
    );
    await page.keyboard.press('ArrowUp');
    await sheet.expectAt('half');
    const half = await sheet.root.boundingBox();
    expect(half?.height ?? 0).toBeCloseTo(mainHeight * 0.55, -1);
    await page.keyboard.press('ArrowUp');
    await sheet.expectAt('full');
    expect((await sheet.root.boundingBox())?.height ?? 0).toBeCloseTo(mainHeight, 0);
    await page.keyboard.press('ArrowDown');
    await sheet.expectAt('half');
    await page.keyboard.press('Escape');
    await sheet.expectAt('peek');
    await expect(sheet.handle).toBeFocused();
    await page.keyboard.press('Enter');
    await sheet.expectAt('half');
    await page.keyboard.press('Enter');
    await sheet.expectAt('peek');
    await page.keyboard.press('End');
    await sheet.expectAt('full');
    // Escape from inside the panel too, and focus comes back to the handle.
    await dashboard.area.back.focus();
    await page.keyboard.press('Escape');
    await sheet.expectAt('peek');
    await expect(sheet.handle).toBeFocused();
    // Tabbing on from the as-of controls into the panel brings it into view.
    await sheet.root.getByRole('slider', { name: 'As-of date' }).focus();
    await page.keyboard.press('Tab');
    await sheet.expectAt('half');
  });

  test('dragging the top of the sheet moves it to the nearest snap point', async ({ page }) => {
    const dashboard = new Dashboard(page);
    const sheet = new PhoneSheet(page);
    await dashboard.open('#area=kursk');
    const title = sheet.root.getByText('Kursk Oblast').first();
    const box = await title.boundingBox();
    if (!box) throw new Error('no sheet title');
    const x = box.x + 20;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 150, { steps: 8 });
    await page.mouse.move(x, y - 260, { steps: 8 });
    await page.mouse.up();
    await sheet.expectAt('half');
    await page.mouse.move(x, 450);
    await page.mouse.down();
    await page.mouse.move(x, 60, { steps: 10 });
    await page.mouse.up();
    await sheet.expectAt('full');
    await page.mouse.move(x, 70);
    await page.mouse.down();
    await page.mouse.move(x, 800, { steps: 10 });
    await page.mouse.up();
    await sheet.expectAt('peek');
    // A tap (no drag) toggles.
    await title.click();
    await sheet.expectAt('half');
  });

  test('Back closes the open sheet before it leaves the view; the link never holds the sheet', async ({
    page,
  }) => {
    const dashboard = new Dashboard(page);
    const sheet = new PhoneSheet(page);
    await dashboard.open('#area=kursk');
    await expect(sheet.root).toContainText('Kursk Oblast');
    await dashboard.wholeTheatre.click();
    await expect(sheet.root).toContainText('All areas');
    await expect(page).not.toHaveURL(/area=/);
    // The theatre's view is written once the map has moved there (map=…): the link as it is then.
    await expect(page).toHaveURL(/#map=/);
    const link = page.url();
    const writes = () =>
      page.evaluate(() =>
        (window as unknown as { __sitrepHistoryWrites: () => number }).__sitrepHistoryWrites(),
      );
    const writesBefore = await writes();
    await sheet.moveTo('half');
    await sheet.moveTo('full');
    expect(page.url(), 'the sheet is not in the link').toBe(link);
    expect(await writes(), 'the link writer wrote nothing for the sheet').toBe(writesBefore);

    await page.goBack();
    await sheet.expectAt('peek');
    expect(page.url()).toBe(link);
    await expect(sheet.root).toContainText('All areas');
    await page.goBack();
    await expect(page).toHaveURL(/area=kursk/);
    await expect(sheet.root).toContainText('Kursk Oblast');

    // Closed by hand, the sheet takes its entry back off: Back then leaves the view at once.
    await page.goForward();
    await expect(page).not.toHaveURL(/area=/);
    await sheet.moveTo('half');
    await page.keyboard.press('Escape');
    await sheet.expectAt('peek');
    await expect.poll(() => page.url()).toBe(link);
    await page.goBack();
    await expect(page).toHaveURL(/area=kursk/);
  });

  for (const snap of SNAPS) {
    test(`no serious or critical axe violation with the sheet at ${snap}`, async ({ page }) => {
      const dashboard = new Dashboard(page);
      const sheet = new PhoneSheet(page);
      await dashboard.open('#area=kursk');
      await expect(dashboard.overview.root.or(dashboard.area.root)).toBeVisible();
      await sheet.moveTo(snap);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(20);
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      expect(serious).toEqual([]);
    });
  }

  test('every control on screen is at least 44 px square; the page never scrolls sideways or zooms', async ({
    page,
  }) => {
    const dashboard = new Dashboard(page);
    const sheet = new PhoneSheet(page);
    await dashboard.open('#area=kursk&asof=2025-02-27');
    await expect(dashboard.wholeTheatre).toBeVisible();
    for (const snap of SNAPS) {
      await sheet.moveTo(snap);
      const controls = await controlsOnScreen(page);
      expect(controls.length, `controls found at ${snap}`).toBeGreaterThan(5);
      const small = controls.filter((c) => c.width < 44 || c.height < 44);
      expect(small, `controls under 44 px at ${snap}`).toEqual([]);
      const overflow = await page.evaluate(() => ({
        page: document.scrollingElement?.scrollWidth ?? 0,
        screen: window.innerWidth,
      }));
      expect(overflow.page).toBeLessThanOrEqual(overflow.screen);
    }
    // The page pans but never pinch-zooms; the map takes every gesture itself (Leaflet).
    const touch = await page.evaluate(() => ({
      app: getComputedStyle(document.querySelector('.app') as Element).touchAction,
      map: getComputedStyle(document.querySelector('.leaflet-container') as Element).touchAction,
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
    }));
    expect(touch.app).toBe('pan-x pan-y');
    expect(touch.map).toBe('none');
    // Zooming stays possible for whoever needs it (browser settings): never user-scalable=no.
    expect(touch.viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1\b/);
  });
});

for (const viewport of [PHONE, { width: 360, height: 740 }]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const fragment of ['', '#area=kursk', '#area=donetsk', '#area=nikolske']) {
      test(`no map control covers a report label (${fragment || 'whole theatre'})`, async ({
        page,
      }) => {
        const dashboard = new Dashboard(page);
        const sheet = new PhoneSheet(page);
        const labels = new MapLabels(page);
        await dashboard.open(fragment);
        await expect(dashboard.wholeTheatre).toBeVisible();
        const map = dashboard.map;
        const controls = [
          map.getByRole('button', { name: 'Zoom in' }),
          map.getByRole('button', { name: 'Zoom out' }),
          dashboard.wholeTheatre,
          dashboard.layersControl,
          map.getByRole('group').filter({ hasText: 'Draw on the map' }),
          map.getByRole('group').filter({ hasText: 'Credits and licences' }),
        ];
        for (const snap of SNAPS) {
          await sheet.moveTo(snap);
          await dashboard.settle();
          const origin = await dashboard.mapBox();
          // The report's place names, area labels and dots, and the route's label with its
          // troop figures.
          const drawn = [...(await labels.reportLabels()), ...(await routeLabel(page))];
          expect(drawn.length, 'report labels in view').toBeGreaterThan(0);
          for (const control of controls) {
            const box = await control.boundingBox();
            expect(box, 'the control is laid out').not.toBeNull();
            if (!box) continue;
            const inMap: Box = { ...box, x: box.x - origin.x, y: box.y - origin.y };
            const covered = drawn.filter((label) => boxesOverlap(label.box, inMap));
            expect(
              covered.map((label) => label.text),
              `labels under a control at ${snap}`,
            ).toEqual([]);
          }
        }
      });
    }
  });
}
