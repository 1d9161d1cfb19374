import { cloneElement, useId, type ReactElement } from 'react';
import { METRIC_IDS, UNITS, metricInfo, isMetricId } from '../../data/metrics';
import type { DraftClaim } from '../draft';
import { OUTLET_TOKEN } from '../export';
import type { PickableSource } from '../published';
import { DateRefField } from './DateRefField';
import { copiedRun } from '../ownWords';
import { INFO_GRADES, SOURCE_GRADES } from './GradeTable';
import { SourcePicker } from './SourcePicker';
import { ViaField } from './ViaField';

interface ClaimEditorProps {
  index: number;
  /** The article text, to warn when a note copies its words. */
  article: string;
  claim: DraftClaim;
  problems: readonly string[];
  areaNames: ReadonlyMap<string, string>;
  sources: readonly PickableSource[];
  onChange: (claim: DraftClaim) => void;
  onRemove: () => void;
}

/** A labelled control; the label names it alone (a wrapping label would add its value). */
function Field({ label, children }: { label: string; children: ReactElement<{ id?: string }> }) {
  const id = useId();
  return (
    <div className="wb-field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}

/** One drafted claim: every field can be corrected; problems name the field. */
export function ClaimEditor(props: ClaimEditorProps) {
  const { index, article, claim, problems, areaNames, sources, onChange, onRemove } = props;
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
  const sourceChoices = [...new Set([...claim.sourceCandidates, ...claim.source])];
  return (
    <fieldset className="wb-claim" aria-label={`Claim ${index + 1}`}>
      <legend>
        Claim {index + 1} · {figure.trim()}
      </legend>
      <p className="wb-quote">
        Quote: <q>{claim.quote}</q>
        {claim.anchor ? null : <small> (re-opened: not anchored in a text)</small>}
      </p>
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
      <Field label="Area">
        <select value={claim.area} onChange={(event) => set({ area: event.target.value })}>
          <option value="">(choose)</option>
          {[...areaNames].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
              {claim.areaCandidates.some((c) => c.id === id) ? ' (named in the sentence)' : ''}
            </option>
          ))}
        </select>
      </Field>
      {claim.areaCandidates.length > 1 ? (
        <p className="wb-ambiguous" role="note">
          The sentence names {claim.areaCandidates.length} places:{' '}
          {claim.areaCandidates.map((c) => `${c.label} (${c.detail})`).join('; ')}. Pick the one the
          figure is about.
        </p>
      ) : null}
      <div className="wb-row">
        <Field label="Low">
          <input
            value={claim.low}
            inputMode="decimal"
            onChange={(e) => set({ low: e.target.value })}
          />
        </Field>
        <Field label="High">
          <input
            value={claim.high}
            inputMode="decimal"
            onChange={(e) => set({ high: e.target.value })}
          />
        </Field>
        <Field label="Unit">
          <select value={claim.unit} onChange={(e) => set({ unit: e.target.value })}>
            <option value="">(none)</option>
            {UNITS.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </Field>
        <Field label="Qualifier">
          <input value={claim.qualifier} onChange={(e) => set({ qualifier: e.target.value })} />
        </Field>
      </div>
      {claim.low === '' ? (
        <Field label="Statement (our words)">
          <textarea
            rows={2}
            value={claim.statement}
            onChange={(e) => set({ statement: e.target.value })}
          />
        </Field>
      ) : null}
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
      <fieldset className="wb-sources">
        <legend>Source</legend>
        {sourceChoices.map((id) => (
          <label key={id} className="wb-check">
            <input
              type="checkbox"
              checked={claim.source.includes(id)}
              onChange={(e) =>
                set({
                  source: e.target.checked
                    ? [...claim.source, id]
                    : claim.source.filter((s) => s !== id),
                })
              }
            />
            {sourceName(id)}
            {claim.sourceCandidates.includes(id) ? ' (named in the sentence)' : ''}
          </label>
        ))}
        <SourcePicker
          label="Add a source from the registry"
          sources={sources.filter((s) => s.kind !== 'outlet')}
          exclude={claim.source}
          onPick={(id) => set({ source: [...claim.source, id] })}
        />
        <ViaField
          via={claim.via}
          sources={sources}
          nameOf={sourceName}
          onChange={(via) => set({ via })}
        />
      </fieldset>
      <Field label="Note (our words)">
        <textarea rows={2} value={claim.note} onChange={(e) => set({ note: e.target.value })} />
      </Field>
      <div className="wb-row">
        <Field label="Source grade">
          <select value={claim.gradeSource} onChange={(e) => set({ gradeSource: e.target.value })}>
            <option value="">(grade)</option>
            {SOURCE_GRADES.map(([g, label]) => (
              <option key={g} value={g}>
                {g} · {label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Information grade">
          <select value={claim.gradeInfo} onChange={(e) => set({ gradeInfo: e.target.value })}>
            <option value="">(grade)</option>
            {INFO_GRADES.map(([g, label]) => (
              <option key={g} value={g}>
                {g} · {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Grade reason">
        <input value={claim.gradeReason} onChange={(e) => set({ gradeReason: e.target.value })} />
      </Field>
      {copied ? (
        <p className="wb-ambiguous" role="note">
          Write notes and statements in our own words: this repeats the article’s “{copied}”.
        </p>
      ) : null}
      {problems.length ? (
        <ul className="wb-problems" aria-label={`Problems of claim ${index + 1}`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p className="wb-ok">Valid.</p>
      )}
      <button type="button" className="wb-remove" onClick={onRemove}>
        Remove claim {index + 1}
      </button>
    </fieldset>
  );
}
