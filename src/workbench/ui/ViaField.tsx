import type { PickableSource } from '../published';
import { OUTLET_TOKEN } from '../export';
import { SourcePicker } from './SourcePicker';

interface ViaFieldProps {
  /** Source ids from the claimant to the reader; OUTLET_TOKEN for this report's outlet. */
  via: readonly string[];
  sources: readonly PickableSource[];
  nameOf: (id: string) => string;
  onChange: (via: string[]) => void;
}

/** This report's outlet, offered to the picker beside the registry's sources. */
const OUTLET: PickableSource = {
  id: OUTLET_TOKEN,
  name: "The outlet that published this report (from the report's Outlet field)",
  shortName: "This report's outlet",
  kind: 'outlet',
  country: null,
  aliases: ['outlet', 'publisher'],
};

/** Who carried a claim, in order: each carrier can be removed; new ones come from the registry. */
export function ViaField({ via, sources, nameOf, onChange }: ViaFieldProps) {
  return (
    <div className="wb-via">
      <p className="wb-hint">Carried by: {via.map(nameOf).join(' → ') || '(nobody)'}</p>
      {via.length > 0 ? (
        <ol className="wb-via-list" aria-label="Carried by, in order">
          {via.map((id, i) => (
            <li key={`${id}-${i}`}>
              {nameOf(id)}{' '}
              <button
                type="button"
                aria-label={`Remove ${nameOf(id)} from carried by`}
                onClick={() => onChange(via.filter((_v, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <SourcePicker
        label="Add a carrier (last carries it to the reader)"
        sources={[OUTLET, ...sources]}
        exclude={via}
        onPick={(id) => onChange([...via, id])}
      />
    </div>
  );
}
