import type { PickableSource } from '../published';
import { SourcePicker } from './SourcePicker';

interface OutletPickerProps {
  /** The picked outlet's id; '' for this report's own stand-in. */
  value: string;
  /** Sources of the registry and of the draft: the picker offers the media among them. */
  sources: readonly PickableSource[];
  /** The stand-in's id, `outlet-<report id>`, shown when nothing is picked. */
  standInId: string;
  onChange: (id: string) => void;
}

/**
 * The report's outlet as a source of the registry: claims and carriers cite its id, so every
 * report of one outlet names the same source. A missing outlet is added under "New source"
 * (kind media) and then picked; it goes into the export's `newSources`. With none picked the
 * report gets a stand-in of its own (for an outlet the text does not name).
 */
export function OutletPicker({ value, sources, standInId, onChange }: OutletPickerProps) {
  const picked = sources.find((s) => s.id === value);
  const media = sources.filter((s) => s.kind === 'media');
  return (
    <div className="wb-outlet">
      <p className="wb-hint" role="status" aria-label="Outlet source">
        {value === ''
          ? `Outlet source: a stand-in of this report only (${standInId}). Pick the outlet from the registry when it has one.`
          : picked
            ? `Outlet source: ${picked.shortName} (${picked.id}), from the registry.`
            : `Outlet source: “${value}” is not a source of the registry or of this draft.`}
      </p>
      <SourcePicker
        label="Outlet from the registry"
        sources={media}
        exclude={value ? [value] : []}
        onPick={onChange}
      />
      {value !== '' ? (
        <button type="button" onClick={() => onChange('')}>
          Use a stand-in for this report only
        </button>
      ) : null}
    </div>
  );
}
