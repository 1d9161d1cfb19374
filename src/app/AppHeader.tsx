import { lazy, Suspense, useCallback, type ComponentProps } from 'react';
import type { SearchEntry, SearchHit } from '../data/search';
import type { ShareMenu as ShareMenuComponent } from './export/ShareMenu';
import { SearchBox } from '../panels/SearchBox';
import { formatIsoDate } from '../ui/format';
import { useFirstMapShown } from '../ui/firstMap';
import { searchHits } from '../view/searchHits';
import { THEATRE } from './theatre';
import { WORKBENCH_HREF } from './workbenchLink';

// The Share dialog and the downloads: their own chunk, loaded after the first map.
const ShareMenu = lazy(() => import('./export/ShareMenu').then((m) => ({ default: m.ShareMenu })));

/** What the header's search looks through. */
export interface HeaderSearch {
  /** The report's areas and places. */
  entries: readonly SearchEntry[];
  onPick: (entry: SearchEntry) => void;
  /** More hits for a query (the settlements gazetteer), ranked with the report's. */
  more?: (query: string) => SearchHit[];
  /** Names to suggest in the placeholder. */
  example: string;
}

interface AppHeaderProps {
  search: HeaderSearch;
  share: ComponentProps<typeof ShareMenuComponent>;
}

/** The Share button until its code is in: the same size, so the header keeps its height. */
function SharePlaceholder() {
  return (
    <div className="share">
      <button type="button" className="header-button" disabled>
        Share
      </button>
    </div>
  );
}

/** The header: name, search, the workbench link, the as-of date and the Share control. */
export function AppHeader({ search, share }: AppHeaderProps) {
  const afterFirstMap = useFirstMapShown();
  const { entries, more } = search;
  const find = useCallback((query: string) => searchHits(entries, query, more), [entries, more]);
  return (
    <header className="app-header">
      <h1>Sitrep</h1>
      <span className="tagline">{THEATRE.tagline}</span>
      <SearchBox find={find} onPick={search.onPick} example={search.example} />
      <div className="header-actions">
        <a className="header-link" href={WORKBENCH_HREF}>
          Workbench
        </a>
        <span className="asof-badge">As of {formatIsoDate(share.asOf)}</span>
        {afterFirstMap ? (
          <Suspense fallback={<SharePlaceholder />}>
            <ShareMenu {...share} />
          </Suspense>
        ) : (
          <SharePlaceholder />
        )}
      </div>
    </header>
  );
}
