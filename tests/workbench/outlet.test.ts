import { describe, expect, it } from 'vitest';
import type { ReportFile } from '../../src/data/schema';
import type { Draft } from '../../src/workbench/draft';
import {
  draftFromReportFile,
  reportFileOf,
  reportIdOf,
  validateDraft,
} from '../../src/workbench/export';
import { previewStatus } from '../../src/workbench/previewStatus';
import { loadPublished } from '../../src/workbench/published';
import { seedDraft } from './seedDraft';

const published = loadPublished();

describe("the report's outlet, picked from the registry", () => {
  it('is cited by its registry id in claims, with no copy of it in the file', () => {
    const draft = seedDraft();
    const picked: Draft = { ...draft, meta: { ...draft.meta, outletSource: 'reuters' } };
    const file = reportFileOf(picked, published.sources) as ReportFile;
    expect(file.report.outletSource).toBe('reuters');
    expect(file.newSources).toBeUndefined();
    expect(new Set(file.claims.flatMap((c) => c.via))).toEqual(new Set(['reuters']));
    expect(validateDraft(picked, published)).toEqual([]);
  });

  it("without a pick, keeps the report's own stand-in", () => {
    const draft = seedDraft();
    const file = reportFileOf(draft, published.sources) as ReportFile;
    const standIn = `outlet-${reportIdOf(draft)}`;
    expect(file.report.outletSource).toBe(standIn);
    expect(file.newSources?.map((s) => [s.id, s.kind])).toEqual([[standIn, 'outlet']]);
  });

  it('adds an outlet the registry lacks to newSources, even when only the report names it', () => {
    const draft = seedDraft();
    const picked: Draft = {
      ...draft,
      meta: { ...draft.meta, outletSource: 'example-wire' },
      sources: [
        {
          id: 'example-wire',
          name: 'Example Wire Service',
          shortName: 'Example Wire',
          kind: 'media',
          country: 'fr',
          party: false,
          aliases: ['Example Wire'],
        },
      ],
    };
    const file = reportFileOf(picked, published.sources) as ReportFile;
    expect(file.report.outletSource).toBe('example-wire');
    expect(file.newSources).toEqual([
      {
        id: 'example-wire',
        name: 'Example Wire Service',
        shortName: 'Example Wire',
        kind: 'media',
        country: 'FR',
        party: false,
        aliases: ['Example Wire'],
      },
    ]);
    expect(validateDraft(picked, published)).toEqual([]);
    // Re-opened, the pick and the new source's definition come back.
    const back = draftFromReportFile(JSON.parse(JSON.stringify(file)), published.sources);
    if ('error' in back) throw new Error(back.error);
    expect(back.draft.meta.outletSource).toBe('example-wire');
    expect(back.draft.sources.map((s) => s.id)).toEqual(['example-wire']);
    expect(reportFileOf(back.draft, published.sources)).toEqual(file);
  });

  it('refuses an outlet that is not a media or outlet source', () => {
    const draft = seedDraft();
    const wrong: Draft = { ...draft, meta: { ...draft.meta, outletSource: 'kr-nis' } };
    expect(validateDraft(wrong, published).map((p) => [p.field, p.code])).toEqual([
      ['report.outletSource', 'outlet-kind'],
    ]);
  });
});

describe('why a draft marked for preview is not shown', () => {
  it('says so when its id is already a published report', () => {
    const draft = seedDraft();
    draft.meta.slug = 'north-korea-more-troops-to-russia';
    const problems = validateDraft(draft, published);
    expect(previewStatus(true, reportIdOf(draft), problems, draft.claims.length)).toMatch(
      /^Not previewed: 2025-02-27-north-korea-more-troops-to-russia is already a published report/,
    );
    expect(previewStatus(false, reportIdOf(draft), problems, draft.claims.length)).toBeNull();
  });

  it('says so too while a claim still has problems', () => {
    const draft = seedDraft();
    draft.meta.slug = 'north-korea-more-troops-to-russia';
    draft.claims = draft.claims.map((c, i) => (i === 0 ? { ...c, gradeReason: '' } : c));
    const problems = validateDraft(draft, published);
    expect(problems.map((p) => [p.claim, p.field, p.code])).toEqual([
      [0, 'grade.reason', 'schema'],
      [undefined, 'report.id', 'already-published'],
    ]);
    expect(previewStatus(true, reportIdOf(draft), problems, draft.claims.length)).toMatch(
      /^Not previewed: 2025-02-27-north-korea-more-troops-to-russia is already a published report/,
    );
  });

  it('says nothing for a valid draft, and names claims left out', () => {
    const draft = seedDraft();
    expect(previewStatus(true, reportIdOf(draft), validateDraft(draft, published), 6)).toBeNull();
    const oneBad = draft.claims.map((c, i) => (i === 2 ? { ...c, area: 'atlantis' } : c));
    const problems = validateDraft({ ...draft, claims: oneBad }, published);
    expect(previewStatus(true, reportIdOf(draft), problems, 6)).toBe(
      'Previewed without 1 claim with problems.',
    );
    expect(previewStatus(true, reportIdOf(draft), [], 0)).toBe(
      'Not previewed: no claim passes the checks yet.',
    );
  });
});
