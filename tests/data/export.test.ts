import { describe, expect, it } from 'vitest';
import {
  claimsDocument,
  claimsToCsv,
  claimsToJson,
  csvCell,
  defuseFormula,
} from '../../src/data/export';
import type { Claim } from '../../src/data/schema';
import { csvRecords, parseCsv } from './csv';
import { datasetOf, readReportFiles } from './helpers';

const ds = datasetOf(readReportFiles());

describe('CSV export', () => {
  it('starts with the header of the download contract', () => {
    const csv = claimsToCsv(ds, ds.claims);
    expect(
      csv.startsWith(
        'id,report,area,metric,low,high,unit,qualifier,as_of,reported_on,source,via,quote,',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips every claim through an RFC 4180 reader', () => {
    const records = csvRecords(claimsToCsv(ds, ds.claims));
    expect(records.map((r) => r.id)).toEqual(ds.claims.map((claim) => claim.id));
    for (const [i, claim] of ds.claims.entries()) {
      const record = records[i];
      expect(record?.quote).toBe(claim.quote);
      expect(record?.low).toBe(claim.value ? String(claim.value.low) : '');
      expect(record?.qualifier).toBe(claim.value?.qualifier ?? '');
    }
  });

  it('writes readable names and ISO 8601 dates', () => {
    const records = csvRecords(claimsToCsv(ds, ds.claims));
    const troops = records.find((r) => r.id === 'c-2025-02-27-troops-in-russia');
    expect(troops?.source).toBe('Government of Ukraine; Government of the United States');
    expect(troops?.as_of).toBe('../2025-02-27');
    const wipe = records.find((r) => r.id === 'c-2025-02-27-time-to-wipe-out');
    expect(wipe?.reported_on).toBe('2025-01');
    const redeploy = records.find((r) => r.id === 'c-2025-02-27-kursk-redeployment');
    expect(redeploy?.as_of).toBe('2025-02-01/2025-02-07');
    expect(redeploy?.low).toBe('');
  });

  it('defuses spreadsheet formulas in text but not numbers', () => {
    expect(defuseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(defuseFormula('+1')).toBe("'+1");
    expect(defuseFormula('-1')).toBe("'-1");
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('about 4,000')).toBe('about 4,000');
    const [claim] = ds.claims;
    const hostile = {
      ...(claim as Claim),
      note: '=cmd|calc',
      quote: 'a "quoted", line\nbreak',
    } as Claim;
    const [, row] = parseCsv(claimsToCsv(ds, [hostile]));
    const header = parseCsv(claimsToCsv(ds, []))[0] ?? [];
    expect(row?.[header.indexOf('note')]).toBe("'=cmd|calc");
    expect(row?.[header.indexOf('quote')]).toBe('a "quoted", line\nbreak');
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});

describe('JSON export', () => {
  it('holds the claims with readable names and only the sources and reports they use', () => {
    const some = ds.claims
      .filter((claim) => claim.report === '2025-02-27-north-korea-more-troops-to-russia')
      .slice(0, 2);
    const doc = claimsDocument(ds, some);
    expect(doc.claims.map((claim) => claim.id)).toEqual(some.map((claim) => claim.id));
    expect(doc.claims[0]?.sourceNames).toEqual([
      'Government of Ukraine',
      'Government of the United States',
    ]);
    const used = new Set(some.flatMap((claim) => [...claim.source, ...claim.via]));
    expect(doc.sources.map((source) => source.id).sort()).toEqual([...used].sort());
    expect(JSON.parse(claimsToJson(ds, some))).toEqual(doc);
  });
});

describe('claims carried by several reports', () => {
  const id = 'c-2025-02-27-casualties-per-day';
  it('CSV: one row per claim, its reports column lists every report that carried it', () => {
    const records = csvRecords(claimsToCsv(ds, ds.claims));
    expect(records.filter((r) => r.id === id)).toHaveLength(1);
    expect(records.find((r) => r.id === id)?.reports).toBe(
      '2025-01-17-isw-all-may-be-lost; 2025-01-23-about-a-thousand-killed; ' +
        '2025-02-27-north-korea-more-troops-to-russia',
    );
    const own = records.find((r) => r.id === 'c-2025-02-27-kursk-share-lost');
    expect(own?.reports).toBe('2025-02-27-north-korea-more-troops-to-russia');
    expect(records.length).toBe(ds.claims.length);
    expect(new Set(records.flatMap((r) => r.reports?.split('; ') ?? []))).toEqual(
      new Set(ds.reports.map((report) => report.id)),
    );
  });

  it('JSON: carriedBy gives each report with its own words, and every such report is listed', () => {
    const claim = ds.claims.find((c) => c.id === id);
    if (!claim) throw new Error('claim missing');
    const doc = claimsDocument(ds, [claim]);
    expect(doc.claims[0]?.carriedBy).toEqual([
      { report: '2025-01-17-isw-all-may-be-lost', quote: 'approximately 92 casualties per day' },
      { report: '2025-01-23-about-a-thousand-killed', quote: 'about 92 soldiers' },
      {
        report: '2025-02-27-north-korea-more-troops-to-russia',
        quote: 'about 92 casualties a day',
      },
    ]);
    expect(doc.reports.map((report) => report.id)).toEqual([
      '2025-01-17-isw-all-may-be-lost',
      '2025-01-23-about-a-thousand-killed',
      '2025-02-27-north-korea-more-troops-to-russia',
    ]);
  });
});
