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
      reported <time dateTime={figure.reportedOn}>{figure.dateText}</time> by{' '}
      {figure.sources.join(' and ')}
      {figure.party ? ' (a party to the war)' : ''}, grade {figure.grade}
      {figure.context ? `, figure for ${figure.areaName} as a whole` : ''} ·{' '}
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
          {family.change ? <dd className="picture-change">Change: {family.change.text}</dd> : null}
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
      <h3 id="picture-title">Current picture</h3>
      <p className="picture-asof">
        As of {picture.asOfText}. A figure older than {picture.oldAfterDays} days is marked old;
        other estimates are those of the {picture.windowDays} days before.
      </p>
      <dl className="picture-list">
        {picture.families.map((family) => (
          <Family key={family.id} family={family} />
        ))}
      </dl>
    </section>
  );
}

/** The same picture in a few lines, for an area's card in the overview (inside a button). */
export function CurrentPictureLines({ picture }: { picture: CurrentPicture }) {
  return (
    <>
      {picture.families.map(({ id, label, figure, noneText }) => (
        <span key={id} className="area-card-figure" data-family={id}>
          <span className="area-card-family">{label}: </span>
          {figure ? (
            <>
              {figure.valueText}{' '}
              <small>
                {figure.dateText} · {figure.sources.join(' and ')}
                {figure.context ? ` · ${figure.areaName} as a whole` : ''}
                {figure.old ? ' · old' : ''}
              </small>
            </>
          ) : (
            <small>{noneText}</small>
          )}
        </span>
      ))}
    </>
  );
}
