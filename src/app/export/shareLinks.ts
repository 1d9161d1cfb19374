/**
 * The links the Share control hands out. A shared link always carries its `asof` date, even
 * when it is the latest, so figures reported later do not change what it shows.
 */
import { encodeViewState } from '../../state/url';
import type { ViewState } from '../../state/viewState';

export interface ShareLinks {
  /** The view, with an explicit as-of date. */
  link: string;
  /** The same view in embed mode (`embed=1`, no chrome), for an iframe. */
  embedUrl: string;
  /** The same view without embed mode: the "Open in Sitrep" link of an embedded map. */
  openUrl: string;
  /** `<iframe src="…">` as text, attribute-escaped; show it as text, never insert it as HTML. */
  embedSnippet: string;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * This page's address without its fragment, where shared links point (read, never written:
 * useLinkState owns the URL).
 * @returns e.g. 'https://example.org/sitrep/'
 */
export function currentPageUrl(): string {
  return window.location.href.split('#')[0] ?? '';
}

/**
 * Builds the share, embed and open links of a view.
 * @param state - the current view state
 * @param asOf - the effective as-of date ('YYYY-MM-DD'), written even when it is the latest
 * @param pageUrl - the page's address (any fragment is dropped), e.g. location.href
 * @returns the links and the embed snippet
 * @example shareLinks(state, '2025-02-27', 'https://example.org/sitrep/').link
 *   // 'https://example.org/sitrep/#map=…&asof=2025-02-27'
 */
export function shareLinks(state: ViewState, asOf: string, pageUrl: string): ShareLinks {
  const base = pageUrl.split('#')[0] ?? '';
  const pinned: ViewState = { ...state, asof: asOf };
  const at = (fragment: string) => (fragment === '' ? base : `${base}#${fragment}`);
  const link = at(encodeViewState({ ...pinned, embed: false }));
  const embedUrl = at(encodeViewState({ ...pinned, embed: true }));
  const embedSnippet =
    `<iframe src="${escapeAttribute(embedUrl)}" title="Sitrep map" width="800" height="500" ` +
    `loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  return { link, embedUrl, openUrl: link, embedSnippet };
}
