/**
 * The build's downloads (dist/data/claims.csv and claims.json) come from the plugin's
 * generator: run it and compare its rows with the report files read straight from disk.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

describe('claims build plugin: the geodata the app reads unchecked', () => {
  it('fails the build on a broken area, naming file and field', async () => {
    // A copy of the project's sources and data with one area broken (under the project, so
    // node_modules resolve as for the real build).
    mkdirSync(path.join(ROOT, '.cache'), { recursive: true }); // absent on a fresh clone
    const root = mkdtempSync(path.join(ROOT, '.cache', 'claims-plugin-'));
    try {
      cpSync(path.join(ROOT, 'src'), path.join(root, 'src'), { recursive: true });
      cpSync(path.join(ROOT, 'geodata'), path.join(root, 'geodata'), { recursive: true });
      const file = path.join(root, 'geodata', 'areas.json');
      const areas = JSON.parse(readFileSync(file, 'utf8')) as {
        areas: { id: string; country: string }[];
      };
      const kursk = areas.areas.find((area) => area.id === 'kursk');
      if (!kursk) throw new Error('no kursk area');
      kursk.country = 'Russia';
      writeFileSync(file, JSON.stringify(areas));
      const files = await generateClaimsFiles(root);
      expect(files.problems).toContainEqual(
        expect.stringMatching(/^geodata\/areas\.json: areas\.\d+\.country: must be ISO 3166-1/),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
