/**
 * The report workbench (#workbench): from an article to a report file, in the browser. Loaded
 * on demand (React.lazy), so none of it counts toward the dashboard's initial script. State
 * and actions are useWorkbench's; this lays out the page.
 */
import { reportFileOf, reportIdOf } from './export';
import { useWorkbench } from './useWorkbench';
import { ArticlePane } from './ui/ArticlePane';
import { ClaimEditor } from './ui/ClaimEditor';
import { EventEditor } from './ui/EventEditor';
import { previewStatus } from './previewStatus';
import { ConflictNotice } from './ui/ConflictNotice';
import { ExportPanel } from './ui/ExportPanel';
import { GradeTable } from './ui/GradeTable';
import { NewSourceForm } from './ui/NewSourceForm';
import { OpenArticle } from './ui/OpenArticle';
import { downloadBlob } from '../ui/download';
import { formatJson } from './formatJson';
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
            sources={wb.sources}
            onSelect={wb.select}
            onDraftSelection={wb.draftSelection}
            onDraftEvent={wb.draftEventSelection}
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
                publishedClaims={published.claimLabels}
                sources={wb.sources}
                onChange={(next) => wb.setClaim(claim.key, next)}
                onRemove={() => wb.removeClaim(claim.key)}
              />
            ))}
            <section className="wb-events" aria-label="Events">
              <h2>Events</h2>
              {(draft.events ?? []).length === 0 ? (
                <p className="wb-hint">
                  No events yet: select the words that state one and press “Draft event from
                  selection”.
                </p>
              ) : null}
              {(draft.events ?? []).map((event, i) => (
                <EventEditor
                  key={event.key}
                  index={i}
                  language={draft.meta.language}
                  article={draft.text}
                  event={event}
                  claims={draft.claims}
                  problems={wb.grouped.events[i] ?? []}
                  areaNames={published.areaNames}
                  sources={wb.sources}
                  nameOf={wb.sourceName}
                  onChange={(next) => wb.setEvent(event.key, next)}
                  onRemove={() => wb.removeEvent(event.key)}
                />
              ))}
            </section>
            <ExportPanel
              draft={draft}
              previewStatus={previewStatus(
                draft.preview === true,
                reportIdOf(draft),
                wb.problems,
                draft.claims.length,
              )}
              problems={wb.problems}
              fileProblems={wb.grouped.file}
              fileName={`${reportIdOf(draft)}.json`}
              confirmDiscard={page.confirmDiscard}
              onExport={() =>
                downloadBlob(
                  `${reportIdOf(draft)}.json`,
                  // Laid out as the format check wants: the file is committed unchanged.
                  new Blob([formatJson(reportFileOf(draft, published.sources))], {
                    type: 'application/json',
                  }),
                )
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
