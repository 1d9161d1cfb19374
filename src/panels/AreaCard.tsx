import { CurrentPictureLines } from './CurrentPicture';
import type { AreaSummary } from '../view/model';
import { formatIsoDate } from '../ui/format';

/**
 * One area's card: its name, kind and number of items, what is new since the link's since
 * date, and its current picture in a few lines. The overview's cards are buttons that open the
 * area; the page's first frame (src/app/StaticFrame.tsx, rendered at build time) draws the same
 * card without one, in the same box, so nothing moves when the overview takes its place. Its
 * CSS is in the entry stylesheet (styles.css): the frame is laid out before any script loads.
 */
export function AreaCard({
  area,
  since = null,
  onSelect,
}: {
  area: AreaSummary;
  since?: string | null;
  /** Without it the card is not a button (the static frame's). */
  onSelect?: (id: string) => void;
}) {
  const content = (
    <>
      <span className="area-card-name">{area.name}</span>
      <span className="area-card-kind">
        {area.kindLabel} · {area.figureCount} item{area.figureCount === 1 ? '' : 's'}
      </span>
      {since ? (
        <span className="area-card-new" data-new-count={area.newCount ?? 0}>
          {area.newCount ?? 0} new since {formatIsoDate(since)}
        </span>
      ) : null}
      <CurrentPictureLines picture={area.picture} />
    </>
  );
  return onSelect ? (
    <button type="button" className="area-card" onClick={() => onSelect(area.id)}>
      {content}
    </button>
  ) : (
    <div className="area-card">{content}</div>
  );
}
