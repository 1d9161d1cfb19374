/**
 * The first frame's map (index.html, rendered at build time) handed over to the app. The page
 * paints the theatre as an SVG before any script; when the app starts, React's first render
 * replaces the page's content, so the SVG is kept beforehand (`takeStaticFrame`, main.tsx)
 * and put into Leaflet's container the moment the map exists, in the same task, under every
 * pane (`placeStaticFrame`). Leaflet's first view is the frame's (the same fit of the same box,
 * at the exact fractional zoom), so its regions land on the frame's; the frame's regions go
 * when Leaflet's are drawn, the rest when the basemap is, and all of it at once if the map
 * moves first (a link's own view or area).
 */

import { rememberDateText } from './format';

let frameMap: Element | null = null;
let framePanel: Element | null = null;

/**
 * The name of index.html's `<meta>` with the date the first frame shows its figures as of (the
 * latest date of the report data, written by scripts/vite/staticFrame.ts).
 */
export const FRAME_AS_OF_META = 'sitrep-frame-as-of';

/** The name of index.html's `<meta>` with that date as the page writes it ("27 Feb 2025"). */
export const FRAME_AS_OF_TEXT_META = 'sitrep-frame-as-of-text';

/**
 * The date the page's first frame says its figures are as of: the as-of date to show until the
 * report data is in, so the header, the timeline and the panel keep the frame's date instead
 * of changing it twice.
 * @returns YYYY-MM-DD, or null when the page has no frame (the dev server, tests)
 */
export function frameAsOf(): string | null {
  if (typeof document === 'undefined') return null;
  const content = document
    .querySelector(`meta[name="${FRAME_AS_OF_META}"]`)
    ?.getAttribute('content');
  return content && /^\d{4}-\d{2}-\d{2}$/.test(content) ? content : null;
}

/** What the handover needs of the map (Leaflet's map has it). */
export interface FrameHost {
  getContainer(): HTMLElement;
  once(types: string, listener: () => void): unknown;
}

/**
 * Keeps the frame's map before React's first render clears the page (call once, first).
 * @param root - where to look
 */
export function takeStaticFrame(root: ParentNode = document, hash = window.location.hash): void {
  frameMap = root.querySelector('svg.frame-map');
  // The header and the areas' pictures write the frame's date before the first map: as the
  // build wrote it, so no Intl formatter (and its locale data, ~10 ms) is made before then.
  const asOf = frameAsOf();
  const text = document
    .querySelector(`meta[name="${FRAME_AS_OF_TEXT_META}"]`)
    ?.getAttribute('content');
  if (asOf && text) rememberDateText(asOf, text);
  // The frame's panel (every area's headline as of the latest date) is the panel of a link
  // with no view of its own (none, or a map view only): it stays until the report data is in.
  framePanel = /^#?(map=[^&]*)?$/.test(hash) ? root.querySelector('.frame-panel') : null;
}

/**
 * The frame's panel content, to show while the panel's code or data loads.
 * @returns the element (moved wherever it is put), or null when the page has none for this link
 */
export function staticFramePanel(): Element | null {
  return framePanel;
}

/**
 * Puts the frame's map under the map's panes; it goes as soon as the map moves.
 * @param map - the map just made, showing the theatre
 */
export function placeStaticFrame(map: FrameHost): void {
  if (!frameMap) return;
  map.getContainer().appendChild(frameMap);
  map.once('movestart zoomstart viewreset resize', dropStaticFrame);
}

/** The map's regions are drawn (or will not be): the frame's go. */
export function dropFrameRegions(): void {
  frameMap?.querySelector('.frame-regions')?.remove();
}

/** The map has drawn its basemap, or moved: the frame goes. */
export function dropStaticFrame(): void {
  frameMap?.remove();
  frameMap = null;
}
