import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/buildDataset';
import { loadAreas } from '../../src/data/geodata';
import { bundledReportFiles } from '../../src/data/reports';
import {
  draftFromReportFile,
  outletIdOf,
  reportFileOf,
  reportIdOf,
  slugify,
  validateDraft,
} from '../../src/workbench/export';
import type { Problem } from '../../src/data/problem';
import type { DraftClaim } from '../../src/workbench/draft';
import { groupProblems } from '../../src/workbench/problems';
import { loadPublished } from '../../src/workbench/published';
import { seedDraft } from './seedDraft';

describe('export of a workbench draft', () => {
  const published = loadPublished();

  it('drafts the six seed figures from their words', () => {
    const draft = seedDraft();
    expect(
      draft.claims.map((c) => [c.metric, c.low, c.high, c.unit, c.qualifier, c.quote]),
    ).toEqual([
      ['troops-present', '12000', '12000', 'troops', 'as many as', 'As many as 12,000'],
      ['troops-additional', '1000', '1000', 'troops', 'more than', 'more than 1,000'],
      ['killed-or-wounded', '4000', '4000', 'people', 'about', 'about 4,000'],
      ['troops-possible-further', '20000', '25000', 'troops', 'to', '20,000 to 25,000'],
      ['casualties-per-day', '92', '92', 'casualties/day', 'about', 'about 92 casualties a day'],
      ['share-of-force-lost', '50', '50', '%', 'up to', 'up to half'],
    ]);
    expect(draft.claims[4]?.source).toEqual(['isw']);
    expect(draft.claims[4]?.refersTo).toEqual({
      start: '2024-12-01',
      end: '2025-02-27',
      precision: 'period',
      asPrinted: 'since early December 2024',
    });
  });

  it('exports a file the build accepts unchanged, and the build shows its figures', () => {
    const draft = seedDraft();
    expect(validateDraft(draft, published)).toEqual([]);
    const json = reportFileOf(draft, published.sources);
    const name = `geodata/reports/${reportIdOf(draft)}.json`;
    const ds = buildDataset([...bundledReportFiles(), { name, json }], loadAreas());
    expect(ds.problems).toEqual([]);
    const mine = ds.claims.filter((c) => c.report === '2025-02-27-workbench-seed');
    expect(mine.map((c) => [c.area, c.metric, c.value?.low, c.value?.high])).toEqual([
      ['russia', 'troops-present', 12000, 12000],
      ['russia', 'troops-additional', 1000, 1000],
      ['russia', 'killed-or-wounded', 4000, 4000],
      ['russia', 'troops-possible-further', 20000, 25000],
      ['russia', 'casualties-per-day', 92, 92],
      ['kursk', 'share-of-force-lost', 50, 50],
    ]);
  });

  it('defines only new sources (its outlet, one a claim names) and refers to the registry by id', () => {
    const draft = seedDraft();
    draft.sources = [
      {
        id: 'new-monitor',
        name: 'A new monitor',
        shortName: 'Monitor',
        kind: 'media',
        country: 'kr',
        party: false,
        aliases: ['the monitor', ' '],
        note: 'A monitor we had not met before.',
      },
      {
        id: 'unused-source',
        name: 'Unused',
        shortName: 'Unused',
        kind: 'media',
        country: '',
        party: false,
      },
    ];
    draft.claims = draft.claims.map((c, i) => (i === 4 ? { ...c, source: ['new-monitor'] } : c));
    expect(validateDraft(draft, published)).toEqual([]);
    const file = reportFileOf(draft, published.sources) as {
      sources?: unknown;
      newSources: { id: string; country: string | null; aliases: string[]; note?: string }[];
      claims: { source: string[] }[];
    };
    expect(file.sources).toBeUndefined();
    expect(file.newSources.map((s) => s.id)).toEqual([outletIdOf(draft), 'new-monitor']);
    expect(file.newSources[1]).toMatchObject({
      country: 'KR',
      aliases: ['the monitor'],
      note: 'A monitor we had not met before.',
    });
    // The registry's sources the claims name are ids in the claims, never copied.
    const named = new Set(file.claims.flatMap((c) => c.source));
    expect(named.has('ua-zelenskyy')).toBe(true);
    expect(published.sources.has('ua-zelenskyy')).toBe(true);
  });

  it('re-opens a file exported before the registry, which defined its sources', () => {
    const draft = seedDraft();
    draft.sources = [
      {
        id: 'new-monitor',
        name: 'A new monitor',
        shortName: 'Monitor',
        kind: 'media',
        country: '',
        party: false,
      },
    ];
    draft.claims = draft.claims.map((c, i) => (i === 4 ? { ...c, source: ['new-monitor'] } : c));
    const current = reportFileOf(draft, published.sources) as { newSources: unknown[] };
    const { newSources, ...rest } = current;
    const old = { ...rest, sources: [...newSources, published.sources.get('ua-gov')] };
    const reopened = draftFromReportFile(old, published.sources);
    if (!('draft' in reopened)) throw new Error(reopened.error);
    expect(reopened.draft.sources.map((s) => s.id)).toEqual(['new-monitor']);
    expect(reportFileOf(reopened.draft, published.sources)).toEqual(current);
  });

  it('refuses a new source whose id the registry already has', () => {
    const draft = seedDraft();
    draft.sources = [
      {
        id: 'kr-nis',
        name: 'Another NIS',
        shortName: 'NIS',
        kind: 'government',
        country: 'KR',
        party: false,
      },
    ];
    draft.claims = draft.claims.map((c, i) => (i === 4 ? { ...c, source: ['kr-nis'] } : c));
    const problems = validateDraft(draft, published).map((p) => p.message);
    expect(problems).toEqual([
      expect.stringMatching(
        /^newSources\[1\] \(kr-nis\)\.id: "kr-nis" is already a known source; pick it from the registry/,
      ),
    ]);
  });

  it('never puts the article text in the file', () => {
    const json = JSON.stringify(reportFileOf(seedDraft(), published.sources));
    expect(json).not.toContain('Possible mass surrender');
    expect(json).not.toContain('Seoul’s spy agency said');
  });

  it('names the field of each problem, live', () => {
    const draft = seedDraft();
    const broken = {
      ...draft,
      claims: draft.claims.map((c, i) => (i === 1 ? { ...c, area: '', gradeReason: '' } : c)),
    };
    const messages = validateDraft(broken, published).map((p) => p.message);
    expect(messages).toContain(
      'claims[1] (c-2025-02-27-workbench-seed-2).area: must be lower-case letters, digits and hyphens',
    );
    expect(
      messages.some((m) => m.startsWith('claims[1] (c-2025-02-27-workbench-seed-2).grade.reason')),
    ).toBe(true);
  });

  it('locates each problem by claim index, field and code, not by its wording', () => {
    const draft = seedDraft();
    // Eleven claims, so that indexes 1 and 10 are both in play.
    const eleven = (change: (c: DraftClaim, i: number) => DraftClaim) => ({
      ...draft,
      claims: [...draft.claims, ...draft.claims].slice(0, 11).map(change),
    });
    const where = (problems: Problem[]) =>
      problems.map(({ claim, field, code }) => ({ claim, field, code }));

    // The schema's problems (it stops before the cross-checks).
    const schema = validateDraft(
      eleven((c, i) => (i === 1 ? { ...c, area: '' } : i === 10 ? { ...c, gradeReason: '' } : c)),
      published,
    );
    expect(where(schema)).toEqual([
      { claim: 1, field: 'area', code: 'schema' },
      { claim: 10, field: 'grade.reason', code: 'schema' },
    ]);
    // A cross-check's, on claim 11 only.
    const crossCheck = validateDraft(
      eleven((c, i) => (i === 10 ? { ...c, area: 'atlantis' } : c)),
      published,
    );
    expect(where(crossCheck)).toEqual([{ claim: 10, field: 'area', code: 'unknown-area' }]);
    const grouped = groupProblems(crossCheck, 11);
    expect(grouped.claims.map((list) => list.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(grouped.file).toEqual([]);
    // A clash with the published files is the file's.
    const clash = validateDraft(
      { ...draft, meta: { ...draft.meta, slug: 'north-korea-more-troops-to-russia' } },
      published,
    );
    expect(where(clash)).toEqual([
      { claim: undefined, field: 'report.id', code: 'already-published' },
    ]);
    expect(groupProblems(clash, draft.claims.length).file).toEqual(clash);
  });

  it('refuses a report id that is already published', () => {
    const draft = seedDraft();
    draft.meta.slug = 'north-korea-more-troops-to-russia';
    expect(validateDraft(draft, published).map((p) => p.message)).toContain(
      'report.id: "2025-02-27-north-korea-more-troops-to-russia" is already a published report',
    );
  });

  it('re-opens an exported file to continue, and exports it again unchanged', () => {
    const json = reportFileOf(seedDraft(), published.sources);
    const reopened = draftFromReportFile(JSON.parse(JSON.stringify(json)), published.sources);
    if ('error' in reopened) throw new Error(reopened.error);
    expect(reopened.draft.text).toBe('');
    expect(reportFileOf(reopened.draft, published.sources)).toEqual(json);
  });

  it('says what is wrong with a file that is not a report', () => {
    const result = draftFromReportFile({ report: {} }, published.sources);
    expect('error' in result && result.error).toMatch(/^Not a report file: /);
  });

  it('slugifies titles', () => {
    expect(slugify('North Korea sending more troops to Russia, South confirms')).toBe(
      'north-korea-sending-more-troops-to-russia-south-confirms',
    );
  });
});
