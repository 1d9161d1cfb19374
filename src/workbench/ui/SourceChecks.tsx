import type { PickableSource } from '../published';
import { SourcePicker } from './SourcePicker';
import { OUTLET_SOURCE } from './ViaField';

interface SourceChecksProps {
  /** Ids ticked. */
  chosen: readonly string[];
  /** Ids the sentence names (offered to tick, marked as named). */
  candidates: readonly string[];
  sources: readonly PickableSource[];
  nameOf: (id: string) => string;
  /** Names the registry's search field. */
  pickLabel: string;
  onChange: (chosen: string[]) => void;
}

/**
 * Who says it: the sources the sentence names and those chosen, each a checkbox, and any other
 * from the registry (or this report's outlet) by a search. Claims and events use it.
 */
export function SourceChecks(props: SourceChecksProps) {
  const { chosen, candidates, sources, nameOf, onChange } = props;
  return (
    <>
      {[...new Set([...candidates, ...chosen])].map((id) => (
        <label key={id} className="wb-check">
          <input
            type="checkbox"
            checked={chosen.includes(id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, id] : chosen.filter((s) => s !== id))
            }
          />
          {nameOf(id)}
          {candidates.includes(id) ? ' (named in the sentence)' : ''}
        </label>
      ))}
      <SourcePicker
        label={props.pickLabel}
        sources={[OUTLET_SOURCE, ...sources.filter((s) => s.kind !== 'outlet')]}
        exclude={chosen}
        onPick={(id) => onChange([...chosen, id])}
      />
    </>
  );
}
