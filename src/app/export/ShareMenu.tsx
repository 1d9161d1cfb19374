import { useMemo } from 'react';
import type { Dataset } from '../../data/dataset';
import { EmbedOpenLink, SharePanel, type DownloadKind } from '../../panels/SharePanel';
import type { ViewState } from '../../state/viewState';
import { LINK_BUDGET } from '../../state/url';
import { formatIsoDate } from '../../ui/format';
import { currentPageUrl, shareLinks } from './shareLinks';
import { useViewExports } from './useViewExports';

export interface ShareMenuProps {
  dataset: Dataset | null;
  state: ViewState;
  /** Effective as-of date ('YYYY-MM-DD'), written into the shared link. */
  asOf: string;
  /** The layer list as the layer control shows it (legend of the PNG). */
  layers: readonly { id: string; label: string }[];
}

/**
 * The header's Share control, wired to the view: the link and embed snippet of the current
 * state (with its as-of date) and the PNG/CSV/JSON downloads.
 */
export function ShareMenu({ dataset, state, asOf, layers }: ShareMenuProps) {
  const links = useMemo(() => shareLinks(state, asOf, currentPageUrl()), [state, asOf]);
  const exports = useViewExports({ dataset, state, asOf, link: links.link, layers });
  const onDownload = (kind: DownloadKind) =>
    kind === 'png'
      ? exports.downloadPng()
      : kind === 'csv'
        ? exports.downloadCsv()
        : exports.downloadJson();
  return (
    <SharePanel
      link={links.link}
      embedSnippet={links.embedSnippet}
      asOfText={formatIsoDate(asOf)}
      exportsReady={exports.ready}
      onDownload={onDownload}
      linkBudget={LINK_BUDGET}
      {...(state.ann.length ? { onDownloadMarks: exports.downloadMarks } : {})}
    />
  );
}

/** Embed mode's "Open in Sitrep": the same view (with its as-of date) without `embed=1`. */
export function EmbedOpenInSitrep({ state, asOf }: { state: ViewState; asOf: string }) {
  const href = useMemo(() => shareLinks(state, asOf, currentPageUrl()).openUrl, [state, asOf]);
  return <EmbedOpenLink href={href} />;
}
