/**
 * The build's downloads (dist/data/claims.csv and claims.json) come from the plugin's
 * generator: run it and compare its rows with the report files read straight from disk.
 */
import { describe, expect, it } from 'vitest';
import { generateClaimsFiles } from '../../scripts/vite/claims';
import { csvRecords } from './csv';
import { ROOT, readReportFiles } from './helpers';

interface RawClaim {
  id: string;
  area: string;
  metric: string;
  quote: string;
  value: { low: number; high: number; qualifier: string } | null;
}

const raw = readReportFiles().flatMap((file) => {
  const json = file.json as { report: { id: string }; claims: RawClaim[] };
  return json.claims.map((claim) => ({ ...claim, report: json.report.id }));
});

describe('claims build plugin', () => {
  it('generates rows that match the report files', async () => {
    const files = await generateClaimsFiles(ROOT);
    expect(files.problems).toEqual([]);
    const records = csvRecords(files.csv);
    expect(records).toHaveLength(raw.length);
    for (const claim of raw) {
      const record = records.find((r) => r.id === claim.id);
      expect(record, claim.id).toMatchObject({
        report: claim.report,
        area: claim.area,
        metric: claim.metric,
        quote: claim.quote,
        low: claim.value ? String(claim.value.low) : '',
        high: claim.value ? String(claim.value.high) : '',
        qualifier: claim.value?.qualifier ?? '',
      });
    }
    const json = JSON.parse(files.json) as { claims: { id: string }[] };
    expect(json.claims.map((claim) => claim.id).sort()).toEqual(raw.map((c) => c.id).sort());
  });
});
