import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { WorkbenchPage } from './pages/Workbench';

// Two tabs on one draft (issue 22): they stay in step, and when one saves over a copy it has
// not seen (its messages from the other tab lost or late), it says so and asks; an edit is
// never lost silently. Both tabs are pages of one browser context, so they share IndexedDB.

const ARTICLE = 'Headline\n\nThe NIS said about 300 troops reached Kursk on Monday.';

/** A second tab in the same context, failing the test on a page error or a dialog. */
async function secondTab(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`second tab: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`second tab dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

/** Opens the article in the first tab and drafts one claim from it. */
async function startDraft(page: Page): Promise<WorkbenchPage> {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await page.getByLabel('Or paste the article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Use pasted text' }).click();
  await wb.meta('Published').fill('2025-02-20');
  await wb.selectAndDraft('about 300');
  await expect(wb.claims).toHaveCount(1);
  return wb;
}

/** Continues the stored draft in another tab. */
async function continueIn(page: Page): Promise<WorkbenchPage> {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await page.getByRole('button', { name: /^Continue “Headline”/ }).click();
  await expect(wb.claims).toHaveCount(1);
  return wb;
}

const note = (wb: WorkbenchPage) => wb.claim(1).getByLabel('Note (our words)');
const reason = (wb: WorkbenchPage) => wb.claim(1).getByLabel('Grade reason');

test('two tabs on one draft stay in step: each shows the other’s edits, and both survive a reload', async ({
  page,
  context,
  pageProblems,
}) => {
  const a = await startDraft(page);
  await note(a).fill('Note typed in tab A.');
  const b = await continueIn(await secondTab(context, pageProblems));
  await expect(note(b)).toHaveValue('Note typed in tab A.');

  // A edits while B is open: B takes the newer revision (it has no change of its own).
  await note(a).fill('Second note typed in tab A.');
  await expect(note(b)).toHaveValue('Second note typed in tab A.');
  // B edits another field: A takes it, and keeps its own note.
  await reason(b).fill('Reason typed in tab B.');
  await expect(reason(a)).toHaveValue('Reason typed in tab B.');
  await expect(note(a)).toHaveValue('Second note typed in tab A.');
  // Neither tab thinks anything went wrong.
  await expect(a.page.getByRole('alertdialog')).toHaveCount(0);
  await expect(b.page.getByRole('alertdialog')).toHaveCount(0);

  for (const wb of [a, b]) {
    await wb.page.reload();
    await expect(wb.claims).toHaveCount(1);
    await expect(note(wb)).toHaveValue('Second note typed in tab A.');
    await expect(reason(wb)).toHaveValue('Reason typed in tab B.');
  }
});

for (const choice of ['theirs', 'mine'] as const) {
  test(`a save over a revision this tab has not seen asks, and keeps ${choice === 'theirs' ? 'the other tab’s' : 'this tab’s'} edit when told to`, async ({
    page,
    context,
    pageProblems,
  }) => {
    const a = await startDraft(page);
    // Tab B never hears from tab A (as when a message comes late): only the save can tell.
    const tabB = await secondTab(context, pageProblems);
    await tabB.addInitScript(() => {
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
    });
    const b = await continueIn(tabB);

    await note(a).fill('Note typed in tab A.');
    await expect(note(b)).toHaveValue('');
    await note(b).fill('Note typed in tab B.');

    const conflict = b.page.getByRole('alertdialog', { name: /changed in another tab/ });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('not saved');
    // Nothing was overwritten yet: A's note is what is stored.
    await a.page.reload();
    await expect(note(a)).toHaveValue('Note typed in tab A.');

    if (choice === 'theirs') {
      await conflict.getByRole('button', { name: 'Take the other tab’s version' }).click();
      await expect(note(b)).toHaveValue('Note typed in tab A.');
    } else {
      await conflict.getByRole('button', { name: 'Overwrite it with this tab’s version' }).click();
      await expect(note(b)).toHaveValue('Note typed in tab B.');
    }
    await expect(conflict).toHaveCount(0);
    // B saves normally again from here on.
    await reason(b).fill('Reason typed in tab B.');
    await a.page.reload();
    await expect(note(a)).toHaveValue(
      choice === 'theirs' ? 'Note typed in tab A.' : 'Note typed in tab B.',
    );
    await expect(reason(a)).toHaveValue('Reason typed in tab B.');
  });
}
