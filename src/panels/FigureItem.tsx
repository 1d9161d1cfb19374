import './WhatChanged.css';
import { formatIsoDate } from '../ui/format';
import { languageProps } from '../ui/textDirection';
import type { FigureView } from '../view/model';
import { Carriers } from './Carriers';

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
        {(figure.carriers?.length ?? 0) > 1 ? (
          <span className="tag carried-count"> · carried by {figure.carriers?.length} reports</span>
        ) : null}
        {figure.newSince ? (
          <span className="figure-new">new since {formatIsoDate(figure.newSince)}</span>
        ) : null}
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
            <q {...languageProps(figure.report.language)}>{figure.quote}</q>
            {figure.quotesVerified === false ? (
              <span className="quote-unverified"> (quotes not verified: no source text held)</span>
            ) : null}
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
            {figure.report.outlet}, “
            <span {...languageProps(figure.report.language)}>{figure.report.title}</span>”,{' '}
            {figure.report.dateline}, {formatIsoDate(figure.report.published)}
          </dd>
          {(figure.carriers?.length ?? 0) > 1 ? (
            <>
              <dt>Carried by</dt>
              <dd>
                <Carriers carriers={figure.carriers ?? []} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </li>
  );
}
