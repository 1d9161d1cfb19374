import { lazy, Suspense, type ComponentProps } from 'react';
import type { ShareMenu as ShareMenuComponent } from './export/ShareMenu';
import { SearchBox } from '../panels/SearchBox';
import { formatIsoDate } from '../ui/format';
import { useFirstMapShown } from '../ui/firstMap';
import { THEATRE } from './theatre';

// The Share dialog and the downloads: their own chunk, loaded after the first map.
const ShareMenu = lazy(() => import('./export/ShareMenu').then((m) => ({ default: m.ShareMenu })));

interface AppHeaderProps {
  search: ComponentProps<typeof SearchBox>;
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
  return (
    <header className="app-header">
      <h1>Sitrep</h1>
      <span className="tagline">{THEATRE.tagline}</span>
      <SearchBox {...search} />
      <div className="header-actions">
        <a className="header-link" href="#workbench">
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
