import type { Locator } from '@playwright/test';

/** The panel of one selected area, inside the "Figures" column or bottom sheet. */
export class AreaPanel {
  readonly root: Locator;
  readonly title: Locator;
  readonly back: Locator;
  readonly headline: Locator;
  readonly figures: Locator;
  readonly locationNote: Locator;
  readonly derived: Locator;

  constructor(panel: Locator) {
    // The area's article, not the overview's (which also has level-2 headings): until the
    // link's area is applied the overview shows, and a locator matching both fails at once.
    this.root = panel.getByRole('article').filter({
      hasNot: panel.page().getByRole('heading', { name: 'Areas in the report' }),
    });
    this.title = this.root.getByRole('heading', { level: 2 });
    this.back = this.root.getByRole('button', { name: /All areas/ });
    this.headline = this.root.getByRole('region', { name: 'Current picture' });
    this.figures = this.root.getByRole('region', { name: 'Reported figures' });
    this.locationNote = this.root.getByRole('note');
    this.derived = this.root.getByRole('region', { name: 'Derived cross-checks' });
  }

  /** A range chart (an SVG with role img) whose accessible name starts with `title`. */
  chart(title: string | RegExp): Locator {
    return this.root.getByRole('img', { name: title });
  }

  /**
   * One family of the current picture (its term and definitions in the description list),
   * e.g. `pictureFamily('Casualties')`.
   */
  pictureFamily(label: string): Locator {
    return this.headline
      .locator('.picture-family')
      .filter({ has: this.root.page().getByRole('term').filter({ hasText: label }) });
  }

  /** Every figure (list item) in the "Reported figures" section. */
  figureItems(): Locator {
    return this.figures.getByRole('listitem');
  }
}
