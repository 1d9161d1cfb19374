import { METRIC_IDS, metricInfo, isMetricId } from '../../data/metrics';
import type { Problem } from '../../data/problem';
import type { DraftClaim } from '../draft';
import { OUTLET_TOKEN } from '../export';
import type { PickableSource } from '../published';
import { DateRefField } from './DateRefField';
import { copiedRun } from '../ownWords';
import { languageProps } from '../../ui/textDirection';
import { ClaimSources, GradeFields, ValueFields } from './ClaimFields';
import { AreaField } from './AreaField';
import { Field } from './Field';
import { ProblemList } from './ProblemList';

interface ClaimEditorProps {
  index: number;
  /** The report's language (BCP 47): its quote is in it (the rest of the editor is English). */
  language: string;
  /** The article text, to warn when a note copies its words. */
  article: string;
  claim: DraftClaim;
  problems: readonly Problem[];
  areaNames: ReadonlyMap<string, string>;
  /** Published claims (id → short description), for words that repeat one of them. */
  publishedClaims: ReadonlyMap<string, string>;
  sources: readonly PickableSource[];
  onChange: (claim: DraftClaim) => void;
  onRemove: () => void;
}

/** One drafted claim: every field can be corrected; problems name the field. */
export function ClaimEditor(props: ClaimEditorProps) {
  const { index, language, article, claim, problems, areaNames, sources, onChange, onRemove } =
    props;
  const { publishedClaims } = props;
  const copied = [claim.note, claim.statement].map((t) => copiedRun(t, article)).find(Boolean);
  const set = (patch: Partial<DraftClaim>) => onChange({ ...claim, ...patch });
  const sourceName = (id: string) =>
    id === OUTLET_TOKEN
      ? "this report's outlet"
      : (sources.find((s) => s.id === id)?.shortName ?? id);
  const figure =
    claim.low !== ''
      ? `${claim.qualifier} ${claim.low}${claim.high !== claim.low ? `–${claim.high}` : ''}`
      : 'statement';
  return (
    <fieldset className="wb-claim" aria-label={`Claim ${index + 1}`}>
      <legend>
        Claim {index + 1} · {figure.trim()}
      </legend>
      <p className="wb-quote">
        Quote: <q {...languageProps(language)}>{claim.quote}</q>
        {claim.anchor ? null : <small> (re-opened: not anchored in a text)</small>}
      </p>
      <Field label="Repeats a published claim">
        <select value={claim.carries ?? ''} onChange={(e) => set({ carries: e.target.value })}>
          <option value="">(no: a claim of this report)</option>
          {[...publishedClaims].map(([id, label]) => (
            <option key={id} value={id}>
              {id} · {label}
            </option>
          ))}
        </select>
      </Field>
      {claim.carries ? (
        <p className="wb-hint">
          Exported under carries: only the quote, who carried it and the note are kept; the figure,
          dates and grade stay those of the published claim.
        </p>
      ) : null}
      <Field label="Measure">
        <select
          value={claim.metric}
          onChange={(event) => {
            const metric = event.target.value;
            const unit = isMetricId(metric) ? metricInfo(metric).unit : null;
            set({ metric, ...(unit ? { unit } : {}) });
          }}
        >
          <option value="">(choose)</option>
          {METRIC_IDS.map((id) => (
            <option key={id} value={id}>
              {metricInfo(id).label}
              {claim.metricCandidates.includes(id) ? ' (suggested)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <AreaField
        label="Area"
        value={claim.area}
        candidates={claim.areaCandidates}
        areaNames={areaNames}
        of="the figure"
        onChange={(area) => set({ area })}
      />
      <ValueFields claim={claim} set={set} />
      <DateRefField
        label="Refers to"
        value={claim.refersTo}
        candidates={claim.dateCandidates}
        onChange={(refersTo) => set({ refersTo })}
      />
      <DateRefField
        label="Reported on"
        value={claim.reportedOn}
        candidates={claim.dateCandidates}
        onChange={(reportedOn) => set({ reportedOn })}
      />
      <ClaimSources claim={claim} sources={sources} nameOf={sourceName} set={set} />
      <Field label="Note (our words)">
        <textarea rows={2} value={claim.note} onChange={(e) => set({ note: e.target.value })} />
      </Field>
      <GradeFields claim={claim} set={set} />
      {copied ? (
        <p className="wb-ambiguous" role="note">
          Write notes and statements in our own words: this repeats the article’s “{copied}”.
        </p>
      ) : null}
      <ProblemList label={`Problems of claim ${index + 1}`} problems={problems} />
      <button type="button" className="wb-remove" onClick={onRemove}>
        Remove claim {index + 1}
      </button>
    </fieldset>
  );
}
