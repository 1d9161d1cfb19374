import type { Locator, Page } from '@playwright/test';

/** The timeline under the map, with the "as of" date input and slider. */
export class Timeline {
  readonly root: Locator;
  readonly asOfInput: Locator;
  readonly slider: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Timeline' });
    this.asOfInput = this.root.getByRole('textbox', { name: 'As of' });
    this.slider = this.root.getByRole('slider', { name: 'As-of date' });
  }

  /** Sets the as-of date through the date input (YYYY-MM-DD). */
  async setAsOf(isoDate: string): Promise<void> {
    await this.asOfInput.fill(isoDate);
  }
}
