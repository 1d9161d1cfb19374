/**
 * The build's downloads (dist/data/claims.csv and claims.json) come from the plugin's
 * generator: run it and compare its rows with the report files read straight from disk.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateClaimsFiles } from '../../scripts/vite/claims';
import { readReportFiles as readPluginReportFiles } from '../../scripts/vite/reportFiles';
import { bundledReportFiles } from '../../src/data/reports';
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

describe('report files read by the build plugins', () => {
  it('are the files the app bundles, in the same order with the same names and JSON', async () => {
    expect(await readPluginReportFiles(ROOT)).toEqual(bundledReportFiles());
  });

  it('name a file that is not JSON, and skip names that are not dated reports', async () => {
    const root = mkdtempSync(path.join(ROOT, '.cache', 'report-files-'));
    try {
      mkdirSync(path.join(root, 'geodata', 'reports'), { recursive: true });
      const reports = path.join(root, 'geodata', 'reports');
      writeFileSync(path.join(reports, 'notes.json'), '{');
      writeFileSync(path.join(reports, '2025-01-02-b.json'), '{"b": 1}');
      writeFileSync(path.join(reports, '2025-01-01-a.json'), '{"a": 1}');
      expect(await readPluginReportFiles(root)).toEqual([
        { name: 'geodata/reports/2025-01-01-a.json', json: { a: 1 } },
        { name: 'geodata/reports/2025-01-02-b.json', json: { b: 1 } },
      ]);
      writeFileSync(path.join(reports, '2025-01-03-c.json'), '{"c": ');
      await expect(readPluginReportFiles(root)).rejects.toThrow(
        /geodata\/reports\/2025-01-03-c\.json: not valid JSON/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('are not loaded through Vite by either plugin (that took a minute at 10,000 reports)', () => {
    // The module runner transformed every report file into a module: 62 s at 10,000 reports,
    // once for the claims and once for the static frame. The plugins' entries load the
    // dataset code without the bundled files (src/data/fileDataset.ts).
    for (const plugin of ['scripts/vite/claims.ts', 'scripts/vite/staticFrame.ts']) {
      const source = readFileSync(path.join(ROOT, plugin), 'utf8');
      expect(source, plugin).not.toMatch(/bundledDataset|\/src\/data\/reports\.ts/);
      expect(source, plugin).toMatch(/datasetFromFiles\(await readReportFiles\(root\)/);
    }
  });
});
