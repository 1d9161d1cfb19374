import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { parseCsv } from './pages/csv';
import { Dashboard } from './pages/Dashboard';

// Issue 3 (downloads) and DESIGN.md: the built site serves data/claims.csv and data/claims.json
// next to index.html, generated from the report files, with the contract's header.

const REQUIRED_HEADER = [
  'id',
  'report',
  'area',
  'metric',
  'low',
  'high',
  'unit',
  'qualifier',
  'as_of',
  'reported_on',
  'source',
  'via',
  'quote',
];

interface JsonClaim {
  id: string;
  area: string;
  metric: string;
  value: { low: number; high: number; unit: string; qualifier: string } | null;
  source: string[];
  sourceNames: string[];
  quote: string;
  report: string;
}

/** Fetches a file relative to the dashboard's index.html, as a reader's browser would. */
async function download(page: Page, relative: string) {
  const url = new URL(relative, page.url()).href;
  const response = await page.request.get(url);
  expect(response.status(), `${relative} is served`).toBe(200);
  return response;
}

async function openDownloads(page: Page) {
  await page.goto('./');
  const csvResponse = await download(page, 'data/claims.csv');
  const jsonResponse = await download(page, 'data/claims.json');
  const csvText = await csvResponse.text();
  const json = (await jsonResponse.json()) as { claims: JsonClaim[]; sources: { id: string }[] };
  return { csvResponse, csvText, json, ...parseCsv(csvText) };
}

test('data/claims.csv and data/claims.json are served beside index.html with the contract header', async ({
  page,
}) => {
  const { csvResponse, header, rows, json } = await openDownloads(page);
  expect(csvResponse.headers()['content-type'] ?? '').toMatch(/csv|text\/plain/);
  expect(header.slice(0, REQUIRED_HEADER.length)).toEqual(REQUIRED_HEADER);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.map((row) => row.id)).toEqual(json.claims.map((claim) => claim.id));
  expect(new Set(rows.map((row) => row.id)).size, 'ids are unique').toBe(rows.length);
});

test('CSV rows match the JSON claims field by field, with readable source names and ISO dates', async ({
  page,
}) => {
  const { rows, json } = await openDownloads(page);
  const sourceIds = new Set(json.sources.map((source) => source.id));
  const isoDate = /^\d{4}-\d{2}(-\d{2})?$/;
  for (const [index, claim] of json.claims.entries()) {
    const row = rows[index];
    expect(row, `row ${index}`).toBeDefined();
    if (!row) continue;
    expect(row.area, claim.id).toBe(claim.area);
    expect(row.metric, claim.id).toBe(claim.metric);
    expect(row.report, claim.id).toBe(claim.report);
    expect(row.quote, claim.id).toBe(claim.quote);
    expect(row.low, claim.id).toBe(claim.value ? String(claim.value.low) : '');
    expect(row.high, claim.id).toBe(claim.value ? String(claim.value.high) : '');
    expect(row.unit, claim.id).toBe(claim.value?.unit ?? '');
    expect(row.qualifier, claim.id).toBe(claim.value?.qualifier ?? '');
    if (claim.value) expect(Number(row.low), claim.id).toBeLessThanOrEqual(Number(row.high));
    // `source` holds readable names, not ids.
    for (const name of (row.source ?? '').split('; ')) {
      expect(sourceIds.has(name), `${claim.id}: source "${name}" is a name`).toBe(false);
    }
    expect(row.source, claim.id).toBe(claim.sourceNames.join('; '));
    // ISO 8601 dates or intervals: 2025-02-27, 2025-01, 2025-01-01/2025-02-27, ../2025-02-27.
    for (const key of ['as_of', 'reported_on'] as const) {
      const parts = (row[key] ?? '').split('/');
      for (const part of parts)
        expect(part === '..' || isoDate.test(part), `${claim.id} ${key}`).toBe(true);
    }
  }
});

test('the downloads hold the report’s figures with their qualifier, area and source', async ({
  page,
}) => {
  const { rows } = await openDownloads(page);
  const expected = [
    {
      metric: 'troops-present',
      qualifier: 'as many as',
      low: '12000',
      high: '12000',
      unit: 'troops',
      area: 'russia',
      source: /Ukraine.*United States/,
    },
    {
      metric: 'troops-additional',
      qualifier: 'more than',
      low: '1000',
      high: '1000',
      unit: 'troops',
      area: 'russia',
      source: /South Korean media/,
    },
    {
      metric: 'killed-or-wounded',
      qualifier: 'about',
      low: '4000',
      high: '4000',
      unit: 'people',
      area: 'russia',
      source: /Ukraine/,
    },
    {
      metric: 'troops-possible-further',
      qualifier: 'to',
      low: '20000',
      high: '25000',
      unit: 'troops',
      area: 'russia',
      source: /Zelenskyy/,
    },
    {
      // One claim carried by three reports; its value is as first printed (17 Jan).
      metric: 'casualties-per-day',
      qualifier: 'approximately',
      low: '92',
      high: '92',
      unit: 'casualties/day',
      area: 'russia',
      source: /Institute for the Study of War/,
    },
    {
      metric: 'share-of-force-lost',
      qualifier: 'up to',
      low: '50',
      high: '50',
      unit: '%',
      area: 'kursk',
      source: /Institute for the Study of War/,
    },
    {
      metric: 'casualty-rate',
      qualifier: 'possibly',
      low: '50',
      high: '50',
      unit: '%',
      area: 'russia',
      source: /Center for Strategic and International Studies|CSIS/,
    },
    {
      metric: 'time-to-wipe-out',
      qualifier: 'within',
      low: '3',
      high: '3',
      unit: 'months',
      area: 'russia',
      source: /think tank/,
    },
  ];
  for (const figure of expected) {
    const matches = rows.filter(
      (row) =>
        row.metric === figure.metric &&
        row.low === figure.low &&
        row.high === figure.high &&
        row.unit === figure.unit &&
        row.qualifier === figure.qualifier,
    );
    expect(matches, `${figure.qualifier} ${figure.low}–${figure.high} ${figure.unit}`).toHaveLength(
      1,
    );
    expect(matches[0]?.area).toBe(figure.area);
    expect(matches[0]?.source).toMatch(figure.source);
  }
  const rate = rows.find((row) => row.metric === 'casualties-per-day');
  expect(rate?.reports?.split('; ')).toHaveLength(3);
  // Statements without a figure are rows too, with empty low/high.
  const trapped = rows.find((row) => row.area === 'nikolske');
  expect(trapped?.low).toBe('');
  expect(trapped?.quote).toContain('Nikolske');
});

test('the downloads hold exactly the figures the dashboard’s overview table lists', async ({
  page,
}) => {
  const { rows } = await openDownloads(page);
  const dashboard = new Dashboard(page);
  await expect(dashboard.overview.table).toBeVisible();
  await expect(dashboard.overview.table).toHaveAccessibleName(
    `All reported figures and statements (${rows.length})`,
  );
  // The table renders only the rows in view (virtual rows) and says how many it has.
  await expect(dashboard.overview.table).toHaveAttribute('aria-rowcount', String(rows.length + 1));
  const rendered = await dashboard.overview.bodyRows().count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThanOrEqual(rows.length);
});
