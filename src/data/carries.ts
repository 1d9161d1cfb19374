/**
 * One claim, several reports. A claim is defined once, in the report that first carried it;
 * a later report that repeats it lists it under `carries` with its own quote. The dataset
 * keeps one claim and the list of every report that carried it, so a repeated figure never
 * looks like independent claims corroborating each other.
 */
import type { Carry, Claim, Report } from './schema';
import type { Problem } from './problem';

/** One report that carried a claim, with the words it used. */
export interface Carrier {
  report: string;
  /** The few words of that report carrying the figure, as printed there. */
  quote: string;
  /** Who carried it to that report's reader. */
  via: string[];
  note?: string;
  /** True for the report the claim is defined in (the first to carry it). */
  first: boolean;
}

/** The carries of one valid report file. */
export interface CarryInput {
  file: string;
  report: string;
  carries: readonly Carry[];
}

/**
 * Resolves every report's carries against the claims of the other reports.
 * @param claims - every claim of every valid report
 * @param reports - those reports (for the order by published date)
 * @param inputs - each valid file's carries
 * @returns claim id → its carriers (defining report first, then by published date), and a
 *   problem for each carry of an unknown claim, of a claim defined in a later report, or
 *   repeated (that carry alone is dropped)
 */
export function resolveCarries(
  claims: readonly Claim[],
  reports: readonly Report[],
  inputs: readonly CarryInput[],
): { carriedBy: Map<string, Carrier[]>; problems: Problem[] } {
  const published = new Map(reports.map((report) => [report.id, report.published]));
  const carriedBy = new Map<string, Carrier[]>();
  for (const claim of claims) {
    carriedBy.set(claim.id, [
      { report: claim.report, quote: claim.quote, via: claim.via, first: true },
    ]);
  }
  const problems: Problem[] = [];
  for (const input of inputs) {
    input.carries.forEach((carry, i) => {
      const list = carriedBy.get(carry.claim);
      if (!list) {
        problems.push({
          file: input.file,
          message: `carries[${i}].claim: unknown claim "${carry.claim}" (not in any valid report)`,
        });
        return;
      }
      const first = list[0];
      const own = published.get(input.report) ?? '';
      if (first && own < (published.get(first.report) ?? '')) {
        problems.push({
          file: input.file,
          message: `carries[${i}].claim: "${carry.claim}" is defined in a later report (${first.report}); define it here, in the first report that carried it, and carry it there`,
        });
        return;
      }
      if (list.some((carrier) => carrier.report === input.report)) {
        problems.push({
          file: input.file,
          message: `carries[${i}].claim: "${carry.claim}" is carried twice by this report`,
        });
        return;
      }
      list.push({
        report: input.report,
        quote: carry.quote,
        via: carry.via,
        ...(carry.note ? { note: carry.note } : {}),
        first: false,
      });
    });
  }
  for (const list of carriedBy.values()) {
    list.sort(
      (a, b) =>
        Number(b.first) - Number(a.first) ||
        (published.get(a.report) ?? '').localeCompare(published.get(b.report) ?? ''),
    );
  }
  return { carriedBy, problems };
}
