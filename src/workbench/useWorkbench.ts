/**
 * The workbench's state and actions: the open draft (useDrafts), the published data it is
 * checked against, and the page's own state (a reducer: what went wrong opening a file, the
 * selected words, a notice, the discard question). Components take what they show from here
 * and call its actions; none of them reads files or validates.
 */
import { useMemo, useReducer, useState } from 'react';

import {
  draftsFromSelection,
  type Draft,
  type DraftClaim,
  type DraftEvent,
  type DraftMeta,
  type DraftSource,
} from './draft';
import { draftEdits, draftEventFromSelection } from './draftEvent';
import { draftFromReportFile, OUTLET_TOKEN, slugify, validateDraft } from './export';
import { groupProblems, type GroupedProblems } from './problems';
import { loadPublished, type PickableSource, type Published } from './published';
import { articleHints, readArticleFile, readArticleText } from './readArticle';
import { articleId } from './store';
import { useDrafts, type Drafts } from './useDrafts';
import type { Problem } from '../data/problem';

/** Offsets of the selected words in the article text. */
export interface TextRange {
  start: number;
  end: number;
}

export interface PageState {
  /** Why the last article or file could not be opened. */
  openProblem: string | null;
  selection: TextRange | null;
  /** A notice to acknowledge (e.g. a stored draft was continued instead of a file). */
  notice: string | null;
  /** The discard question is asked. */
  confirmDiscard: boolean;
}

export type PageAction =
  | { type: 'open-problem'; message: string | null }
  | { type: 'select'; selection: TextRange | null }
  | { type: 'notice'; message: string | null }
  | { type: 'confirm-discard'; asked: boolean };

export const INITIAL_PAGE: PageState = {
  openProblem: null,
  selection: null,
  notice: null,
  confirmDiscard: false,
};

export function pageReducer(state: PageState, action: PageAction): PageState {
  switch (action.type) {
    case 'open-problem':
      return { ...state, openProblem: action.message };
    case 'select':
      return { ...state, selection: action.selection };
    case 'notice':
      return { ...state, notice: action.message };
    case 'confirm-discard':
      return { ...state, confirmDiscard: action.asked };
  }
}

/** A new draft of an article: the metadata its own lines give, no claims yet. */
export function newDraft(text: string, fileName: string): Draft {
  const hints = articleHints(text);
  return {
    id: articleId(text),
    text,
    fileName,
    meta: {
      title: hints.title ?? '',
      outlet: hints.outlet ?? '',
      published: hints.published ?? '',
      dateline: hints.dateline ?? '',
      url: hints.url ?? '',
      language: hints.language ?? 'en',
      editor: '',
      // A file named like a report (2025-01-17-…) gives its slug without the date.
      slug: slugify(hints.title ?? fileName.replace(/\.[a-z]+$/i, '')).replace(
        /^\d{4}-\d{2}-\d{2}-/,
        '',
      ),
    },
    claims: [],
    sources: [],
    updatedAt: new Date().toISOString(),
  };
}

export interface Workbench {
  published: Published;
  drafts: Drafts;
  page: PageState;
  /** Known sources and the draft's own new ones, for the claim editors. */
  sources: PickableSource[];
  /** The short name shown for a source id ("this report's outlet" for the outlet token). */
  sourceName(id: string): string;
  problems: Problem[];
  grouped: GroupedProblems;
  openText(raw: string, name: string): void;
  openFile(file: File): Promise<void>;
  select(selection: TextRange | null): void;
  draftSelection(): void;
  /** Drafts an event from the selected words (its date, place and sources suggested). */
  draftEventSelection(): void;
  setMeta(meta: DraftMeta): void;
  setClaim(key: string, claim: DraftClaim): void;
  removeClaim(key: string): void;
  setEvent(key: string, event: DraftEvent): void;
  removeEvent(key: string): void;
  addSource(source: DraftSource): void;
  setPreview(preview: boolean): void;
  dismissNotice(): void;
  askDiscard(asked: boolean): void;
  discard(): Promise<void>;
}

export function useWorkbench(): Workbench {
  const [published] = useState(loadPublished);
  const drafts = useDrafts();
  const [page, dispatch] = useReducer(pageReducer, INITIAL_PAGE);
  const { draft, update } = drafts;
  const openProblem = (message: string | null) => dispatch({ type: 'open-problem', message });

  const openText = (raw: string, name: string) => {
    const read = readArticleText(raw, name);
    if (!read.ok) return openProblem(read.message);
    openProblem(null);
    void drafts.continueDraft(articleId(read.text)).then((kept) => {
      // A stored draft of the same text is continued; otherwise a new one starts.
      if (!kept) drafts.open(newDraft(read.text, name));
    });
  };

  const openReportFile = async (file: File) => {
    try {
      const result = draftFromReportFile(JSON.parse(await file.text()), published.sources);
      if ('error' in result) return openProblem(`${file.name}: ${result.error}`);
      openProblem(null);
      // Never overwrite work: a draft of this report kept here is continued instead.
      if (await drafts.continueDraft(result.draft.id)) {
        const message = `A draft of ${result.draft.meta.published}-${result.draft.meta.slug} is already in this browser: it was continued rather than replaced by the file. Discard it first to start again from the file.`;
        return dispatch({ type: 'notice', message });
      }
      drafts.open(result.draft);
    } catch {
      openProblem(`${file.name} is not valid JSON.`);
    }
  };

  const openFile = async (file: File) => {
    if (/\.json$/i.test(file.name)) return openReportFile(file);
    const read = await readArticleFile(file);
    if (!read.ok) return openProblem(read.message);
    openText(read.text, file.name);
  };

  const sources = useMemo(
    () => [
      ...published.knownSources,
      ...(draft?.sources ?? []).map(({ id, name, shortName, kind, country, aliases }) => ({
        id,
        name,
        shortName,
        kind,
        country: country.trim() === '' ? null : country.trim().toUpperCase(),
        aliases: aliases ?? [],
      })),
    ],
    [published, draft?.sources],
  );
  const problems = useMemo(
    () => (draft ? validateDraft(draft, published) : []),
    [draft, published],
  );
  const grouped = useMemo(
    () => groupProblems(problems, draft?.claims.length ?? 0, draft?.events?.length ?? 0),
    [problems, draft?.claims.length, draft?.events?.length],
  );

  /** The selected words (then no longer selected), with what drafting reads them against. */
  const takeSelection = () => {
    const { selection } = page;
    if (!draft || !selection) return null;
    dispatch({ type: 'select', selection: null });
    window.getSelection()?.removeAllRanges();
    return { draft, selection, context: { areaEntries: published.areaEntries, sources } };
  };

  const draftSelection = () => {
    const taken = takeSelection();
    if (!taken) return;
    const { draft, selection, context } = taken;
    const added = draftsFromSelection(
      draft.text,
      selection.start,
      selection.end,
      draft.meta.published,
      context,
      OUTLET_TOKEN,
    );
    update((d) => ({ ...d, claims: [...d.claims, ...added] }));
  };

  const draftEventSelection = () => {
    const taken = takeSelection();
    if (!taken) return;
    const { draft, selection, context } = taken;
    const event = draftEventFromSelection(
      draft.text,
      selection.start,
      selection.end,
      draft.meta.published,
      context,
      draft.claims,
    );
    if (event) update((d) => draftEdits.addEvent(d, event));
  };

  return {
    published,
    drafts,
    page,
    sources,
    sourceName: (id) =>
      id === OUTLET_TOKEN
        ? "this report's outlet"
        : (sources.find((s) => s.id === id)?.shortName ?? id),
    problems,
    grouped,
    openText,
    openFile,
    select: (selection) => dispatch({ type: 'select', selection }),
    draftSelection,
    draftEventSelection,
    setMeta: (meta) => update((d) => ({ ...d, meta })),
    setClaim: (key, claim) =>
      update((d) => ({ ...d, claims: d.claims.map((c) => (c.key === key ? claim : c)) })),
    removeClaim: (key) => update((d) => draftEdits.removeClaim(d, key)),
    setEvent: (key, event) => update((d) => draftEdits.setEvent(d, key, event)),
    removeEvent: (key) => update((d) => draftEdits.removeEvent(d, key)),
    addSource: (source) =>
      update((d) => ({ ...d, sources: [...d.sources.filter((s) => s.id !== source.id), source] })),
    setPreview: (preview) => update((d) => ({ ...d, preview })),
    dismissNotice: () => dispatch({ type: 'notice', message: null }),
    askDiscard: (asked) => dispatch({ type: 'confirm-discard', asked }),
    discard: async () => {
      await drafts.discard();
      dispatch({ type: 'confirm-discard', asked: false });
    },
  };
}
