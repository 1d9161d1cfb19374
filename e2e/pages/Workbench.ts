import { expect, type Locator, type Page } from '@playwright/test';

/** The report workbench (#workbench), found by role and label. */
export class WorkbenchPage {
  readonly article: Locator;
  readonly draftButton: Locator;
  readonly draftEventButton: Locator;
  readonly fileInput: Locator;
  readonly claims: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('document', { name: 'Article text' });
    this.draftButton = page.getByRole('button', { name: 'Draft claim from selection' });
    this.fileInput = page.getByLabel(/Open a file/);
    this.claims = page.getByRole('group', { name: /^Claim \d+$/ });
    this.draftEventButton = page.getByRole('button', { name: 'Draft event from selection' });
    this.events = page.getByRole('group', { name: /^Event \d+$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('./#workbench');
    await expect(this.page.getByText('Report workbench')).toBeVisible();
  }

  meta(label: string): Locator {
    return this.page.getByRole('group', { name: 'Report' }).getByLabel(label, { exact: true });
  }

  claim(n: number): Locator {
    return this.page.getByRole('group', { name: `Claim ${n}`, exact: true });
  }

  event(n: number): Locator {
    return this.page.getByRole('group', { name: `Event ${n}`, exact: true });
  }

  /** Selects the `occurrence`-th appearance of `words` and drafts a claim from it. */
  async selectAndDraft(words: string, occurrence = 0): Promise<void> {
    await this.select(words, occurrence);
    await this.draftButton.click();
  }

  /** Selects the `occurrence`-th appearance of `words` in the article, as a mouse drag would. */
  async select(words: string, occurrence = 0): Promise<void> {
    await this.article.evaluate(
      (root, [wanted, nth]) => {
        const text = root.textContent ?? '';
        let at = -1;
        for (let i = 0; i <= Number(nth); i++) at = text.indexOf(String(wanted), at + 1);
        if (at < 0) throw new Error(`"${String(wanted)}" is not in the article`);
        const point = (offset: number): [Node, number] => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          let left = offset;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0;
            if (left <= length) return [node, left];
            left -= length;
          }
          throw new Error('offset outside the text');
        };
        const range = document.createRange();
        range.setStart(...point(at));
        range.setEnd(...point(at + String(wanted).length));
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      [words, occurrence] as const,
    );
  }
}
