import type { DraftDateRef } from '../parse/dates';

const PRECISIONS = ['day', 'week', 'month', 'period', 'before'] as const;

interface DateRefFieldProps {
  label: string;
  value: DraftDateRef;
  candidates: readonly DraftDateRef[];
  onChange: (value: DraftDateRef) => void;
}

const describe = (ref: DraftDateRef) =>
  `${ref.asPrinted} → ${ref.start ? `${ref.start}…` : '…'}${ref.end} (${ref.precision})`;

/** A date or period of a claim: start, end, precision and the words as printed. */
export function DateRefField({ label, value, candidates, onChange }: DateRefFieldProps) {
  return (
    <fieldset className="wb-dateref">
      <legend>{label}</legend>
      <label>
        <span>Precision</span>
        <select
          value={value.precision}
          onChange={(event) => {
            const precision = event.target.value as DraftDateRef['precision'];
            onChange({
              ...value,
              precision,
              start: precision === 'before' ? null : (value.start ?? value.end),
            });
          }}
        >
          {PRECISIONS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        <span>Start</span>
        <input
          type="date"
          value={value.start ?? ''}
          disabled={value.precision === 'before'}
          onChange={(event) => onChange({ ...value, start: event.target.value || null })}
        />
      </label>
      <label>
        <span>End</span>
        <input
          type="date"
          value={value.end}
          onChange={(event) => onChange({ ...value, end: event.target.value })}
        />
      </label>
      <label>
        <span>As printed</span>
        <input
          type="text"
          value={value.asPrinted}
          onChange={(event) => onChange({ ...value, asPrinted: event.target.value })}
        />
      </label>
      {candidates.length ? (
        <div className="wb-candidates">
          <span>Dates in the sentence:</span>
          {candidates.map((ref, i) => (
            <button key={i} type="button" onClick={() => onChange(ref)}>
              {describe(ref)}
            </button>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
