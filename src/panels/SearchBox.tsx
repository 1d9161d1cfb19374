import { useId, useMemo, useState } from 'react';
import type { SearchEntry, SearchHit } from '../data/search';

interface SearchBoxProps {
  /** The candidates for a query, best first (src/view/searchHits.ts). */
  find: (query: string) => SearchHit[];
  onPick: (entry: SearchEntry) => void;
  /** Names to suggest in the placeholder, e.g. "Kursk, Донецьк, 니콜스케". */
  example: string;
}

/**
 * One box over areas and places in any common spelling. An ARIA 1.2 combobox: arrows move
 * through the candidates, Enter picks, Escape closes. Homonyms are all listed with their
 * country and region; nothing is picked for the user.
 */
export function SearchBox({ find, onPick, example }: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => find(query), [find, query]);
  const expanded = open && query.trim().length > 0;

  function pick(index: number) {
    const hit = hits[index];
    if (!hit) return;
    onPick(hit.entry);
    setQuery(hit.entry.label);
    setOpen(false);
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search areas and places
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={example ? `Search: ${example}…` : 'Search'}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, Math.max(hits.length - 1, 0)));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter') {
            if (expanded) {
              event.preventDefault();
              pick(active);
            }
          } else if (event.key === 'Escape' && expanded) {
            // Close the list but keep the query (a search input would clear itself).
            event.preventDefault();
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Matching areas and places" hidden={!expanded}>
        {expanded && hits.length === 0 ? (
          <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">
            No area or place matches “{query}”
          </li>
        ) : null}
        {expanded
          ? hits.map((hit, index) => (
              <li
                key={`${hit.entry.kind}-${hit.entry.id}`}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'search-option active' : 'search-option'}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(index);
                }}
              >
                <span className="search-label">{hit.entry.label}</span>
                <span className="search-detail">{hit.entry.detail}</span>
                {hit.matched !== hit.entry.label ? (
                  <span className="search-matched">matches “{hit.matched}”</span>
                ) : null}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
