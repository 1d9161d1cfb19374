/**
 * The report workbench (#workbench): from an article to a report file, in the browser. Loaded
 * on demand (React.lazy), so none of it counts toward the dashboard's initial script.
 */
import { useMemo, useState } from 'react';
import { draftsFromSelection, type Draft, type DraftClaim, type DraftSource } from './draft';
import {
  draftFromReportFile,
  OUTLET_TOKEN,
  reportFileOf,
  reportIdOf,
  slugify,
  validateDraft,
} from './export';
import { loadPublished } from './published';
import { articleHints, readArticleFile, readArticleText } from './readArticle';
import { articleId } from './store';
import { useDrafts } from './useDrafts';
import { ArticleText } from './ui/ArticleText';
import { ClaimEditor } from './ui/ClaimEditor';
import { GradeTable } from './ui/GradeTable';
import { MetaForm } from './ui/MetaForm';
import { NewSourceForm } from './ui/NewSourceForm';
import { OpenArticle } from './ui/OpenArticle';
import { downloadJson } from './download';
import './workbench.css';

function newDraft(text: string, fileName: string): Draft {
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
      language: 'en',
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

export default function Workbench() {
  const [published] = useState(loadPublished);
  const drafts = useDrafts();
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { draft, update } = drafts;

  const openText = (raw: string, name: string) => {
    const read = readArticleText(raw, name);
    if (!read.ok) return setOpenProblem(read.message);
    setOpenProblem(null);
    void drafts.continueDraft(articleId(read.text)).then(() => {
      // A stored draft of the same text is continued; otherwise a new one starts.
      if (!drafts.saved.some((d) => d.id === articleId(read.text)))
        drafts.open(newDraft(read.text, name));
    });
  };

  const openFile = async (file: File) => {
    if (/\.json$/i.test(file.name)) {
      try {
        const result = draftFromReportFile(JSON.parse(await file.text()), published.sources);
        if ('error' in result) return setOpenProblem(`${file.name}: ${result.error}`);
        setOpenProblem(null);
        // Never overwrite work: a draft of this report kept here is continued instead.
        const kept = await drafts.continueDraft(result.draft.id);
        if (kept) {
          return setNotice(
            `A draft of ${result.draft.meta.published}-${result.draft.meta.slug} is already in this browser: it was continued rather than replaced by the file. Discard it first to start again from the file.`,
          );
        }
        return drafts.open(result.draft);
      } catch {
        return setOpenProblem(`${file.name} is not valid JSON.`);
      }
    }
    const read = await readArticleFile(file);
    if (!read.ok) return setOpenProblem(read.message);
    openText(read.text, file.name);
  };

  const allSources = useMemo(
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

  const draftSelection = () => {
    if (!draft || !selection) return;
    const context = { areaEntries: published.areaEntries, sources: allSources };
    const added = draftsFromSelection(
      draft.text,
      selection.start,
      selection.end,
      draft.meta.published,
      context,
      OUTLET_TOKEN,
    );
    update((d) => ({ ...d, claims: [...d.claims, ...added] }));
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };

  const setClaim = (key: string, claim: DraftClaim) =>
    update((d) => ({ ...d, claims: d.claims.map((c) => (c.key === key ? claim : c)) }));
  const addSource = (source: DraftSource) =>
    update((d) => ({ ...d, sources: [...d.sources.filter((s) => s.id !== source.id), source] }));

  const claimProblems = (i: number) =>
    problems.filter((p) => p.message.startsWith(`claims[${i}]`)).map((p) => p.message);
  const fileProblems = problems.filter((p) => !p.message.startsWith('claims['));

  return (
    <div className="wb">
      <header className="app-header">
        <h1>Sitrep</h1>
        <span className="tagline">Report workbench · from an article to a report file</span>
        <div className="header-actions">
          {draft ? (
            <button type="button" onClick={drafts.close}>
              Close article
            </button>
          ) : null}
          <a className="wb-back" href="#">
            Back to the dashboard
          </a>
        </div>
      </header>
      {drafts.storageProblem ? (
        <p role="alert" className="wb-problem">
          {drafts.storageProblem}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="wb-notice">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            OK
          </button>
        </p>
      ) : null}
      {!drafts.ready ? (
        <p className="loading">Opening the drafts kept in this browser…</p>
      ) : !draft ? (
        <OpenArticle
          saved={drafts.saved}
          problem={openProblem}
          onPaste={(text) => openText(text, '')}
          onFile={(file) => void openFile(file)}
          onContinue={(id) => void drafts.continueDraft(id)}
        />
      ) : (
        <main className="wb-main">
          <section className="wb-left" aria-label="Article">
            <MetaForm meta={draft.meta} onChange={(meta) => update((d) => ({ ...d, meta }))} />
            <div className="wb-selectbar">
              <button
                type="button"
                disabled={!selection || !/^\d{4}-\d{2}-\d{2}$/.test(draft.meta.published)}
                onClick={draftSelection}
              >
                Draft claim from selection
              </button>
              <span className="wb-hint">
                {!/^\d{4}-\d{2}-\d{2}$/.test(draft.meta.published)
                  ? 'Enter the published date first: the dates in the text are read against it.'
                  : selection
                    ? `Selected: “${draft.text.slice(selection.start, selection.end).slice(0, 80)}”`
                    : 'Select the words that carry a figure.'}
              </span>
            </div>
            {draft.text ? (
              <ArticleText text={draft.text} claims={draft.claims} onSelect={setSelection} />
            ) : (
              <p className="wb-hint">
                Re-opened from a report file: the article text is not in it.
              </p>
            )}
          </section>
          <section className="wb-right" aria-label="Claims">
            <GradeTable />
            <NewSourceForm onAdd={addSource} />
            {draft.claims.length === 0 ? <p className="wb-hint">No claims yet.</p> : null}
            {draft.claims.map((claim, i) => (
              <ClaimEditor
                key={claim.key}
                index={i}
                article={draft.text}
                claim={claim}
                problems={claimProblems(i)}
                areaNames={published.areaNames}
                sources={allSources}
                onChange={(next) => setClaim(claim.key, next)}
                onRemove={() =>
                  update((d) => ({ ...d, claims: d.claims.filter((c) => c.key !== claim.key) }))
                }
              />
            ))}
            <div className="wb-export">
              <h2>Export</h2>
              {problems.length ? (
                <>
                  <p>
                    {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before export
                    (the build&apos;s own checks):
                  </p>
                  <ul className="wb-problems" aria-label="Problems of the report">
                    {fileProblems.map((p) => (
                      <li key={p.message}>{p.message}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="wb-ok">The report passes the build&apos;s validation.</p>
              )}
              <button
                type="button"
                disabled={problems.length > 0 || draft.claims.length === 0}
                onClick={() =>
                  downloadJson(reportFileOf(draft, published.sources), `${reportIdOf(draft)}.json`)
                }
              >
                Export {reportIdOf(draft)}.json
              </button>
              <label className="wb-check">
                <input
                  type="checkbox"
                  checked={draft.preview === true}
                  onChange={(e) => update((d) => ({ ...d, preview: e.target.checked }))}
                />
                Preview on the dashboard (marked as a draft, only in this browser; claims with
                problems are left out)
              </label>
              {confirmDiscard ? (
                <div role="alertdialog" aria-label="Discard this draft?" className="wb-confirm">
                  <p>
                    Discard this draft and its {draft.claims.length} claims from this browser? This
                    cannot be undone.
                  </p>
                  <button
                    type="button"
                    onClick={() => void drafts.discard().then(() => setConfirmDiscard(false))}
                  >
                    Yes, discard
                  </button>
                  <button type="button" onClick={() => setConfirmDiscard(false)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="wb-discard"
                  onClick={() => setConfirmDiscard(true)}
                >
                  Discard draft…
                </button>
              )}
            </div>
          </section>
        </main>
      )}
    </div>
  );
}
