/** Who claims the figures of a view and who carried them, for the briefing footer. */
import type { Dataset } from '../data/dataset';
import type { Claim } from '../data/schema';

/**
 * Readable names of who claims the figures and who carried them, each once, in first-seen order.
 * @param ds - the dataset (for source names)
 * @param claims - the figures
 * @returns e.g. { claimedBy: ['National Intelligence Service (South Korea)', …], carriedBy: […] }
 */
export function sourceNames(
  ds: Pick<Dataset, 'sources'>,
  claims: readonly Claim[],
): { claimedBy: string[]; carriedBy: string[] } {
  const name = (id: string) => ds.sources.get(id)?.name ?? id;
  const claimedBy = new Set(claims.flatMap((claim) => claim.source.map(name)));
  const carriedBy = new Set(claims.flatMap((claim) => claim.via.map(name)));
  return { claimedBy: [...claimedBy], carriedBy: [...carriedBy].filter((n) => !claimedBy.has(n)) };
}
