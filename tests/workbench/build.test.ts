/**
 * The exported file, dropped into geodata/reports/ of a copy of the project, passes the
 * build's data step unchanged (scripts/vite/claims.ts, the same code `npm run build` runs and
 * that fails the build on invalid data) and its figures appear in the built downloads.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateClaimsFiles } from '../../scripts/vite/claims';
import { reportFileOf, reportIdOf } from '../../src/workbench/export';
import { loadPublished } from '../../src/workbench/published';
import { csvRecords } from '../data/csv';
import { seedDraft } from './seedDraft';

const ROOT = resolve(__dirname, '../..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the project's code and data (node_modules linked). */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'sitrep-workbench-build-'));
  copies.push(copy);
  for (const dir of ['src', 'geodata'])
    cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

function writeReport(copy: string, id: string, json: unknown): void {
  writeFileSync(join(copy, 'geodata/reports', `${id}.json`), `${JSON.stringify(json, null, 2)}\n`);
}

describe('an exported report in the build', () => {
  it('is accepted unchanged and its figures are in the built claims', async () => {
    const copy = projectCopy();
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

describe('sources in the build', () => {
  const SEED = 'geodata/reports/2025-02-27-north-korea-more-troops-to-russia.json';

  it('merges a new source an exported report defines, and lists it in the downloads', async () => {
    const copy = projectCopy();
    const draft = seedDraft();
    draft.sources = [
      {
        id: 'new-monitor',
        name: 'A new monitor (test)',
        shortName: 'Monitor',
        kind: 'media',
        country: 'KR',
        party: false,
        aliases: ['the monitor'],
      },
    ];
    draft.claims = draft.claims.map((c, i) => (i === 4 ? { ...c, source: ['new-monitor'] } : c));
    writeReport(copy, reportIdOf(draft), reportFileOf(draft, loadPublished().sources));

    const built = await generateClaimsFiles(copy);
    expect(built.problems).toEqual([]);
    const doc = JSON.parse(built.json) as { sources: { id: string; name: string }[] };
    expect(doc.sources).toContainEqual(
      expect.objectContaining({ id: 'new-monitor', name: 'A new monitor (test)' }),
    );
    const row = csvRecords(built.csv).find(
      (r) => r.report === reportIdOf(draft) && r.metric === 'casualties-per-day',
    );
    expect(row?.source).toBe('A new monitor (test)');
  }, 120_000);

  it('fails on an unknown source id, naming the report, the field, the id and what to do', async () => {
    const copy = projectCopy();
    const seed = JSON.parse(readFileSync(join(copy, SEED), 'utf8')) as {
      claims: { source: string[]; via: string[] }[];
    };
    at(seed.claims, 2).source = ['nobody-knows'];
    at(seed.claims, 3).via = ['kr-media', 'spelled-wrong'];
    writeFileSync(join(copy, SEED), JSON.stringify(seed));

    const built = await generateClaimsFiles(copy);
    const hint =
      'it is not in geodata/sources.json; add its definition there (or pick a source of the registry in the workbench, whose export defines a new one in "newSources")';
    expect(built.problems).toEqual([
      `${SEED}: claims[2] (c-2025-02-27-additional-troops-nis).source[0]: unknown source "nobody-knows": ${hint}`,
      expect.stringMatching(
        new RegExp(
          `^${SEED}: claims\\[3\\] \\(c-[a-z0-9-]+\\)\\.via\\[1\\]: unknown source "spelled-wrong": it is not in`,
        ),
      ),
    ]);
  }, 120_000);

  it('fails on a report in the old format, on a registry clash and on a broken registry', async () => {
    const copy = projectCopy();
    const seed = JSON.parse(readFileSync(join(copy, SEED), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(copy, SEED), JSON.stringify({ ...seed, sources: [] }));
    const registry = JSON.parse(readFileSync(join(copy, 'geodata/sources.json'), 'utf8')) as {
      sources: { id: string; name: string }[];
    };
    registry.sources.push({ ...at(registry.sources, 0), name: 'A second definition' });
    writeFileSync(join(copy, 'geodata/sources.json'), JSON.stringify(registry));
    const clash = 'geodata/reports/2025-01-17-isw-all-may-be-lost.json';
    const isw = JSON.parse(readFileSync(join(copy, clash), 'utf8')) as Record<string, unknown>;
    writeFileSync(
      join(copy, clash),
      JSON.stringify({
        ...isw,
        newSources: [
          {
            id: 'isw',
            name: 'ISW',
            shortName: 'ISW',
            kind: 'think-tank',
            country: 'US',
            party: false,
          },
        ],
      }),
    );

    const built = await generateClaimsFiles(copy);
    // After these, the other reports' carries of the skipped seed's claims fail too.
    expect(
      built.problems.slice(3).every((p) => /carries\[\d+\]\.claim: unknown claim/.test(p)),
    ).toBe(true);
    expect(built.problems.slice(0, 3)).toEqual([
      `geodata/sources.json: sources[${registry.sources.length - 1}].id: duplicate source id "${at(registry.sources, 0).id}"`,
      `${clash}: newSources[0] (isw): already defined in geodata/sources.json; remove it here and refer to it by id`,
      `${SEED}: sources: report files no longer define their sources; refer to ids of geodata/sources.json and put definitions of sources it lacks there (or in "newSources")`,
    ]);
  }, 120_000);
});
