import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import './SharePanel.css';

export type DownloadKind = 'png' | 'csv' | 'json';

export interface SharePanelProps {
  /** The link of the current view, with its as-of date. */
  link: string;
  /** `<iframe …>` as text. */
  embedSnippet: string;
  /** The as-of date in words, e.g. '27 Feb 2025'. */
  asOfText: string;
  /** False while the data loads (the downloads wait for it). */
  exportsReady: boolean;
  /** Saves a file; resolves to its name, rejects with an Error in words. */
  onDownload: (kind: DownloadKind) => Promise<string>;
  /** Copies text; rejects when the clipboard is unavailable or refused. */
  copyText?: (text: string) => Promise<void>;
  /** The most characters the link may have; over it, copying is refused (see README). */
  linkBudget?: number;
  /** Saves the marks as .geojson: offered when the link is over its budget. */
  onDownloadMarks?: () => void;
}

/**
 * Calls `close` on a pointer press outside the given elements while `open`.
 * @param open - whether to listen
 * @param inside - elements a press inside of keeps it open
 * @param close - called on a press outside
 */
function useCloseOnOutsidePointer(
  open: boolean,
  inside: readonly RefObject<HTMLElement | null>[],
  close: () => void,
) {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(
    function closeOnOutsidePointer() {
      if (!open) return;
      const onPointer = (event: PointerEvent) => {
        const target = event.target as Node | null;
        if (target && !inside.some((ref) => ref.current?.contains(target))) latest.current();
      };
      document.addEventListener('pointerdown', onPointer);
      return function removeOutsidePointer() {
        document.removeEventListener('pointerdown', onPointer);
      };
    },
    // The refs are stable; only `open` starts and stops listening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open],
  );
}

/**
 * Calls `clear` 4 s after `value` last changed, while `active`.
 * @param active - whether to clear at all
 * @param value - what restarts the wait when it changes
 * @param clear - called once the wait is over
 */
function useClearLater(active: boolean, value: unknown, clear: () => void) {
  const latest = useRef(clear);
  useEffect(() => {
    latest.current = clear;
  });
  useEffect(
    function clearStatusLater() {
      if (!active) return;
      const timer = window.setTimeout(() => latest.current(), 4000);
      return function cancelClear() {
        window.clearTimeout(timer);
      };
    },
    [active, value],
  );
}

async function clipboardWrite(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
  await navigator.clipboard.writeText(text);
}

const DOWNLOADS: readonly { kind: DownloadKind; label: string }[] = [
  { kind: 'png', label: 'Download PNG' },
  { kind: 'csv', label: 'Download CSV' },
  { kind: 'json', label: 'Download JSON' },
];

/**
 * The Share control: a header button opening a small non-modal dialog with the link of the
 * view (copied with the Clipboard API, or selected in a read-only field to copy by hand),
 * an embed snippet, and downloads of the view. Focus moves into the dialog when it opens;
 * Escape closes it and returns focus to the button. Everything is rendered as text.
 */
export function SharePanel(props: SharePanelProps) {
  const { link, embedSnippet, copyText = clipboardWrite } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<'link' | 'embed' | null>(null);
  const [busy, setBusy] = useState<DownloadKind | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);

  useEffect(
    function focusOnOpen() {
      if (open) copyButton.current?.focus();
    },
    [open],
  );

  useCloseOnOutsidePointer(open, [dialog, button], () => setOpen(false));
  useClearLater(status !== '' && !manual, status, () => setStatus(''));

  function close() {
    setOpen(false);
    setManual(null);
    button.current?.focus();
  }

  async function copy(what: 'link' | 'embed') {
    const text = what === 'link' ? link : embedSnippet;
    try {
      await copyText(text);
      setManual(null);
      setStatus(what === 'link' ? 'Link copied' : 'Embed code copied');
    } catch {
      setManual(what);
      const field = what === 'link' ? linkField.current : embedField.current;
      field?.focus();
      field?.select();
      setStatus(
        `Copying is not allowed here: the ${what === 'link' ? 'link' : 'embed code'} is selected, press Ctrl+C (⌘C on a Mac) to copy it.`,
      );
    }
  }

  async function download(kind: DownloadKind) {
    setBusy(kind);
    setStatus(kind === 'png' ? 'Preparing the image…' : 'Preparing the file…');
    try {
      const name = await props.onDownload(kind);
      setStatus(`Saved ${name}`);
    } catch (error) {
      setStatus(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="share">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={`${id}-dialog`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Share
      </button>
      {open ? (
        <div
          ref={dialog}
          id={`${id}-dialog`}
          className="share-dialog"
          role="dialog"
          aria-labelledby={`${id}-title`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <h2 id={`${id}-title`}>Share this view</h2>
          <label className="share-label" htmlFor={`${id}-link`}>
            Link (fixed to {props.asOfText}, so later reports do not change it)
          </label>
          <input
            ref={linkField}
            id={`${id}-link`}
            className={manual === 'link' ? 'share-field share-manual' : 'share-field'}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <LinkSize
            length={link.length}
            budget={props.linkBudget}
            onDownloadMarks={props.onDownloadMarks}
          />
          <div className="share-row">
            <button
              ref={copyButton}
              type="button"
              disabled={props.linkBudget !== undefined && link.length > props.linkBudget}
              onClick={() => void copy('link')}
            >
              Copy link
            </button>
          </div>
          <label className="share-label" htmlFor={`${id}-embed`}>
            Embed (map only, for a web page)
          </label>
          <textarea
            ref={embedField}
            id={`${id}-embed`}
            className={manual === 'embed' ? 'share-field share-manual' : 'share-field'}
            readOnly
            rows={3}
            value={embedSnippet}
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="share-row">
            <button type="button" onClick={() => void copy('embed')}>
              Copy embed code
            </button>
          </div>
          <h3 className="share-label">Export this view</h3>
          <div className="share-row">
            {DOWNLOADS.map(({ kind, label }) => (
              <button
                key={kind}
                type="button"
                disabled={!props.exportsReady || busy !== null}
                onClick={() => void download(kind)}
              >
                {label}
              </button>
            ))}
          </div>
          <p className="share-status" role="status" aria-live="polite">
            {status}
          </p>
          <button type="button" className="share-close" aria-label="Close" onClick={close}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The link an embedded map shows over the map: the same view, full dashboard, in a new tab.
 * @param props.href - the view's link without `embed=1`
 */
export function EmbedOpenLink({ href }: { href: string }) {
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener noreferrer">
      Open in Sitrep
    </a>
  );
}

/** The link's length against its budget; over it, why it is refused and what to do instead. */
function LinkSize(props: { length: number; budget?: number; onDownloadMarks?: () => void }) {
  const { length, budget } = props;
  if (budget === undefined) return null;
  const words = (n: number) => n.toLocaleString('en-GB');
  if (length <= budget) {
    return <p className="share-size">{`${words(length)} of ${words(budget)} characters`}</p>;
  }
  return (
    <div className="share-size share-size-over" role="alert">
      <p>{`This link is ${words(length)} characters, over the ${words(budget)} that chat and mail clients keep intact: it is not offered for copying.`}</p>
      {props.onDownloadMarks ? (
        <button type="button" onClick={props.onDownloadMarks}>
          Download the marks (.geojson)
        </button>
      ) : null}
    </div>
  );
}
