import { useState } from 'react';
import { SOURCE_KINDS } from '../../data/schema';
import type { DraftSource } from '../draft';
import { slugify } from '../export';

interface NewSourceFormProps {
  onAdd: (source: DraftSource) => void;
}

/**
 * A source the registry (geodata/sources.json) does not have yet: the export defines it in the
 * report file's `newSources`, which the build merges into the registry's sources.
 */
export function NewSourceForm({ onAdd }: NewSourceFormProps) {
  const empty: DraftSource = {
    id: '',
    name: '',
    shortName: '',
    kind: 'media',
    country: '',
    party: false,
    aliases: [],
    note: '',
  };
  const [aliases, setAliases] = useState('');
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
      <label>
        <span>Aliases: other names articles use, separated by semicolons</span>
        <input value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <label>
        <span>Note (who it is, in our words; optional)</span>
        <input value={source.note ?? ''} onChange={(e) => set({ note: e.target.value })} />
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
          onAdd({
            ...source,
            id: slugify(source.id),
            shortName: source.shortName || source.name,
            aliases: aliases
              .split(';')
              .map((a) => a.trim())
              .filter(Boolean),
          });
          setSource(empty);
          setAliases('');
        }}
      >
        Add source
      </button>
    </details>
  );
}
