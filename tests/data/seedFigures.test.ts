/**
 * Acceptance: every figure and statement issue 3 lists, read through loadDataset (the same
 * code and files the app uses), with its value, qualifier, area and sources.
 */
import { describe, expect, it } from 'vitest';
import { claimsForArea } from '../../src/data/dataset';
import { loadDataset } from '../../src/data/bundledDataset';
import type { Claim } from '../../src/data/schema';
import { readBasemap } from './helpers';

const ds = loadDataset(readBasemap());
const SEED = '2025-02-27-north-korea-more-troops-to-russia';
/** The claims the seed report carries: its own and those first carried by earlier reports. */
const seedClaims = ds.claims.filter((claim) =>
  ds.carriedBy.get(claim.id)?.some((carrier) => carrier.report === SEED),
);

function find(metric: string, area: string, source: string): Claim[] {
  return seedClaims.filter(
    (claim) => claim.metric === metric && claim.area === area && claim.source.includes(source),
  );
}

const FIGURES = [
  // metric, area, sources, low, high, unit, qualifier
  ['troops-present', 'russia', ['ua-gov', 'us-gov'], 12000, 12000, 'troops', 'as many as'],
  ['troops-additional', 'russia', ['kr-military-sources'], 1000, 1000, 'troops', 'more than'],
  ['killed-or-wounded', 'russia', ['ua-gov'], 4000, 4000, 'people', 'about'],
  ['troops-possible-further', 'russia', ['ua-zelenskyy'], 20000, 25000, 'troops', 'to'],
  // First carried on 17 January as "approximately 92"; the seed repeats it as "about 92".
  ['casualties-per-day', 'russia', ['isw'], 92, 92, 'casualties/day', 'approximately'],
  ['share-of-force-lost', 'kursk', ['isw'], 50, 50, '%', 'up to'],
  ['casualty-rate', 'russia', ['csis-jones'], 50, 50, '%', 'possibly'],
  ['time-to-wipe-out', 'russia', ['dc-think-tank'], 3, 3, 'months', 'within'],
] as const;

const STATEMENTS = [
  // metric, area, source
  ['troops-additional', 'russia', 'kr-nis'],
  ['casualties-reported', 'donetsk', 'ua-officials'],
  ['trapped-contingent', 'nikolske', 'ua-military-sources'],
  ['redeployment', 'kursk', 'kr-nis'],
  ['combat-pause', 'kursk', 'kr-nis'],
  ['incursion', 'kursk', 'outlet-2025-02-27-nk-troops'],
  ['deployment-preparation', 'north-korea', 'kr-jcs'],
] as const;

describe('seed report as data', () => {
  it('loads with no problems', () => {
    expect(ds.problems).toEqual([]);
    expect(ds.reports.find((report) => report.id === SEED)).toMatchObject({
      published: '2025-02-27',
      dateline: 'Taipei, Taiwan',
    });
  });

  it("carries ISW's daily rate with its own words, as one claim", () => {
    const carriers = ds.carriedBy.get('c-2025-02-27-casualties-per-day') ?? [];
    expect(carriers.find((carrier) => carrier.report === SEED)?.quote).toBe(
      'about 92 casualties a day',
    );
    expect(ds.claims.filter((claim) => claim.metric === 'casualties-per-day')).toHaveLength(1);
  });

  it.each(FIGURES)('%s in %s from %j', (metric, area, sources, low, high, unit, qualifier) => {
    const matches = find(metric, area, sources[0]);
    expect(matches).toHaveLength(1);
    const [claim] = matches;
    expect(claim?.source).toEqual(sources);
    expect(claim?.value).toEqual({ low, high, unit, qualifier });
  });

  it.each(STATEMENTS)('statement %s in %s from %s', (metric, area, source) => {
    const matches = find(metric, area, source).filter((claim) => claim.value === null);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.statement).toBeTruthy();
  });

  it('records date precision honestly', () => {
    const byMetric = (metric: string) => seedClaims.find((claim) => claim.metric === metric);
    expect(byMetric('killed-or-wounded')?.reportedOn).toMatchObject({
      start: null,
      end: '2025-02-27',
      precision: 'before',
    });
    expect(byMetric('time-to-wipe-out')?.reportedOn).toMatchObject({
      start: '2025-01-01',
      end: '2025-01-31',
      precision: 'month',
    });
    expect(byMetric('redeployment')?.refersTo).toMatchObject({
      start: '2025-02-01',
      end: '2025-02-07',
      precision: 'week',
    });
    expect(byMetric('incursion')?.refersTo).toMatchObject({
      start: '2024-08-01',
      end: '2024-08-31',
    });
  });

  it('carries military sources through media to the outlet', () => {
    const [claim] = find('troops-additional', 'russia', 'kr-military-sources');
    expect(claim?.via).toEqual(['kr-media', 'outlet-2025-02-27-nk-troops']);
    const [trapped] = find('trapped-contingent', 'nikolske', 'ua-military-sources');
    expect(trapped?.via).toEqual(['euromaidan-press', 'outlet-2025-02-27-nk-troops']);
  });

  it('shows whole-deployment figures as context in the Kursk panel', () => {
    const { own, context } = claimsForArea(ds, 'kursk');
    expect(own.map((claim) => claim.metric)).toContain('share-of-force-lost');
    expect(context.map((claim) => claim.value?.low)).toContain(12000);
    expect(context.every((claim) => claim.area === 'russia')).toBe(true);
  });

  it('grades every claim with a reason', () => {
    for (const claim of ds.claims) {
      expect(claim.grade.source).toMatch(/^[A-F]$/);
      expect(claim.grade.info).toMatch(/^[1-6]$/);
      expect(claim.grade.reason.length).toBeGreaterThan(10);
    }
  });

  it('dates every event no later than the report', () => {
    const events = ds.events.filter((event) => event.report === SEED);
    expect(events.length).toBeGreaterThanOrEqual(8);
    for (const event of events) expect(event.date.end <= '2025-02-27').toBe(true);
    for (const event of ds.events) {
      expect(event.date.end <= (ds.reportsById.get(event.report)?.published ?? '')).toBe(true);
    }
  });
});
