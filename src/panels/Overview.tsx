import './WhatChanged.css';
import { memo } from 'react';
import { Credits } from './Credits';
import { AreaCard } from './AreaCard';
import { FiguresTable, type FigureSort } from './FiguresTable';
import type { AreaSummary, FigureView } from '../view/model';
import { formatIsoDate } from '../ui/format';

interface OverviewProps {
  areas: readonly AreaSummary[];
  /** Every figure, whatever the date (the table shows those known as of `asOf`). */
  figures: readonly FigureView[];
  asOf: string;
  /** How many figures are known as of `asOf`, and how many of those are new since `since`. */
  figureCount: number;
  newCount: number;
  sort: FigureSort;
  hiddenLater: number;
  /** The link's since date: areas say how many figures are new after it. */
  since?: string | null;
  /** Which reports the figures come from, for the credits. */
  figuresCredit: string;
  onSort: (sort: FigureSort) => void;
  onSelectArea: (id: string) => void;
}

/**
 * With nothing selected: every area with its current picture, then every figure. Memoised:
 * when the as-of slider moves, the dashboard re-renders at once for the slider and only later
 * for the figures (useAsOfShown); this panel and its table of up to 100,000 rows wait for the
 * latter.
 */
export const Overview = memo(function Overview({
  areas,
  figures,
  asOf,
  figureCount,
  newCount,
  sort,
  hiddenLater,
  since = null,
  figuresCredit,
  onSort,
  onSelectArea,
}: OverviewProps) {
  return (
    <article className="overview" aria-labelledby="overview-title">
      <header className="panel-header">
        <h2 id="overview-title">Areas in the report</h2>
      </header>
      {hiddenLater > 0 ? (
        <p className="asof-note" role="status">
          {hiddenLater} figure{hiddenLater === 1 ? ' was' : 's were'} reported after the as-of date
          and {hiddenLater === 1 ? 'is' : 'are'} hidden.
        </p>
      ) : null}
      {since ? (
        <p className="since-note" role="status">
          New since {formatIsoDate(since)}: {newCount} figures reported after that date are marked
          new.
        </p>
      ) : null}
      <ul className="area-cards">
        {areas.map((area) => (
          <li key={area.id}>
            <AreaCard area={area} since={since} onSelect={onSelectArea} />
          </li>
        ))}
      </ul>
      <FiguresTable
        figures={figures}
        asOf={asOf}
        count={figureCount}
        sort={sort}
        onSort={onSort}
        onSelectArea={onSelectArea}
      />
      <p className="downloads">
        Every figure of every report, with sources and grades:{' '}
        <a href="data/claims.csv" download>
          CSV
        </a>{' '}
        ·{' '}
        <a href="data/claims.json" download>
          JSON
        </a>
      </p>
      <Credits figures={figuresCredit} />
    </article>
  );
});
