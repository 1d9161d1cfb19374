import { useState } from 'react';
import { SOURCE_KINDS } from '../../data/schema';
import type { DraftSource } from '../draft';
import { slugify } from '../export';

interface NewSourceFormProps {
  onAdd: (source: DraftSource) => void;
}

/** A source the published reports do not know yet. */
export function NewSourceForm({ onAdd }: NewSourceFormProps) {
  const empty: DraftSource = {
    id: '',
    name: '',
    shortName: '',
    kind: 'media',
    country: '',
    party: false,
  };
  const [source, setSource] = useState<DraftSource>(empty);
  const set = (patch: Partial<DraftSource>) => setSource((s) => ({ ...s, ...patch }));
  return (
    <details className="wb-newsource">
      <summary>New source</summary>
      <label>
        <span>Name</span>
        <input
          value={source.name}
          onChange={(e) => set({ name: e.target.value, id: source.id || slugify(e.target.value) })}
        />
      </label>
      <label>
        <span>Short name</span>
        <input value={source.shortName} onChange={(e) => set({ shortName: e.target.value })} />
      </label>
      <label>
        <span>Id</span>
        <input value={source.id} onChange={(e) => set({ id: e.target.value })} />
      </label>
      <label>
        <span>Kind</span>
        <select value={source.kind} onChange={(e) => set({ kind: e.target.value })}>
          {SOURCE_KINDS.filter((k) => k !== 'outlet').map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        <span>Country (ISO alpha-2, empty if not said)</span>
        <input
          value={source.country}
          maxLength={2}
          onChange={(e) => set({ country: e.target.value })}
        />
      </label>
      <label className="wb-check">
        <input
          type="checkbox"
          checked={source.party}
          onChange={(e) => set({ party: e.target.checked })}
        />
        A party to the conflict
      </label>
      <button
        type="button"
        disabled={!source.id || !source.name}
        onClick={() => {
          onAdd({ ...source, id: slugify(source.id), shortName: source.shortName || source.name });
          setSource(empty);
        }}
      >
        Add source
      </button>
    </details>
  );
}
