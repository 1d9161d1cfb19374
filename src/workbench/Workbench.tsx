/**
 * The report workbench (#workbench): from an article to a report file, in the browser. Loaded
 * on demand (React.lazy), so none of it counts toward the dashboard's initial script. State
 * and actions are useWorkbench's; this lays out the page.
 */
import { reportFileOf, reportIdOf } from './export';
import { useWorkbench } from './useWorkbench';
import { ArticlePane } from './ui/ArticlePane';
import { ClaimEditor } from './ui/ClaimEditor';
import { ConflictNotice } from './ui/ConflictNotice';
import { ExportPanel } from './ui/ExportPanel';
import { GradeTable } from './ui/GradeTable';
import { NewSourceForm } from './ui/NewSourceForm';
import { OpenArticle } from './ui/OpenArticle';
import { downloadJson } from '../ui/download';
import './workbench.css';

export default function Workbench() {
  const wb = useWorkbench();
  const { drafts, page, published } = wb;
  const { draft } = drafts;
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
      {drafts.conflict ? (
        <ConflictNotice conflict={drafts.conflict} onChoose={drafts.resolveConflict} />
      ) : null}
      {page.notice ? (
        <p role="status" className="wb-notice">
          {page.notice}{' '}
          <button type="button" onClick={wb.dismissNotice}>
            OK
          </button>
        </p>
      ) : null}
      {!drafts.ready ? (
        <p className="loading">Opening the drafts kept in this browser…</p>
      ) : !draft ? (
        <OpenArticle
          saved={drafts.saved}
          problem={page.openProblem}
          onPaste={(text) => wb.openText(text, '')}
          onFile={(file) => void wb.openFile(file)}
          onContinue={(id) => void drafts.continueDraft(id)}
        />
      ) : (
        <main className="wb-main">
          <ArticlePane
            draft={draft}
            selection={page.selection}
            onMeta={wb.setMeta}
            onSelect={wb.select}
            onDraftSelection={wb.draftSelection}
          />
          <section className="wb-right" aria-label="Claims">
            <GradeTable />
            <NewSourceForm onAdd={wb.addSource} />
            {draft.claims.length === 0 ? <p className="wb-hint">No claims yet.</p> : null}
            {draft.claims.map((claim, i) => (
              <ClaimEditor
                key={claim.key}
                index={i}
                language={draft.meta.language}
                article={draft.text}
                claim={claim}
                problems={wb.grouped.claims[i] ?? []}
                areaNames={published.areaNames}
                sources={wb.sources}
                onChange={(next) => wb.setClaim(claim.key, next)}
                onRemove={() => wb.removeClaim(claim.key)}
              />
            ))}
            <ExportPanel
              draft={draft}
              problems={wb.problems}
              fileProblems={wb.grouped.file}
              fileName={`${reportIdOf(draft)}.json`}
              confirmDiscard={page.confirmDiscard}
              onExport={() =>
                downloadJson(`${reportIdOf(draft)}.json`, reportFileOf(draft, published.sources))
              }
              onPreview={wb.setPreview}
              onAskDiscard={wb.askDiscard}
              onDiscard={() => void wb.discard()}
            />
          </section>
        </main>
      )}
    </div>
  );
}
