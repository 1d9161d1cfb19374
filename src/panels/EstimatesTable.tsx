import { useState } from 'react';
import type { EstimateMark, EstimatesChartModel } from '../view/estimates';
import { formatIsoDate, formatQualified } from '../ui/format';

/**
 * A mark's value as text: "over 4,500", "at least 1,100 (derived)".
 * @param mark - the mark
 */
export function markValueText(mark: EstimateMark): string {
  const text = formatQualified({
    low: mark.low,
    high: mark.high,
    unit: mark.unit,
    qualifier: mark.qualifier,
  });
  return mark.derived ? `${text} (derived)` : text;
}

function status(mark: EstimateMark): string {
  return [
    mark.derived ? 'derived, not reported' : '',
    mark.later ? 'after the as-of date' : '',
    mark.isNew ? 'new' : '',
    mark.context ? 'wider area' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The chart as a table, sortable by date reported: its keyboard and screen-reader equivalent. */
export function EstimatesTable({ chart }: { chart: EstimatesChartModel }) {
  const [descending, setDescending] = useState(false);
  const rows = [...chart.marks].sort((a, b) =>
    descending ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date),
  );
  return (
    <details className="estimates-table">
      <summary>Table of this chart ({chart.marks.length} figures)</summary>
      <table>
        <caption className="visually-hidden">{chart.title} over time</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
              <button
                type="button"
                className="link-button"
                onClick={() => setDescending(!descending)}
              >
                Date reported {descending ? '↓' : '↑'}
              </button>
            </th>
            <th scope="col">Value</th>
            <th scope="col">Measure</th>
            <th scope="col">Source</th>
            <th scope="col">Reports</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((mark) => (
            <tr key={mark.id} data-row={mark.id} className={mark.later ? 'row-later' : undefined}>
              <td>{formatIsoDate(mark.date)}</td>
              <td>{markValueText(mark)}</td>
              <td>{mark.metricLabel}</td>
              <td>{mark.sourceLabel}</td>
              <td>{mark.reportCount}</td>
              <td>{status(mark)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
