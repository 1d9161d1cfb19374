import './CurrentPicture.css';
import type { CurrentPicture, FamilyPicture, PictureFigure } from '../view/currentPicture';
import { formatIsoDate } from '../ui/format';

/** "no other estimate …" → "No other estimate …". */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who said it, when, of which area, and how old it is. */
function FigureMeta({ figure }: { figure: PictureFigure }) {
  return (
    <>
      {figure.aboutText ? `${figure.aboutText}, ` : ''}reported{' '}
      <time dateTime={figure.reportedOn}>{figure.reportedText}</time> by {figure.sourcesText}
      {figure.context ? ` · figure for ${figure.areaName} as a whole` : ''} · grade {figure.grade} ·{' '}
      <span className={figure.old ? 'picture-age picture-old' : 'picture-age'}>
        {figure.ageText}
      </span>
      {figure.newSince ? (
        <span className="figure-new">new since {formatIsoDate(figure.newSince)}</span>
      ) : null}
    </>
  );
}

function Family({ family }: { family: FamilyPicture }) {
  const { figure } = family;
  return (
    <div className="picture-family" data-family={family.id}>
      <dt>{family.label}</dt>
      {figure ? (
        <>
          <dd className="picture-value">{figure.valueText}</dd>
          <dd className="picture-meta">
            <FigureMeta figure={figure} />
          </dd>
          <dd className="picture-others">{sentence(family.others.text)}</dd>
          {family.change ? (
            <dd className="picture-change">
              Previous figure from {family.change.source}: {family.change.before}{' '}
              {family.change.beforeWhen}
              {family.change.beforeDerived ? ' (sum of parts)' : ''} → now {family.change.after}
            </dd>
          ) : null}
        </>
      ) : (
        <dd className="picture-none">{family.noneText}</dd>
      )}
    </div>
  );
}

/**
 * The top of an area's panel: what is known as of the date, family by family (troops,
 * casualties), as a description list a screen reader reads in order ("Casualties: estimated
 * 4,700 …, reported 30 Apr 2025 by NIS …, 2 other estimates …"). The briefing image draws
 * this section (class `headline`) beside the map.
 */
export function CurrentPictureSection({ picture }: { picture: CurrentPicture }) {
  if (picture.families.length === 0) return null;
  return (
    <section aria-labelledby="picture-title" className="headline current-picture">
      <h3 id="picture-title">
        Current picture <span className="picture-asof">as of {picture.asOfText}</span>
      </h3>
      <dl className="picture-list">
        {picture.families.map((family) => (
          <Family key={family.id} family={family} />
        ))}
      </dl>
      <p className="picture-rules">
        The figure about the latest time leads, whenever it was reported; one about a time more than{' '}
        {picture.oldAfterDays} days before the as-of date is marked old. Other estimates are those
        reported in the {picture.windowDays} days before it. A vague amount (“thousands”) leads only
        when no specific figure came in the {picture.oldAfterDays} days before it.
      </p>
    </section>
  );
}

/**
 * The same picture in a few lines, for an area's card in the overview (inside a button, so
 * spans only). Families without a figure share one line: "Troops, Casualties: none reported
 * by 30 Apr 2025".
 */
export function CurrentPictureLines({ picture }: { picture: CurrentPicture }) {
  const none = picture.families.filter((family) => !family.figure);
  return (
    <>
      {picture.families.map(({ id, label, figure }) =>
        figure ? (
          <span key={id} className="area-card-figure" data-family={id}>
            <span className="area-card-family">{label}: </span>
            {figure.valueText}{' '}
            <small>
              {figure.dateText} · {figure.sourcesText}
              {figure.context ? ` · ${figure.areaName} as a whole` : ''}
              {figure.old ? ' · old' : ''}
            </small>
          </span>
        ) : null,
      )}
      {none.length ? (
        <span className="area-card-figure area-card-none">
          <span className="area-card-family">
            {none.map((family) => family.label).join(', ')}:{' '}
          </span>
          <small>none reported by {picture.asOfText}</small>
        </span>
      ) : null}
    </>
  );
}
