import { formatIsoDate } from '../ui/format';
import type { FigureView } from '../view/model';

interface FigureItemProps {
  figure: FigureView;
  open: boolean;
  onToggle: (id: string) => void;
}

/**
 * One reported figure or statement: the value with its qualifier, who claims it and who
 * carried it, when, and how reliable; its provenance (quote, note, report) opens below.
 */
export function FigureItem({ figure, open, onToggle }: FigureItemProps) {
  const detailsId = `provenance-${figure.id}`;
  return (
    <li className={`figure${figure.context ? ' figure-context' : ''}`} data-claim={figure.id}>
      <div className="figure-head">
        <span className={figure.value ? 'figure-value' : 'figure-statement'}>
          {figure.valueText}
        </span>
        <abbr className="grade" title={`NATO Admiralty grade: ${figure.gradeReason}`}>
          {figure.grade}
        </abbr>
      </div>
      <div className="figure-meta">
        <span className="figure-source">{figure.sources.join(' and ')}</span>
        {figure.chain.length ? (
          <span className="figure-chain"> via {figure.chain.join(' → ')}</span>
        ) : null}
        <span className="figure-date"> · reported {figure.reportedOnText}</span>
        {figure.context ? <span className="tag"> context: {figure.areaName}</span> : null}
      </div>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => onToggle(figure.id)}
      >
        {open ? 'Hide provenance' : 'Provenance'}
      </button>
      {open ? (
        <dl className="provenance" id={detailsId}>
          <dt>As printed</dt>
          <dd>
            <q>{figure.quote}</q>
          </dd>
          <dt>Refers to</dt>
          <dd>{figure.refersToText}</dd>
          <dt>Our note</dt>
          <dd>{figure.note}</dd>
          <dt>Grade</dt>
          <dd>
            {figure.grade}: {figure.gradeReason}
          </dd>
          <dt>Report</dt>
          <dd>
            {figure.report.outlet}, “{figure.report.title}”, {figure.report.dateline},{' '}
            {formatIsoDate(figure.report.published)}
          </dd>
        </dl>
      ) : null}
    </li>
  );
}
