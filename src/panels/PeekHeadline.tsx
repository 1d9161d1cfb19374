import type { FamilyPicture } from '../view/currentPicture';
import { formatIsoDate, formatNumber } from '../ui/format';

interface PeekHeadlineProps {
  /** The selected area's current picture, family by family, or null with no area selected. */
  families: readonly FamilyPicture[] | null;
  /** The date the figures are shown as of (YYYY-MM-DD). */
  asOf: string;
  /** How many figures are known as of that date (said when no area is selected). */
  figureCount: number;
  loading: boolean;
}

/**
 * What the phone's sheet shows at its peek, under the area's name: its current picture
 * (src/view/currentPicture.ts), one family to a row on two lines (family and value with what it
 * counts, "15,000 troops sent so far", cut short with an ellipsis when long; date and source,
 * or that there is none), two families at most, so the peek keeps one height whatever
 * the figures are. The full picture, with the other estimates, is in the area panel above it.
 */
export function PeekHeadline({ families, asOf, figureCount, loading }: PeekHeadlineProps) {
  if (loading) return <p className="peek-note">Loading the report data…</p>;
  if (!families) {
    return (
      <p className="peek-note">
        {formatNumber(figureCount)} figures known as of {formatIsoDate(asOf)}. Tap an area on the
        map, or open this sheet for every area.
      </p>
    );
  }
  return (
    <ul className="peek-headline" aria-label="Headline figures">
      {families.slice(0, 2).map(({ id, label, figure, noneText }) => (
        <li key={id}>
          <span className="peek-line">
            <strong>{label}:</strong> {figure ? figure.valueText : 'none reported'}
          </span>{' '}
          <span className="peek-line peek-meta">
            {figure
              ? `${figure.dateText} · ${figure.sources.join(', ')}${figure.old ? ' · old' : ''}`
              : noneText}
          </span>
        </li>
      ))}
    </ul>
  );
}
