/** How a claim's dates read in panels: one formatter for the lists and the headline. */
import type { DateRef } from '../data/dates';
import { formatIsoDate } from '../ui/format';

/**
 * A date reference as text.
 * @param ref - the date reference
 * @returns "27 Feb 2025"; "January 2025"; "before 27 Feb 2025"; "1 Jan 2025 – 10 Jan 2025"
 * @example formatDateRef({ start: null, end: '2025-02-27', precision: 'before', asPrinted: '' })
 */
export function formatDateRef(ref: DateRef): string {
  switch (ref.precision) {
    case 'day':
      return formatIsoDate(ref.end);
    case 'month':
      return formatIsoDate(ref.end.slice(0, 7));
    case 'before':
      return `before ${formatIsoDate(ref.end)}`;
    case 'week':
    case 'period':
      return ref.start && ref.start !== ref.end
        ? `${formatIsoDate(ref.start)} – ${formatIsoDate(ref.end)}`
        : formatIsoDate(ref.end);
  }
}
