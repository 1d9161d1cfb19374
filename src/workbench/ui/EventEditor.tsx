import type { Problem } from '../../data/problem';
import { languageProps } from '../../ui/textDirection';
import type { DraftClaim, DraftEvent } from '../draft';
import { isCarried } from '../export';
import { copiedRun } from '../ownWords';
import type { PickableSource } from '../published';
import { AreaField } from './AreaField';
import { DateRefField } from './DateRefField';
import { Field } from './Field';
import { ProblemList } from './ProblemList';
import { SourceChecks } from './SourceChecks';

interface EventEditorProps {
  index: number;
  /** The report's language (BCP 47): the selected words are shown in it. */
  language: string;
  /** The article text, to warn when a title copies its words. */
  article: string;
  event: DraftEvent;
  /** The draft's claims: the event can name those of this report (not carried ones). */
  claims: readonly DraftClaim[];
  problems: readonly Problem[];
  areaNames: ReadonlyMap<string, string>;
  sources: readonly PickableSource[];
  nameOf: (id: string) => string;
  onChange: (event: DraftEvent) => void;
  onRemove: () => void;
}

/** "Claim 3 · about 2000 · killed": how a claim is named in the event's list. */
function claimLabel(claim: DraftClaim, i: number): string {
  const figure =
    claim.low !== ''
      ? `${claim.qualifier} ${claim.low}${claim.high !== claim.low && claim.high ? `–${claim.high}` : ''}`
      : 'statement';
  return [`Claim ${i + 1}`, figure.trim(), claim.metric].filter(Boolean).join(' · ');
}

/** One event: title in our words, date, place, who says it, and the claims it is about. */
export function EventEditor(props: EventEditorProps) {
  const { index, language, article, event, claims, problems, areaNames, sources, nameOf } = props;
  const set = (patch: Partial<DraftEvent>) => props.onChange({ ...event, ...patch });
  const copied = copiedRun(event.title, article);
  const own = claims.flatMap((c, i) => (isCarried(c) ? [] : [{ claim: c, i }]));
  return (
    <fieldset className="wb-event" aria-label={`Event ${index + 1}`}>
      <legend>
        Event {index + 1} · {event.title.trim() || '(no title yet)'}
      </legend>
      {event.anchor ? (
        <p className="wb-quote">
          Words: <q {...languageProps(language)}>{event.anchor.quote.exact}</q>
        </p>
      ) : (
        <p className="wb-hint">Re-opened from a report file: not anchored in a text.</p>
      )}
      <Field label="Event title (our words)">
        <input value={event.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <DateRefField
        label="Event date"
        value={event.date}
        candidates={event.dateCandidates}
        onChange={(date) => set({ date })}
      />
      <AreaField
        label="Event area"
        value={event.area}
        candidates={event.areaCandidates}
        areaNames={areaNames}
        of="the event"
        onChange={(area) => set({ area })}
      />
      <fieldset className="wb-sources">
        <legend>Event sources</legend>
        <SourceChecks
          chosen={event.sources}
          candidates={event.sourceCandidates}
          sources={sources}
          nameOf={nameOf}
          pickLabel="Add an event source from the registry"
          onChange={(chosen) => set({ sources: chosen })}
        />
      </fieldset>
      <fieldset className="wb-sources">
        <legend>Claims of this report it is about</legend>
        {own.length === 0 ? <p className="wb-hint">No claims of this report yet.</p> : null}
        {own.map(({ claim, i }) => (
          <label key={claim.key} className="wb-check">
            <input
              type="checkbox"
              checked={event.claims.includes(claim.key)}
              onChange={(e) =>
                set({
                  claims: e.target.checked
                    ? [...event.claims, claim.key]
                    : event.claims.filter((k) => k !== claim.key),
                })
              }
            />
            {claimLabel(claim, i)}
          </label>
        ))}
      </fieldset>
      {copied ? (
        <p className="wb-ambiguous" role="note">
          Write the title in our own words: this repeats the article’s “{copied}”.
        </p>
      ) : null}
      <ProblemList label={`Problems of event ${index + 1}`} problems={problems} />
      <button type="button" className="wb-remove" onClick={props.onRemove}>
        Remove event {index + 1}
      </button>
    </fieldset>
  );
}
