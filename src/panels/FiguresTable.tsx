import { useMemo, useRef } from 'react';
import { VirtualRows } from './VirtualRows';
import type { FigureView } from '../view/model';

export type FigureSortKey = 'area' | 'metric' | 'value' | 'source' | 'reported' | 'grade';
export interface FigureSort {
  key: FigureSortKey;
  dir: 'asc' | 'desc';
}

const COLUMNS: { key: FigureSortKey; label: string }[] = [
  { key: 'area', label: 'Area' },
  { key: 'metric', label: 'Metric' },
  { key: 'value', label: 'Figure' },
  { key: 'source', label: 'Source' },
  { key: 'reported', label: 'Reported' },
  { key: 'grade', label: 'Grade' },
];

function sortValue(figure: FigureView, key: FigureSortKey): string | number {
  switch (key) {
    case 'area':
      return figure.areaName;
    case 'metric':
      return figure.metricLabel;
    case 'value':
      return figure.value ? figure.value.high : -Infinity;
    case 'source':
      return figure.sourcesShort.join(', ');
    case 'reported':
      return figure.reportedOn;
    case 'grade':
      return figure.grade;
  }
}

// The collation String#localeCompare uses, built once: localeCompare builds it on every call.
const collator = new Intl.Collator();

/**
 * Sorts figures by a column; ties keep the data order, so the sort is stable and predictable.
 * Text columns are collated once per distinct value (a few dozen areas and metrics, a few
 * thousand dates or sources) and the figures are then sorted by those ranks as numbers: at
 * 100,000 figures, collating inside the comparison took half a second.
 */
export function sortFigures(figures: readonly FigureView[], sort: FigureSort): FigureView[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const values = figures.map((figure) => sortValue(figure, sort.key));
  const texts = [...new Set(values.filter((value) => typeof value === 'string'))].sort((a, b) =>
    collator.compare(a, b),
  );
  const rank = new Map(texts.map((text, i) => [text, i]));
  const keys = values.map((value) => (typeof value === 'number' ? value : (rank.get(value) ?? 0)));
  const order = figures.map((_, i) => i);
  order.sort((a, b) => sign * ((keys[a] ?? 0) - (keys[b] ?? 0)) || a - b);
  return order.map((i) => figures[i] as FigureView);
}

interface FiguresTableProps {
  /**
   * Every figure of the dataset, whatever the date: sorted once per column choice, so that
   * an as-of change only filters it by date (no sort, no list of known figures per change).
   */
  figures: readonly FigureView[];
  /** The date shown: rows are the figures reported by then (reportedOn ≤ asOf). */
  asOf: string;
  /** How many rows that is (the caller counts them by binary search). */
  count: number;
  sort: FigureSort;
  onSort: (sort: FigureSort) => void;
  onSelectArea: (id: string) => void;
}

/**
 * Every figure in one sortable table: the accessible equivalent of the map. Only the rows in
 * view (and a few around them) are in the DOM (VirtualRows); the table says how many rows it
 * has (aria-rowcount) and where each rendered row stands (aria-rowindex).
 */
export function FiguresTable({
  figures,
  asOf,
  count,
  sort,
  onSort,
  onSelectArea,
}: FiguresTableProps) {
  const sorted = useMemo(() => sortFigures(figures, sort), [figures, sort]);
  // The same rule as everywhere (view/asOf.ts): known when reported by the as-of date.
  const rows = useMemo(
    () => (count === figures.length ? sorted : sorted.filter((f) => f.reportedOn <= asOf)),
    [sorted, asOf, count, figures.length],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  return (
    // A scroll box of its own, so only the rows in view are rendered; focusable, so a keyboard
    // can scroll it.
    <div className="table-wrap table-scroll" ref={scrollRef} tabIndex={0}>
      <table className="figures-table" aria-rowcount={rows.length + 1}>
        <caption>All reported figures and statements ({rows.length})</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() =>
                      onSort({
                        key: column.key,
                        dir: active && sort.dir === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <VirtualRows
          rows={rows}
          columns={COLUMNS.length}
          renderRow={figureCells(onSelectArea)}
          scrollRef={scrollRef}
        />
      </table>
    </div>
  );
}

function figureCells(onSelectArea: (id: string) => void) {
  return function FigureCells(figure: FigureView) {
    return (
      <>
        <td>
          <button type="button" className="link-button" onClick={() => onSelectArea(figure.areaId)}>
            {figure.areaName}
          </button>
        </td>
        <td>{figure.metricLabel}</td>
        <td>
          {figure.value ? (
            figure.valueText
          ) : (
            <span className="no-figure" title={figure.valueText}>
              no figure
            </span>
          )}
        </td>
        <td>
          <abbr title={figure.sources.join(' and ')}>{figure.sourcesShort.join(', ')}</abbr>
        </td>
        <td>{figure.reportedOnText}</td>
        <td>
          <abbr title={figure.gradeReason}>{figure.grade}</abbr>
        </td>
      </>
    );
  };
}
