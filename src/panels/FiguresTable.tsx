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

/** Sorts figures by a column; ties keep the data order, so the sort is stable and predictable. */
export function sortFigures(figures: readonly FigureView[], sort: FigureSort): FigureView[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...figures].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    if (typeof left === 'number' && typeof right === 'number') return sign * (left - right);
    return sign * String(left).localeCompare(String(right));
  });
}

interface FiguresTableProps {
  figures: readonly FigureView[];
  sort: FigureSort;
  onSort: (sort: FigureSort) => void;
  onSelectArea: (id: string) => void;
}

/** Every figure in one sortable table: the accessible equivalent of the map. */
export function FiguresTable({ figures, sort, onSort, onSelectArea }: FiguresTableProps) {
  const rows = sortFigures(figures, sort);
  return (
    <div className="table-wrap">
      <table className="figures-table">
        <caption>All reported figures and statements ({figures.length})</caption>
        <thead>
          <tr>
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
        <tbody>
          {rows.map((figure) => (
            <tr key={figure.id}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelectArea(figure.areaId)}
                >
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
