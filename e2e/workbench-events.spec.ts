import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { Dashboard } from './pages/Dashboard';
import { WorkbenchPage } from './pages/Workbench';
import { validateReportFile } from '../src/data/validate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const AREA_IDS = new Set(
  (
    JSON.parse(readFileSync(resolve(ROOT, 'geodata/areas.json'), 'utf8')) as {
      areas: { id: string }[];
    }
  ).areas.map((a) => a.id),
);

const ARTICLE = [
  'Test headline',
  '',
  'The spy agency said about 300 troops reached Nikolske on Monday.',
  'Ukraine said its forces left the village on Tuesday.',
].join('\n');

async function openPasted(wb: WorkbenchPage, slug: string, published = '2025-02-20') {
  await wb.goto();
  await wb.page.getByLabel('Or paste the article text').fill(ARTICLE);
  await wb.page.getByRole('button', { name: 'Use pasted text' }).click();
  await wb.meta('Published').fill(published);
  await wb.meta('Outlet').fill('Reuters');
  await wb.meta('Dateline').fill('Seoul');
  await wb.meta('File name slug').fill(slug);
}

test('an event drafted from the selected words, completed by keyboard, is in the export with the outlet picked from the registry', async ({
  page,
}) => {
  const wb = new WorkbenchPage(page);
  await openPasted(wb, 'event-test');

  // The outlet, picked from the registry by keyboard: claims then cite its id.
  const outlet = wb.meta('Outlet from the registry');
  await outlet.focus();
  await page.keyboard.type('Reuters');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Outlet source' })).toHaveText(
    'Outlet source: Reuters (reuters), from the registry.',
  );

  await wb.selectAndDraft('about 300 troops');
  const claim = wb.claim(1);
  await claim.getByLabel('Note (our words)').fill('A test figure.');
  await claim.getByLabel('Source grade').selectOption('B');
  await claim.getByLabel('Information grade').selectOption('3');
  await claim.getByLabel('Grade reason').fill('A test.');
  await expect(claim.getByText('Valid.')).toBeVisible();

  // The event: select its words, then the button, from the keyboard.
  await expect(page.getByText('No events yet')).toBeVisible();
  await wb.select('troops reached Nikolske on Monday');
  await wb.draftEventButton.focus();
  await page.keyboard.press('Enter');
  const event = wb.event(1);
  // Drafted: the date by the parser's rules (Monday before Thursday 20 Feb 2025), the place
  // and source the sentence names, the claim drafted from the same sentence.
  await expect(event.locator('q')).toHaveText('troops reached Nikolske on Monday');
  const date = event.getByRole('group', { name: 'Event date' });
  await expect(date.getByLabel('Precision')).toHaveValue('day');
  await expect(date.getByLabel('End')).toHaveValue('2025-02-17');
  await expect(date.getByLabel('As printed')).toHaveValue('on Monday');
  await expect(event.getByLabel('Event area', { exact: true })).toHaveValue('nikolske');
  await expect(event.getByRole('checkbox', { name: /^NIS/ })).toBeChecked();
  await expect(event.getByRole('checkbox', { name: /^Claim 1 · about 300/ })).toBeChecked();
  // No title yet: the build's own check names the field, under the event.
  await expect(event.getByRole('list', { name: 'Problems of event 1' })).toContainText('title');
  await expect(page.getByRole('button', { name: /^Export / })).toBeDisabled();

  // The title, in our words; a title copying the article is flagged.
  const title = event.getByLabel('Event title (our words)');
  await title.focus();
  await page.keyboard.type('The spy agency said about 300 troops reached Nikolske on Monday');
  await expect(event.getByRole('note')).toContainText('Write the title in our own words');
  await title.fill('North Korean unit reported arriving in Nikolske');
  await expect(event.getByRole('note')).toHaveCount(0);
  await expect(event.getByText('Valid.')).toBeVisible();
  // A second source, picked by keyboard from the registry.
  const more = event.getByLabel('Add an event source from the registry');
  await more.focus();
  await page.keyboard.type('Euromaidan');
  await page.keyboard.press('Enter');
  await expect(event.getByRole('checkbox', { name: /^Euromaidan Press/ })).toBeChecked();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export 2025-02-20-event-test.json' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    report: { outletSource: string };
    newSources?: unknown;
    claims: { id: string; via: string[] }[];
    events: unknown[];
  };
  expect(json.report.outletSource).toBe('reuters');
  expect(json.newSources).toBeUndefined();
  expect(json.claims[0]?.via).toEqual(['reuters']);
  expect(json.events).toEqual([
    {
      id: 'e-2025-02-20-event-test-1',
      date: { start: '2025-02-17', end: '2025-02-17', precision: 'day', asPrinted: 'on Monday' },
      area: 'nikolske',
      title: 'North Korean unit reported arriving in Nikolske',
      sources: ['kr-nis', 'euromaidan-press'],
      claims: ['c-2025-02-20-event-test-1'],
    },
  ]);
  const { problems } = validateReportFile(
    { name: `geodata/reports/${download.suggestedFilename()}`, json },
    AREA_IDS,
  );
  expect(problems).toEqual([]);

  // A second event's words are marked in the article (the first's overlap the claim's).
  await wb.select('its forces left the village on Tuesday');
  await wb.draftEventButton.click();
  await expect(wb.event(2).getByLabel('As printed')).toHaveValue('on Tuesday');
  await expect(wb.article.locator('mark[title="Event 2"]')).toHaveText(
    'its forces left the village on Tuesday',
  );

  // Removing the claim unlinks it from the event; removing an event takes it off the list.
  await claim.getByRole('button', { name: 'Remove claim 1' }).click();
  await expect(event.getByText('No claims of this report yet.')).toBeVisible();
  await event.getByRole('button', { name: 'Remove event 1' }).click();
  await expect(wb.events).toHaveCount(1);
  await expect(wb.article.locator('mark[title="Event 1"]')).toHaveText(
    'its forces left the village on Tuesday',
  );
});

test('a draft under the id of a published report says why it is not previewed', async ({
  page,
}) => {
  const wb = new WorkbenchPage(page);
  await openPasted(wb, 'north-korea-more-troops-to-russia', '2025-02-27');
  await wb.selectAndDraft('about 300 troops');
  await page.getByRole('checkbox', { name: /Preview on the dashboard/ }).check();
  await expect(page.getByRole('status', { name: 'Preview' })).toHaveText(
    /^Not previewed: 2025-02-27-north-korea-more-troops-to-russia is already a published report/,
  );
  // Another slug: the message changes to what is left to fix.
  await wb.meta('File name slug').fill('a-new-report');
  await expect(page.getByRole('status', { name: 'Preview' })).toHaveText(
    'Not previewed: no claim passes the checks yet.',
  );
});

test('the timeline has events through October 2025, those entered in the workbench included', async ({
  page,
}) => {
  const dashboard = new Dashboard(page);
  await dashboard.open();
  const dots = dashboard.timeline.root.getByRole('list', { name: 'Events' }).getByRole('button');
  const labels = await dots.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  const months = new Set(
    labels.flatMap(
      (label) =>
        /(\w+) (20\d\d)/
          .exec(label ?? '')
          ?.slice(1, 3)
          .join(' ') ?? [],
    ),
  );
  // Months with a dot after April 2025, when the six hand-made reports stop.
  for (const month of ['Jun 2025', 'Sept 2025', 'Oct 2025']) expect(months).toContain(month);
  expect(labels.at(-1)).toMatch(/^23 Oct 2025: .*memorial museum in Pyongyang/);
  await expect(dashboard.timeline.root).toContainText(/(\d+) of \1 events known by this date/);
});
