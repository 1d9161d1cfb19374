/**
 * The exported file, dropped into geodata/reports/ of a copy of the project, passes the
 * build's data step unchanged (scripts/vite/claims.ts, the same code `npm run build` runs and
 * that fails the build on invalid data) and its figures appear in the built downloads.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateClaimsFiles } from '../../scripts/vite/claims';
import { reportFileOf, reportIdOf } from '../../src/workbench/export';
import { loadPublished } from '../../src/workbench/published';
import { csvRecords } from '../data/csv';
import { seedDraft } from './seedDraft';

const ROOT = resolve(__dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'sitrep-workbench-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('an exported report in the build', () => {
  it('is accepted unchanged and its figures are in the built claims', async () => {
    for (const dir of ['src', 'geodata'])
      cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const draft = seedDraft();
    const file = reportFileOf(draft, loadPublished().sources);
    writeFileSync(
      join(copy, 'geodata/reports', `${reportIdOf(draft)}.json`),
      `${JSON.stringify(file, null, 2)}\n`,
    );

    const built = await generateClaimsFiles(copy);
    expect(built.problems).toEqual([]);
    const rows = csvRecords(built.csv).filter((r) => r.report === '2025-02-27-workbench-seed');
    expect(rows.map((r) => [r.metric, r.low, r.high, r.qualifier, r.quote])).toEqual([
      ['troops-present', '12000', '12000', 'as many as', 'As many as 12,000'],
      ['troops-additional', '1000', '1000', 'more than', 'more than 1,000'],
      ['killed-or-wounded', '4000', '4000', 'about', 'about 4,000'],
      ['troops-possible-further', '20000', '25000', 'to', '20,000 to 25,000'],
      ['casualties-per-day', '92', '92', 'about', 'about 92 casualties a day'],
      ['share-of-force-lost', '50', '50', 'up to', 'up to half'],
    ]);
  }, 120_000);
});
