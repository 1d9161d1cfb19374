import { formatIsoDate } from '../ui/format';
import { languageProps } from '../ui/textDirection';
import type { CarrierView } from '../view/carriers';

/**
 * Every report that carried one claim, with the words each used: one claim shown once, never
 * as several claims that seem to corroborate each other.
 */
export function Carriers({ carriers }: { carriers: readonly CarrierView[] }) {
  return (
    <ol className="carriers" aria-label="Reports that carried this figure">
      {carriers.map((carrier) => (
        <li key={carrier.reportId} data-carrier={carrier.reportId}>
          {carrier.outlet}, {formatIsoDate(carrier.published)}
          {carrier.first ? ' (first)' : ''}:{' '}
          <q {...languageProps(carrier.language)}>{carrier.quote}</q>
          {carrier.quotesVerified ? null : (
            <span className="quote-unverified"> (quotes not verified)</span>
          )}
        </li>
      ))}
    </ol>
  );
}
