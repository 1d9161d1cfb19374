import type { FigureView } from '../view/model';
import type { SourceView } from '../view/sources';

interface SourcesPanelProps {
  /** The selected area's name, or null for every area. */
  areaName: string | null;
  sources: readonly SourceView[];
  onOpenFigure: (figure: FigureView) => void;
}

function countries(code: string | null): string {
  if (code === null) return 'country not given';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Who the figures come from: each source, what it is, and the figures it made and carried. */
export function SourcesPanel({ areaName, sources, onOpenFigure }: SourcesPanelProps) {
  return (
    <article className="sources-panel" aria-labelledby="sources-title">
      <header className="panel-header">
        <h2 id="sources-title">Sources{areaName ? ` · ${areaName}` : ''}</h2>
        <p className="panel-sub">
          {sources.length} source{sources.length === 1 ? '' : 's'} of the figures known as of this
          date. A party to the war has a stake in the figures it gives.
        </p>
      </header>
      <ul className="source-list">
        {sources.map((source) => (
          <li key={source.id} className="source-item">
            <h3>{source.name}</h3>
            <p className="source-meta">
              {source.kindLabel} · {countries(source.country)}
              {source.party ? (
                <span className="party-badge"> · party to the war</span>
              ) : (
                ' · not a party'
              )}
            </p>
            {source.note ? <p className="source-note">{source.note}</p> : null}
            {source.made.length ? (
              <>
                <h4>Claimed ({source.made.length})</h4>
                <FigureLinks figures={source.made} onOpen={onOpenFigure} />
              </>
            ) : null}
            {source.carried.length ? (
              <>
                <h4>Carried ({source.carried.length})</h4>
                <FigureLinks figures={source.carried} onOpen={onOpenFigure} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}

function FigureLinks(props: { figures: FigureView[]; onOpen: (figure: FigureView) => void }) {
  return (
    <ul className="source-figures">
      {props.figures.map((figure) => (
        <li key={figure.id}>
          <button type="button" className="link-button" onClick={() => props.onOpen(figure)}>
            {figure.metricLabel}: {figure.valueText}
          </button>{' '}
          <span className="source-figure-meta">
            {figure.areaName} · {figure.reportedOnText}
          </span>
        </li>
      ))}
    </ul>
  );
}
