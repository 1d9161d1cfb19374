import { formatNumber } from '../ui/format';
import type { RangeRow } from '../view/model';

interface RangeChartProps {
  title: string;
  unit: string;
  rows: readonly RangeRow[];
}

const WIDTH = 372;
const LABEL_WIDTH = 98;
const VALUE_WIDTH = 118;
const MAX_LABEL_CHARS = 16;
const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 22;

/** Qualifiers that leave the true value above the printed one, or below it. */
const OPEN_ABOVE = new Set(['more than', 'at least', 'over']);
const OPEN_BELOW = new Set(['as many as', 'up to', 'within', 'possibly', 'no more than']);

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * Figures for one metric from different sources on one shared axis: a low–high bar per
 * source, with a dashed extension where the qualifier leaves the value open ("more than",
 * "as many as"). Derived figures are drawn hollow so they never pass for reported ones.
 */
export function RangeChart({ title, unit, rows }: RangeChartProps) {
  const max = niceMax(Math.max(...rows.map((row) => row.high)) * 1.15);
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 8;
  const x = (value: number) => LABEL_WIDTH + (value / max) * plotWidth;
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const ticks = [0, max / 2, max];
  const summary = rows.map((row) => `${row.label}: ${row.valueText}`).join('; ');
  return (
    <figure className="range-chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={`${title} (${unit}). ${summary}`}
      >
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT + ROW_HEIGHT / 2;
          const x1 = x(row.low);
          const x2 = Math.max(x(row.high), x1 + 5);
          const qualifier = row.qualifier.toLowerCase();
          return (
            <g key={row.id} className={row.derived ? 'range-row derived' : 'range-row'}>
              <text x={0} y={y + 4} className="range-label">
                {clip(row.label, MAX_LABEL_CHARS)}
              </text>
              {OPEN_ABOVE.has(qualifier) ? (
                <line x1={x2} x2={x(max)} y1={y} y2={y} className="range-open" />
              ) : null}
              {OPEN_BELOW.has(qualifier) ? (
                <line x1={x(0)} x2={x1} y1={y} y2={y} className="range-open" />
              ) : null}
              <rect x={x1} y={y - 6} width={x2 - x1} height={12} rx={2} className="range-bar" />
              <text x={x(max) + 6} y={y + 4} className="range-value">
                {clip(row.shortValue, 20)}
              </text>
              <title>{`${row.label}: ${row.valueText}`}</title>
            </g>
          );
        })}
        <g className="range-axis">
          <line x1={x(0)} x2={x(max)} y1={height - AXIS_HEIGHT + 4} y2={height - AXIS_HEIGHT + 4} />
          {ticks.map((tick, index) => (
            <text
              key={tick}
              x={x(tick)}
              y={height - 4}
              textAnchor={index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'}
            >
              {unit === '%' ? `${formatNumber(tick)}%` : formatNumber(tick)}
            </text>
          ))}
        </g>
      </svg>
    </figure>
  );
}
