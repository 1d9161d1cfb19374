import { useId, useState } from 'react';
import type { PickableSource } from '../published';
import { matchSources } from '../sourceSearch';

interface SourcePickerProps {
  /** Names the search field ("Add a source from the registry"). */
  label: string;
  sources: readonly PickableSource[];
  /** Ids already chosen: not offered again, and said so when searched for. */
  exclude?: readonly string[];
  onPick: (id: string) => void;
}

function detail(source: PickableSource): string {
  return [source.name, source.kind, source.country ?? 'country not said'].join(' · ');
}

/**
 * A searchable pick of the registry's sources: type a name, short name or alias, then choose
 * one of the matches (Enter takes the first). A source the registry lacks is added under
 * "New source".
 */
export function SourcePicker({ label, sources, exclude = [], onPick }: SourcePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const all = matchSources(sources, query, 50);
  const matches = all.filter((m) => !exclude.includes(m.source.id)).slice(0, 8);
  const chosen = all.filter((m) => exclude.includes(m.source.id)).map((m) => m.source.shortName);
  const pick = (sourceId: string) => {
    onPick(sourceId);
    setQuery('');
  };
  return (
    <div className="wb-field wb-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Name, short name or alias"
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            pick(first.source.id);
          }
        }}
      />
      {query.trim() === '' ? null : matches.length === 0 ? (
        <p className="wb-hint">
          {chosen.length > 0
            ? `Already chosen: ${chosen.join(', ')}.`
            : `No source of the registry matches “${query.trim()}”: add it under “New source”.`}
        </p>
      ) : (
        <ul className="wb-picks" aria-label={`${label}: matches`}>
          {matches.map(({ source, matched }) => (
            <li key={source.id}>
              <button type="button" onClick={() => pick(source.id)} title={detail(source)}>
                {source.shortName}
                <small>
                  {' '}
                  {detail(source)}
                  {matched !== source.shortName && matched !== source.name
                    ? ` · as “${matched}”`
                    : ''}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
