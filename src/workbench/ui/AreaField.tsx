import type { AreaCandidate } from '../parse/suggest';
import { Field } from './Field';

interface AreaFieldProps {
  label: string;
  value: string;
  /** The places the sentence names: marked in the list, and listed when there are several. */
  candidates: readonly AreaCandidate[];
  areaNames: ReadonlyMap<string, string>;
  /** What the area is of, for the note: "the figure", "the event". */
  of: string;
  onChange: (area: string) => void;
}

/** The area of a claim or an event: any area of the data, those the sentence names marked. */
export function AreaField({ label, value, candidates, areaNames, of, onChange }: AreaFieldProps) {
  return (
    <>
      <Field label={label}>
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">(choose)</option>
          {[...areaNames].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
              {candidates.some((c) => c.id === id) ? ' (named in the sentence)' : ''}
            </option>
          ))}
        </select>
      </Field>
      {candidates.length > 1 ? (
        <p className="wb-ambiguous" role="note">
          The sentence names {candidates.length} places:{' '}
          {candidates.map((c) => `${c.label} (${c.detail})`).join('; ')}. Pick the one {of} is
          about.
        </p>
      ) : null}
    </>
  );
}
