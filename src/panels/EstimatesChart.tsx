import './EstimatesChart.css';
import type { EstimateMark, EstimateSource, EstimatesChartModel } from '../view/estimates';
import { formatIsoDate, formatNumber } from '../ui/format';
import { EstimatesTable, markValueText } from './EstimatesTable';

const WIDTH = 372;
const HEIGHT = 210;
const M = { left: 46, right: 12, top: 16, bottom: 26 };
const DAY_MS = 86_400_000;
/** Sources that are not parties to the war: cool colours, round shapes. */
const OTHER_COLOURS = ['#1f5fa8', '#2a8a7e', '#6a4c93', '#3d7d3d', '#0b7285', '#5c6bc0'];
/** Parties to the war: warm colours, square shapes. */
const PARTY_COLOURS = ['#c0392b', '#b35c00', '#8e3b5e', '#a0522d'];
const GREY = '#b0b0b0';
const OPEN_LENGTH = 16;

function ms(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/** First days of months between two dates, every `step` months. */
function monthTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  const d = new Date(from);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  while (t <= to) {
    ticks.push(t);
    const next = new Date(t);
    t = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  const step = Math.ceil(ticks.length / 6);
  return ticks.filter((_, i) => i % step === 0);
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const yearLabel = new Intl.DateTimeFormat('en-GB', { year: '2-digit', timeZone: 'UTC' });

export function sourceColour(source: EstimateSource | undefined): string {
  if (!source) return GREY;
  const palette = source.party ? PARTY_COLOURS : OTHER_COLOURS;
  return palette[source.index % palette.length] ?? GREY;
}

/** A source's symbol: squares (or triangles) for parties, circles (or diamonds) for others. */
function Symbol(props: { source: EstimateSource | undefined; x: number; y: number; style: Style }) {
  const { x, y, style } = props;
  const party = props.source?.party ?? false;
  const alt = (props.source?.index ?? 0) >= (party ? PARTY_COLOURS : OTHER_COLOURS).length;
  const r = 5;
  if (party && !alt) return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...style} />;
  if (party)
    return (
      <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`} {...style} />
    );
  if (alt)
    return (
      <path
        d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`}
        {...style}
      />
    );
  return <circle cx={x} cy={y} r={r} {...style} />;
}

interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

function Mark(props: {
  mark: EstimateMark;
  source: EstimateSource | undefined;
  x: (iso: string) => number;
  y: (value: number) => number;
}) {
  const { mark, source, x, y } = props;
  const colour = mark.later ? GREY : sourceColour(source);
  const cx = x(mark.date);
  const mid = y((mark.low + mark.high) / 2);
  const dash = mark.derived ? '3 2' : undefined;
  const style: Style = {
    fill: mark.derived ? '#fff' : colour,
    stroke: colour,
    strokeWidth: 1.6,
    ...(dash ? { strokeDasharray: dash } : {}),
  };
  const top = y(mark.high);
  const bottom = y(mark.low);
  return (
    <g
      className="estimate-mark"
      data-mark={mark.id}
      data-later={mark.later ? 'true' : 'false'}
      data-new={mark.isNew ? 'true' : 'false'}
      data-derived={mark.derived ? 'true' : 'false'}
      data-source={mark.sourceKey}
      opacity={mark.later ? 0.75 : 1}
    >
      <title>
        {`${mark.sourceLabel}: ${markValueText(mark)} (${mark.metricLabel.toLowerCase()}), reported ${formatIsoDate(mark.date)}${mark.derived ? '. Derived, not reported' : ''}${mark.later ? '. Reported after the as-of date' : ''}`}
      </title>
      {mark.spanStart ? (
        <line
          x1={x(mark.spanStart)}
          x2={cx}
          y1={mid}
          y2={mid}
          stroke={colour}
          strokeWidth={1}
          strokeOpacity={0.6}
        />
      ) : null}
      {mark.high > mark.low ? (
        <line
          x1={cx}
          x2={cx}
          y1={top}
          y2={bottom}
          stroke={colour}
          strokeWidth={2.5}
          strokeDasharray={dash}
        />
      ) : null}
      {mark.open === 'above' ? (
        <path
          d={`M${cx} ${top}V${top - OPEN_LENGTH}M${cx - 3} ${top - OPEN_LENGTH + 4}L${cx} ${top - OPEN_LENGTH}L${cx + 3} ${top - OPEN_LENGTH + 4}`}
          stroke={colour}
          strokeWidth={1.4}
          strokeDasharray="2 2"
          fill="none"
        />
      ) : null}
      {mark.open === 'below' ? (
        <path
          d={`M${cx} ${bottom}V${bottom + OPEN_LENGTH}M${cx - 3} ${bottom + OPEN_LENGTH - 4}L${cx} ${bottom + OPEN_LENGTH}L${cx + 3} ${bottom + OPEN_LENGTH - 4}`}
          stroke={colour}
          strokeWidth={1.4}
          strokeDasharray="2 2"
          fill="none"
        />
      ) : null}
      {mark.isNew ? (
        <circle cx={cx} cy={mid} r={9} fill="none" stroke="#d49b00" strokeWidth={2} />
      ) : null}
      <Symbol source={source} x={cx} y={mid} style={style} />
    </g>
  );
}

/**
 * Competing estimates of one measure over time: x is the date reported, y the value; one mark
 * per claim (a low–high bar for ranges, a dashed arrow where "more than" or "up to" leaves the
 * value open), colour and shape by source (parties to the war in warm squares), derived sums
 * hollow and dashed, the as-of date as a line with later figures grey, a since line with new
 * figures ringed. The table below is the same data for keyboards and screen readers.
 */
export function EstimatesChart({ chart }: { chart: EstimatesChartModel }) {
  const dates = chart.marks.flatMap((mark) => [mark.date, mark.spanStart ?? mark.date]);
  const from = Math.min(...dates.map(ms), ms(chart.asOf)) - 10 * DAY_MS;
  const to = Math.max(...dates.map(ms), ms(chart.asOf)) + 10 * DAY_MS;
  const max = niceMax(Math.max(...chart.marks.map((mark) => mark.high)) * 1.12);
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (iso: string) => M.left + ((ms(iso) - from) / (to - from)) * plotW;
  const xt = (t: number) => M.left + ((t - from) / (to - from)) * plotW;
  const y = (value: number) => M.top + plotH - (value / max) * plotH;
  const sources = new Map(chart.sources.map((source) => [source.key, source]));
  const titleId = `${chart.id}-title`;
  const asOfX = x(chart.asOf);
  return (
    <figure className="estimates-chart" data-chart={chart.id}>
      <figcaption id={titleId}>
        {chart.title} over time ({chart.unit}), by date reported
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={titleId}
        className="estimates-svg"
      >
        {[0, max / 2, max].map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} stroke="#e3e3e3" />
            <text
              x={M.left - 4}
              y={y(tick) + 4}
              textAnchor="end"
              fontSize={10}
              className="axis-label"
            >
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {monthTicks(from, to).map((t) => (
          <text
            key={t}
            x={xt(t)}
            y={HEIGHT - 8}
            textAnchor="middle"
            fontSize={10}
            className="axis-label"
          >
            {monthLabel.format(t)}{' '}
            {new Date(t).getUTCMonth() === 0 ? `’${yearLabel.format(t)}` : ''}
          </text>
        ))}
        {chart.since ? (
          <g className="since-line">
            <line
              x1={x(chart.since)}
              x2={x(chart.since)}
              y1={M.top}
              y2={M.top + plotH}
              stroke="#d49b00"
              strokeDasharray="4 3"
            />
            <text
              x={x(chart.since) + 3}
              y={M.top + plotH - 4}
              fontSize={10}
              className="axis-label since-label"
            >
              since {formatIsoDate(chart.since)}
            </text>
          </g>
        ) : null}
        <line
          className="asof-line"
          x1={asOfX}
          x2={asOfX}
          y1={M.top - 6}
          y2={M.top + plotH}
          stroke="#333"
          strokeWidth={1.2}
        />
        <text
          x={asOfX > WIDTH - 90 ? asOfX - 3 : asOfX + 3}
          y={M.top - 4}
          textAnchor={asOfX > WIDTH - 90 ? 'end' : 'start'}
          fontSize={10}
          className="axis-label asof-label"
        >
          as of {formatIsoDate(chart.asOf)}
        </text>
        {chart.marks.map((mark) => (
          <Mark key={mark.id} mark={mark} source={sources.get(mark.sourceKey)} x={x} y={y} />
        ))}
      </svg>
      <ul className="estimates-legend" aria-label="Sources">
        {chart.sources.map((source) => (
          <li key={source.key}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <Symbol
                source={source}
                x={0}
                y={0}
                style={{ fill: sourceColour(source), stroke: sourceColour(source), strokeWidth: 1 }}
              />
            </svg>
            {source.label}
            {source.party ? <span className="party-tag"> (party to the war)</span> : null}
          </li>
        ))}
        <li className="legend-derived">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <circle r={5} fill="#fff" stroke="#555" strokeDasharray="3 2" strokeWidth={1.4} />
          </svg>
          derived (hollow, dashed)
        </li>
        <li className="legend-later">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <circle r={5} fill={GREY} />
          </svg>
          reported after the as-of date
        </li>
      </ul>
      <EstimatesTable chart={chart} />
    </figure>
  );
}
