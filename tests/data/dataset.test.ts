import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildAsOfIndex,
  claimsAsOf,
  claimsForArea,
  headlineFigures,
  latestDate,
} from '../../src/data/dataset';
import type { Claim } from '../../src/data/schema';
import { metricInfo } from '../../src/data/metrics';
import { datasetOf, readReportFiles } from './helpers';

const real = readReportFiles();
const fixture = readReportFiles('tests/fixtures/reports');

describe('adding a report is adding a file', () => {
  const merged = datasetOf([...real, ...fixture]);
  const alone = datasetOf(real);

  it('merges a second report with no problems and nothing overwritten', () => {
    expect(merged.problems).toEqual([]);
    expect(merged.reports).toHaveLength(alone.reports.length + 1);
    expect(merged.claims).toHaveLength(alone.claims.length + 2);
    for (const claim of alone.claims) {
      expect(merged.claims.find((other) => other.id === claim.id)).toEqual(claim);
    }
    expect(merged.sources.size).toBe(alone.sources.size + 2); // kr-nis is shared
  });

  it('keeps figures for the same area and metric from different sources side by side', () => {
    const [group] = headlineFigures(merged, 'russia').filter((g) => g.metric === 'troops-present');
    expect(group?.claims.map((claim) => [claim.value?.low, claim.source, claim.report])).toEqual([
      [11000, ['kr-nis'], '2025-03-05-fixture-fictional-follow-up'],
      [12000, ['ua-gov', 'us-gov'], '2025-02-27-north-korea-more-troops-to-russia'],
    ]);
  });

  it('moves the latest date to a new report only when it is newer', () => {
    const newest = alone.reports
      .map((report) => report.published)
      .sort()
      .at(-1);
    expect(latestDate(alone)).toBe(newest);
    expect(latestDate(merged)).toBe(newest);
    const upToFeb = real.filter((file) => file.name < 'geodata/reports/2025-03');
    expect(latestDate(datasetOf(upToFeb))).toBe('2025-02-27');
    expect(latestDate(datasetOf([...upToFeb, ...fixture]))).toBe('2025-03-05');
  });
});

describe('indexes', () => {
  const ds = datasetOf(real);

  it('gives an area its own claims and its ancestors as context', () => {
    const nikolske = claimsForArea(ds, 'nikolske');
    expect(nikolske.own.map((claim) => claim.metric)).toEqual(['trapped-contingent']);
    const contextAreas = new Set(nikolske.context.map((claim) => claim.area));
    expect([...contextAreas]).toEqual(['donetsk']); // ukraine has no claims of its own
    expect(claimsForArea(ds, 'russia').context).toEqual([]);
  });

  it('shows as of a date only what had certainly been reported by then', () => {
    const dates = ['2024-10-22', '2024-10-23', '2024-12-18', '2025-01-13', '2025-01-30'];
    for (const asOf of [...dates, '2025-01-31', '2025-02-27', '2025-06-26', '2025-09-02']) {
      const expected = ds.claims.filter((claim) => claim.reportedOn.end <= asOf).map((c) => c.id);
      const found = claimsAsOf(ds.asOfIndex, asOf).map((claim) => claim.id);
      expect(found.sort()).toEqual(expected.sort());
    }
    // Said "in January" (month precision) appears on 31 January, not before.
    const jan = claimsAsOf(ds.asOfIndex, '2025-01-31').map((claim) => claim.id);
    expect(jan).toContain('c-2025-02-27-time-to-wipe-out');
    expect(claimsAsOf(ds.asOfIndex, '2025-01-30').map((c) => c.id)).not.toContain(
      'c-2025-02-27-time-to-wipe-out',
    );
    // Nothing before the first report (23 October 2024), everything by the latest.
    const ends = ds.claims.map((claim) => claim.reportedOn.end).sort();
    expect(claimsAsOf(ds.asOfIndex, '2024-10-22')).toEqual([]);
    expect(claimsAsOf(ds.asOfIndex, ends.at(-1) ?? '')).toHaveLength(ds.claims.length);
    expect(claimsAsOf(ds.asOfIndex, '2025-04-30').length).toBeLessThan(ds.claims.length);
  });

  it('claimsAsOf agrees with a linear filter for any dates', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((n) => `2025-01-${String((n % 28) + 1).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), day, (dates, asOf) => {
        const claims = dates.map(
          (end, i) =>
            ({
              id: `c${i}`,
              reportedOn: { start: end, end, precision: 'day', asPrinted: '' },
            }) as Claim,
        );
        const found = claimsAsOf(buildAsOfIndex(claims), asOf)
          .map((claim) => claim.id)
          .sort();
        const expected = claims
          .filter((c) => c.reportedOn.end <= asOf)
          .map((c) => c.id)
          .sort();
        expect(found).toEqual(expected);
      }),
    );
  });

  it('groups headline figures by metric in metric order, statements left out', () => {
    const kursk = headlineFigures(ds, 'kursk', { withContext: true });
    const orders = kursk.map((group) => metricInfo(group.metric).order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const withValue = (area: string) =>
      new Set(ds.claims.filter((c) => c.value && c.area === area).map((c) => c.metric));
    expect(new Set(kursk.map((group) => group.metric))).toEqual(
      new Set([...withValue('kursk'), ...withValue('russia')]),
    );
    expect(kursk.map((group) => group.metric)).not.toContain('combat-pause');
    expect(new Set(headlineFigures(ds, 'kursk').map((group) => group.metric))).toEqual(
      withValue('kursk'),
    );
    // As of 31 January 2025: the NIS's October 2024 figures and ISW's rate, nothing later.
    expect(headlineFigures(ds, 'russia', { asOf: '2025-01-31' }).map((g) => g.metric)).toEqual([
      'troops-sent',
      'troops-sent-expected',
      'troops-additional',
      'casualties-per-day',
      'time-to-wipe-out',
    ]);
  });
});
