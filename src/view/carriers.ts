/**
 * Which reports carried a claim, as the provenance view lists them: one claim, every report
 * that repeated it, each with the words it used. And whether its quotes could be verified
 * (the report names the text it was transcribed from).
 */
import type { Dataset } from '../data/dataset';

export interface CarrierView {
  reportId: string;
  outlet: string;
  title: string;
  published: string;
  quote: string;
  /** The language (BCP 47) of that report, and so of its quote. */
  language: string;
  /** Whether that report names its text, so its quotes are checked against it. */
  quotesVerified: boolean;
  first: boolean;
}

/**
 * @param ds - the dataset
 * @param claimId - a claim id
 * @returns every report that carried the claim, the first one first; [] for an unknown id
 */
export function carriersOf(
  ds: Pick<Dataset, 'carriedBy' | 'reportsById'>,
  claimId: string,
): CarrierView[] {
  return (ds.carriedBy.get(claimId) ?? []).map((carrier) => {
    const report = ds.reportsById.get(carrier.report);
    return {
      reportId: carrier.report,
      outlet: report?.outlet ?? carrier.report,
      title: report?.title ?? '',
      published: report?.published ?? '',
      quote: carrier.quote,
      language: report?.language ?? '',
      quotesVerified: (report?.text ?? null) !== null,
      first: carrier.first,
    };
  });
}
