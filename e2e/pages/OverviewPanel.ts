import type { Locator } from '@playwright/test';

/** The overview shown when no area is selected: area cards and the table of all figures. */
export class OverviewPanel {
  readonly root: Locator;
  readonly title: Locator;
  readonly table: Locator;

  constructor(panel: Locator) {
    this.root = panel.getByRole('article', { name: 'Areas in the report' });
    this.title = this.root.getByRole('heading', { level: 2, name: 'Areas in the report' });
    this.table = this.root.getByRole('table', { name: /All reported figures/ });
  }

  /** An area's card (a button whose name starts with the area's name). */
  areaCard(name: string): Locator {
    return this.root.getByRole('listitem').getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  /** A column header of the figures table. */
  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  /** Body rows of the figures table (the header row excluded). */
  bodyRows(): Locator {
    return this.table.getByRole('rowgroup').nth(1).getByRole('row');
  }
}
