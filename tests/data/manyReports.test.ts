/**
 * Many reports, one picture: the six report files load together, reuse sources by id, keep a
 * repeated claim as one claim carried by several reports, and give the derived sums of parts
 * (killed + wounded) from one source on one date.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { relationSums } from '../../src/data/sums';
import { readBasemap, readReportFiles } from './helpers';

const ds = loadDataset(readBasemap());
const files = readReportFiles();

describe('six reports', () => {
  it('load with no problems, each naming the text it was transcribed from', () => {
    expect(ds.problems).toEqual([]);
    expect(ds.reports).toHaveLength(files.length);
    expect(ds.reports.length).toBeGreaterThanOrEqual(6);
    for (const report of ds.reports)
      expect(report.text).toMatch(/^\.\.\/shared\/(seeds|sources)\//);
  });

  it('reuse one source id for one body across files (the NIS is one source)', () => {
    const nisReports = new Set(
      ds.claims.filter((claim) => claim.source.includes('kr-nis')).map((claim) => claim.report),
    );
    expect(nisReports.size).toBeGreaterThanOrEqual(3);
    const nisLike = [...ds.sources.values()].filter((source) =>
      /National Intelligence/.test(source.name),
    );
    expect(nisLike.map((source) => source.id)).toEqual(['kr-nis']);
  });

  it('keep a claim repeated by three reports as one claim with the three reports', () => {
    const rate = ds.claims.filter((claim) => claim.metric === 'casualties-per-day');
    expect(rate).toHaveLength(1);
    const carriers = ds.carriedBy.get(rate[0]?.id ?? '') ?? [];
    expect(carriers.map((carrier) => carrier.report)).toEqual([
      '2025-01-17-isw-all-may-be-lost',
      '2025-01-23-about-a-thousand-killed',
      '2025-02-27-north-korea-more-troops-to-russia',
    ]);
    expect(carriers.map((carrier) => carrier.first)).toEqual([true, false, false]);
    expect(new Set(carriers.map((carrier) => carrier.quote)).size).toBe(3);
  });

  it("keep the NIS's 13 January figures as one claim each, carried by two reports", () => {
    for (const id of ['c-2025-01-13-nis-kursk-killed', 'c-2025-01-13-nis-kursk-wounded']) {
      expect(ds.claims.filter((claim) => claim.id === id)).toHaveLength(1);
      expect(ds.carriedBy.get(id)?.map((carrier) => carrier.report)).toEqual([
        '2025-01-17-isw-all-may-be-lost',
        '2025-04-30-nis-4700-casualties',
      ]);
    }
    const killed300 = ds.claims.filter((c) => c.metric === 'killed' && c.value?.low === 300);
    expect(killed300).toHaveLength(1);
  });

  it('derive killed + wounded sums from one source on one date, with their inputs', () => {
    const sums = relationSums(ds.claims, ds.vocabulary);
    const byParts = (id: string) => sums.find((sum) => sum.claimIds.includes(id));
    expect(byParts('c-2025-01-13-nis-kursk-killed')).toMatchObject({
      metric: 'killed-or-wounded',
      value: 3000,
      qualifier: '',
      derived: true,
      claimIds: ['c-2025-01-13-nis-kursk-killed', 'c-2025-01-13-nis-kursk-wounded'],
    });
    expect(byParts('c-2024-12-19-nis-kursk-killed')).toMatchObject({
      value: 1100,
      qualifier: 'at least',
    });
    // Ukraine's General Staff: its own parts add up to 61,400 beside its reported 62,400.
    expect(byParts('c-2025-04-26-general-staff-ru-killed')).toMatchObject({
      metric: 'ru-killed-or-wounded',
      value: 61400,
    });
    // Killed (600) and killed-or-wounded (4,700) of 30 April are not parts of one sum.
    expect(byParts('c-2025-04-30-nis-killed')).toBeUndefined();
    // Western officials' killed (about 1,000) has no wounded figure beside it.
    expect(byParts('c-2025-01-western-officials-kursk-killed')).toBeUndefined();
  });
});
