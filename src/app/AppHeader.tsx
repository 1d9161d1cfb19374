import type { ComponentProps } from 'react';
import { SearchBox } from '../panels/SearchBox';
import { formatIsoDate } from '../ui/format';
import { ShareMenu } from './export/ShareMenu';

interface AppHeaderProps {
  search: ComponentProps<typeof SearchBox>;
  share: ComponentProps<typeof ShareMenu>;
}

/** The header: name, search, the workbench link, the as-of date and the Share control. */
export function AppHeader({ search, share }: AppHeaderProps) {
  return (
    <header className="app-header">
      <h1>Sitrep</h1>
      <span className="tagline">North Korean troops in Russia · figures by source</span>
      <SearchBox {...search} />
      <div className="header-actions">
        <a className="header-link" href="#workbench">
          Workbench
        </a>
        <span className="asof-badge">As of {formatIsoDate(share.asOf)}</span>
        <ShareMenu {...share} />
      </div>
    </header>
  );
}
