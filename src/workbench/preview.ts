/**
 * Preview: the drafts an analyst chose to see on the dashboard, as report files marked as
 * drafts local to this browser (in the outlet and title the panel shows). Only what passes
 * the build's checks is shown: claims and events with problems are left out of the preview, and a draft
 * whose report fields have problems is not shown at all. Nothing here leaves the browser.
 */
import { buildDataset } from '../data/buildDataset';
import type { Dataset } from '../data/dataset';
import { loadDataset } from '../data/bundledDataset';
import { loadAreas } from '../data/geodata';
import { bundledReportFiles } from '../data/reports';
import type { ReportFileInput } from '../data/validate';
import type { Draft } from './draft';
import { reportFileOf, reportIdOf, validateDraft, type PublishedIds } from './export';
import { eventIndexOf } from './problems';
import { openDraftStore } from './store';

/** Words the panel shows in a previewed figure's outlet and report title. */
export const DRAFT_MARK = 'Draft, local to this browser';

/** A draft's report file for the preview, or null when nothing of it is valid. */
export function previewFile(
  draft: Draft,
  published: PublishedIds & { sources: Dataset['sources'] },
): ReportFileInput | null {
  const marked: Draft = {
    ...draft,
    meta: {
      ...draft.meta,
      title: `[${DRAFT_MARK}] ${draft.meta.title}`,
      outlet: `${draft.meta.outlet} (${DRAFT_MARK})`,
    },
  };
  const problems = validateDraft(marked, published);
  // validateDraft says which of the draft's claims (carried ones too) each problem is about;
  // an event's problems name it in their field.
  const bad = new Set(problems.flatMap((p) => (p.claim === undefined ? [] : [p.claim])));
  const badEvents = new Set(problems.flatMap((p) => eventIndexOf(p) ?? []));
  if (problems.some((p) => p.claim === undefined && eventIndexOf(p) === null)) return null;
  const kept = {
    ...marked,
    claims: marked.claims.filter((_c, i) => !bad.has(i)),
    events: (marked.events ?? []).filter((_e, i) => !badEvents.has(i)),
  };
  if (kept.claims.length === 0 || validateDraft(kept, published).length > 0) return null;
  return {
    name: `geodata/reports/${reportIdOf(kept)}.json`,
    json: reportFileOf(kept, published.sources),
  };
}

/**
 * The dashboard's dataset with the drafts marked for preview, or null when there are none.
 * @param dbName - the workbench's database (tests)
 */
export async function datasetWithDrafts(dbName?: string): Promise<Dataset | null> {
  const store = await openDraftStore(dbName);
  try {
    const summaries = await store.list();
    const drafts = (await Promise.all(summaries.map((s) => store.get(s.id)))).filter(
      (d): d is Draft => d !== null && d.preview === true,
    );
    if (drafts.length === 0) return null;
    const base = loadDataset();
    const published = {
      reportIds: new Set(base.reports.map((r) => r.id)),
      claimIds: new Set(base.claims.map((c) => c.id)),
      sources: base.sources,
      areaIds: new Set(base.areas.map((a) => a.id)),
    };
    const files = drafts.flatMap((d) => previewFile(d, published) ?? []);
    if (files.length === 0) return null;
    return buildDataset([...bundledReportFiles(), ...files], loadAreas());
  } finally {
    store.close();
  }
}
