import type { Locator, Page } from '@playwright/test';

/** The header's search combobox and its listbox of candidates. */
export class SearchBox {
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('combobox', { name: 'Search areas and places' });
    this.listbox = page.getByRole('listbox', { name: 'Matching areas and places' });
    this.options = this.listbox.getByRole('option');
  }

  /** Types a query (replacing what was there) and waits for the list to open. */
  async type(query: string): Promise<void> {
    await this.input.fill(query);
    await this.listbox.waitFor();
  }

  /** The text of every candidate, in the order listed. */
  async optionTexts(): Promise<string[]> {
    return (await this.options.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** The candidate whose label starts with `label`. */
  option(label: string | RegExp): Locator {
    return this.options.filter({ hasText: label });
  }
}
