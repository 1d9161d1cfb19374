import { useState } from 'react';
import type { DraftSummary } from '../store';

interface OpenArticleProps {
  saved: readonly DraftSummary[];
  problem: string | null;
  onPaste: (text: string) => void;
  onFile: (file: File) => void;
  onContinue: (id: string) => void;
}

/** Paste an article, open a file (.txt/.html/.md, or an exported .json), or continue a draft. */
export function OpenArticle({ saved, problem, onPaste, onFile, onContinue }: OpenArticleProps) {
  const [text, setText] = useState('');
  return (
    <section className="wb-open" aria-label="Open an article">
      <h2>Open an article</h2>
      <p className="wb-hint">
        The article stays in this browser: it is stored here to keep your work, and never goes into
        the exported report file.
      </p>
      <label className="wb-file">
        Open a file (.txt, .html, .md, or an exported report .json)
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/html,text/markdown,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </label>
      <label className="wb-paste">
        Or paste the article text
        <textarea value={text} rows={8} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="button" disabled={text.trim() === ''} onClick={() => onPaste(text)}>
        Use pasted text
      </button>
      {problem ? (
        <p role="alert" className="wb-problem">
          {problem}
        </p>
      ) : null}
      {saved.length ? (
        <>
          <h2>Drafts in this browser</h2>
          <ul className="wb-saved">
            {saved.map((d) => (
              <li key={d.id}>
                <button type="button" onClick={() => onContinue(d.id)}>
                  Continue “{d.title}”
                </button>{' '}
                <span className="wb-hint">
                  {d.claims} claim{d.claims === 1 ? '' : 's'} · saved{' '}
                  {d.updatedAt.slice(0, 16).replace('T', ' ')} UTC
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
