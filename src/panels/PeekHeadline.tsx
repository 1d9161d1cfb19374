import type { FigureView } from '../view/model';
import { formatIsoDate, formatNumber } from '../ui/format';

interface PeekHeadlineProps {
  /** The selected area's headline figures (two are shown), or null with no area selected. */
  figures: readonly FigureView[] | null;
  /** The date the figures are shown as of (YYYY-MM-DD). */
  asOf: string;
  /** How many figures are known as of that date (said when no area is selected). */
  figureCount: number;
  loading: boolean;
}

/**
 * What the phone's sheet shows at its peek, under the area's name: its headline figures, each
 * on two lines (value and measure; source and date), two at most, so the peek keeps one height
 * whatever the figures are. The full headline is in the area panel, further up the sheet.
 */
export function PeekHeadline({ figures, asOf, figureCount, loading }: PeekHeadlineProps) {
  if (loading) return <p className="peek-note">Loading the report data…</p>;
  if (!figures) {
    return (
      <p className="peek-note">
        {formatNumber(figureCount)} figures known as of {formatIsoDate(asOf)}. Tap an area on the
        map, or open this sheet for every area.
      </p>
    );
  }
  if (figures.length === 0) {
    return (
      <p className="peek-note">No figure reported for this area as of {formatIsoDate(asOf)}.</p>
    );
  }
  return (
    <ul className="peek-headline" aria-label="Headline figures">
      {figures.slice(0, 2).map((figure) => (
        <li key={figure.id}>
          <span className="peek-line">
            <strong>{figure.valueText}</strong> {figure.metricLabel.toLowerCase()}
          </span>{' '}
          <span className="peek-line peek-meta">
            {figure.reportedOnText} · {figure.sourcesShort.join(', ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
