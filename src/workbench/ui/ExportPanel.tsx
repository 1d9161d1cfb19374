import type { Problem } from '../../data/problem';
import type { Draft } from '../draft';

interface ExportPanelProps {
  draft: Draft;
  /** Every problem of the draft (the export waits for none). */
  problems: readonly Problem[];
  /** Those not shown under a claim: the report's own, its new sources'. */
  fileProblems: readonly Problem[];
  fileName: string;
  /** Why the preview is not shown (in full) on the dashboard, or null (previewStatus.ts). */
  previewStatus: string | null;
  confirmDiscard: boolean;
  onExport: () => void;
  onPreview: (preview: boolean) => void;
  onAskDiscard: (asked: boolean) => void;
  onDiscard: () => void;
}

/** Export of the report file, the dashboard preview, and discarding the draft (asked first). */
export function ExportPanel(props: ExportPanelProps) {
  const { draft, problems, fileProblems, fileName, confirmDiscard } = props;
  return (
    <div className="wb-export">
      <h2>Export</h2>
      {problems.length ? (
        <>
          <p>
            {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before export (the
            build&apos;s own checks):
          </p>
          <ul className="wb-problems" aria-label="Problems of the report">
            {fileProblems.map((p) => (
              <li key={p.message} data-field={p.field} data-code={p.code}>
                {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="wb-ok">The report passes the build&apos;s validation.</p>
      )}
      <button
        type="button"
        disabled={problems.length > 0 || draft.claims.length === 0}
        onClick={props.onExport}
      >
        Export {fileName}
      </button>
      <label className="wb-check">
        <input
          type="checkbox"
          checked={draft.preview === true}
          onChange={(e) => props.onPreview(e.target.checked)}
        />
        Preview on the dashboard (marked as a draft, only in this browser; claims with problems are
        left out)
      </label>
      {props.previewStatus ? (
        <p role="status" className="wb-ambiguous" aria-label="Preview">
          {props.previewStatus}
        </p>
      ) : null}
      {confirmDiscard ? (
        <div role="alertdialog" aria-label="Discard this draft?" className="wb-confirm">
          <p>
            Discard this draft and its {draft.claims.length} claims from this browser? This cannot
            be undone.
          </p>
          <button type="button" onClick={props.onDiscard}>
            Yes, discard
          </button>
          <button type="button" onClick={() => props.onAskDiscard(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="wb-discard" onClick={() => props.onAskDiscard(true)}>
          Discard draft…
        </button>
      )}
    </div>
  );
}
