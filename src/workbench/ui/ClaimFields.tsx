/**
 * Parts of the claim editor: the value, the sources and carriers, the grades. Each takes the
 * claim and `set`, which applies a change to it.
 */
import { UNITS } from '../../data/metrics';
import type { DraftClaim } from '../draft';
import type { PickableSource } from '../published';
import { Field } from './Field';
import { INFO_GRADES, SOURCE_GRADES } from './GradeTable';
import { SourceChecks } from './SourceChecks';
import { ViaField } from './ViaField';

interface PartProps {
  claim: DraftClaim;
  set: (patch: Partial<DraftClaim>) => void;
}

/** Low, high, unit and qualifier; the statement (our words) when there is no value. */
export function ValueFields({ claim, set }: PartProps) {
  return (
    <>
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
    </>
  );
}

interface SourcesProps extends PartProps {
  sources: readonly PickableSource[];
  nameOf: (id: string) => string;
}

/** Who said it (suggested ones to tick, any from the registry) and who carried it. */
export function ClaimSources({ claim, sources, nameOf, set }: SourcesProps) {
  return (
    <fieldset className="wb-sources">
      <legend>Source</legend>
      <SourceChecks
        chosen={claim.source}
        candidates={claim.sourceCandidates}
        sources={sources}
        nameOf={nameOf}
        pickLabel="Add a source from the registry"
        onChange={(source) => set({ source })}
      />
      <ViaField
        via={claim.via}
        sources={sources}
        nameOf={nameOf}
        onChange={(via) => set({ via })}
      />
    </fieldset>
  );
}

/** The Admiralty grades and the reason for them. */
export function GradeFields({ claim, set }: PartProps) {
  return (
    <>
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
    </>
  );
}
