import { expect, type Locator, type Page } from '@playwright/test';

export type Snap = 'peek' | 'half' | 'full';

/** What the handle (a slider) says at each snap point. */
const VALUE_TEXT: Record<Snap, string> = { peek: 'collapsed', half: 'half open', full: 'open' };

/**
 * The phone's bottom sheet (below 761 px of width): a region "Details" with the area's name,
 * its headline, the as-of controls and the panel; its handle is a slider "Details sheet".
 */
export class PhoneSheet {
  readonly root: Locator;
  readonly handle: Locator;
  /** The headline at the peek (a list "Headline figures", outside the area panel). */
  readonly peekHeadline: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Details' });
    this.handle = this.root.getByRole('slider', { name: 'Details sheet' });
    this.peekHeadline = this.root.getByRole('list', { name: 'Headline figures' });
  }

  /** Moves the sheet with its handle's keys (Home, then one ArrowUp a step). */
  async moveTo(snap: Snap): Promise<void> {
    await this.handle.focus();
    await this.page.keyboard.press('Home');
    for (let step = 0; step < (['peek', 'half', 'full'] as const).indexOf(snap); step++) {
      await this.page.keyboard.press('ArrowUp');
    }
    await this.expectAt(snap);
  }

  async expectAt(snap: Snap): Promise<void> {
    await expect(this.handle).toHaveAttribute('aria-valuetext', VALUE_TEXT[snap]);
    // Wait out the height transition (0.2 s), so boxes measured next are final.
    await expect
      .poll(async () => {
        const a = await this.root.boundingBox();
        await this.page.waitForTimeout(60);
        const b = await this.root.boundingBox();
        return a?.height === b?.height;
      })
      .toBe(true);
  }
}
