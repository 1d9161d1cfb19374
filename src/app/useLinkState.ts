import { useCallback, useEffect, useRef, useState } from 'react';
import { createDefaultViewState, type ViewState } from '../state/viewState';
import {
  createHistoryWriter,
  compressionLoaded,
  encodeViewState,
  linkNeedsCompression,
  loadCompression,
  parseViewState,
  type HistoryWriter,
  type IgnoredKey,
  type ParseContext,
} from '../state/url';
import { isWorkbenchLink } from './workbenchLink';

export type WriteMode = 'push' | 'replace';

export interface LinkState {
  state: ViewState;
  /** Changes the state and writes the link: 'push' for discrete actions, 'replace' for pan/zoom. */
  update: (change: (state: ViewState) => ViewState, mode: WriteMode) => void;
  /** History writes so far (for the benchmark and tests). */
  writes: () => number;
}

function fragmentOfLocation(): string {
  return window.location.hash.replace(/^#/, '');
}

/**
 * The view state, kept in the URL fragment. The link is read once the data is known (the
 * codec checks area and claim ids against it), and again on Back/Forward and hand edits.
 * Those later reads use the context as it is then (e.g. with a layer imported since the page
 * opened), not the one the page opened with. This hook is the only code that touches
 * window.location and window.history.
 */
export function useLinkState(
  context: ParseContext | null,
  onIgnored: (ignored: IgnoredKey[]) => void,
  onLinkState: (state: ViewState) => void,
): LinkState {
  const [state, setState] = useState<ViewState>(createDefaultViewState);
  const writer = useRef<HistoryWriter | null>(null);
  const stateRef = useRef(state);
  const ignoredRef = useRef(onIgnored);
  const linkStateRef = useRef(onLinkState);
  const contextRef = useRef(context);
  useEffect(() => {
    ignoredRef.current = onIgnored;
    linkStateRef.current = onLinkState;
    contextRef.current = context;
  }, [onIgnored, onLinkState, context]);
  const ready = context !== null;

  useEffect(
    function followTheLink() {
      if (!ready) return;
      const history = createHistoryWriter({
        // A replaced entry keeps its history.state: the phone sheet's mark (useSheetHistory)
        // is not the link's, and a pan while the sheet is open must not drop it.
        history: {
          pushState: (data, unused, url) => window.history.pushState(data, unused, url),
          replaceState: (_data, unused, url) =>
            window.history.replaceState(window.history.state, unused, url),
        },
        now: () => performance.now(),
        setTimeout: (callback, delayMs) => window.setTimeout(callback, delayMs),
        clearTimeout: (handle) => window.clearTimeout(handle),
        initialFragment: fragmentOfLocation(),
      });
      writer.current = history;
      (window as unknown as { __sitrepHistoryWrites?: () => number }).__sitrepHistoryWrites = () =>
        history.writes;

      let following = true;
      const read = () => {
        const fragment = fragmentOfLocation();
        if (linkNeedsCompression(fragment) && !compressionLoaded()) {
          // A link with annotations or linked layers before fflate is in (main.tsx loads it
          // first for the page's own link; this is a Back/Forward or hand edit soon after):
          // read once it is, or, if it cannot load, now, with the values refused.
          const readLater = () => {
            if (following && fragmentOfLocation() === fragment) read();
          };
          loadCompression().then(readLater, () => {
            if (following && fragmentOfLocation() === fragment) readNow(fragment);
          });
          return;
        }
        readNow(fragment);
      };
      const readNow = (fragment: string) => {
        history.sync(fragment);
        const current = contextRef.current;
        if (!current) return;
        const parsed = parseViewState(fragment, current);
        stateRef.current = parsed.state;
        setState(parsed.state);
        linkStateRef.current(parsed.state);
        if (parsed.ignored.length) {
          ignoredRef.current(parsed.ignored);
          // Keep the usable part of a damaged link, so a reload does not complain again.
          history.replace(encodeViewState(parsed.state));
        }
      };
      read();
      const onHistory = () => {
        // #workbench is another view (src/app/Root.tsx), not a dashboard link to read.
        if (isWorkbenchLink(window.location.hash)) return;
        if (fragmentOfLocation() !== history.current) read();
      };
      window.addEventListener('popstate', onHistory);
      window.addEventListener('hashchange', onHistory);
      return function stopFollowing() {
        following = false;
        window.removeEventListener('popstate', onHistory);
        window.removeEventListener('hashchange', onHistory);
        history.flush();
        history.dispose();
        writer.current = null;
      };
    },
    [ready],
  );

  const layersKnown = context?.userLayerIds !== undefined;
  useEffect(
    function checkImportedLayers() {
      // The link was applied before this browser's imported layers were read (see
      // useLinkContext): now that they are, drop the `user:` layers it does not have, with the
      // notice a link read with them would have given. Only `layers=` is read again, by the
      // codec's own rules (none known → the default layers); nothing else depends on them.
      const history = writer.current;
      const current = contextRef.current;
      if (!ready || !layersKnown || !history || !current) return;
      const parsed = parseViewState(encodeViewState(stateRef.current), current);
      const ignored = parsed.ignored.filter((item) => item.key === 'layers');
      if (ignored.length === 0) return;
      const next = { ...stateRef.current, layers: parsed.state.layers };
      stateRef.current = next;
      setState(next);
      ignoredRef.current(ignored);
      history.replace(encodeViewState(next));
    },
    [ready, layersKnown],
  );

  const update = useCallback((change: (state: ViewState) => ViewState, mode: WriteMode) => {
    const next = change(stateRef.current);
    if (next === stateRef.current) return;
    stateRef.current = next;
    setState(next);
    const fragment = encodeViewState(next);
    if (mode === 'push') writer.current?.push(fragment);
    else writer.current?.replace(fragment);
  }, []);

  const writes = useCallback(() => writer.current?.writes ?? 0, []);
  return { state, update, writes };
}
