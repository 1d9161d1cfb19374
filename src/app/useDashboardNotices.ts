import { useCallback, useEffect } from 'react';
import type { Problem } from '../data/validate';
import { formatIgnored, type IgnoredKey } from '../state/url';
import { formatIsoDate } from '../ui/format';
import type { Notice } from '../ui/Notices';
import { dataNotices } from './dataNotices';

interface DashboardNoticesInput {
  show: (notice: Notice) => void;
  dismiss: (id: string) => void;
  /** A failure to load the data or the basemap, in words. */
  error: string | null;
  /** Report files left out, with why. */
  problems: readonly Problem[] | undefined;
  /** The link's as-of date (null: the latest). */
  asof: string | null;
  /** Figures reported after that date. */
  hiddenLater: number;
  setAsOf: (date: string | null) => void;
}

/**
 * The dashboard's standing notices: data that failed to load, and an as-of date with newer
 * figures (with a button to show them).
 * @param input - the notice list's actions and what the notices are about
 */
export function useDashboardNotices(input: DashboardNoticesInput): void {
  const { show, dismiss, error, problems, asof, hiddenLater, setAsOf } = input;
  useEffect(
    function reportDataProblems() {
      for (const notice of dataNotices(error, problems ?? [])) show(notice);
    },
    [problems, error, show],
  );

  useEffect(
    function offerLatest() {
      if (!asof || hiddenLater === 0) return dismiss('newer-figures');
      show({
        id: 'newer-figures',
        tone: 'info',
        text: `This view shows what was known on ${formatIsoDate(asof)}. ${hiddenLater} newer figure${hiddenLater === 1 ? '' : 's'} exist.`,
        action: { label: 'Show latest', run: () => setAsOf(null) },
      });
    },
    [asof, hiddenLater, show, dismiss, setAsOf],
  );
}

/**
 * The notice for the parts of a link that could not be used.
 * @param show - the notice list's show
 * @returns the handler the link reader calls with what it ignored
 */
export function useIgnoredLinkNotice(show: (notice: Notice) => void) {
  return useCallback(
    (ignored: IgnoredKey[]) =>
      show({
        id: 'link-ignored',
        tone: 'info',
        text: `Part of this link could not be used and was ignored — ${ignored.map(formatIgnored).join('; ')}.`,
      }),
    [show],
  );
}
