/**
 * As-of filtering over synthetic claims: one "step" is the timeline moving one day, i.e. the
 * claims known by that date. Sitrep's sorted index (binary search, then a copy of the prefix)
 * against Array.filter over every claim.
 */
import { buildAsOfIndex, claimsAsOf } from '../../src/data/dataset';
import { CLAIM_DAYS, dayIso, syntheticClaims } from '../shared/synthetic';

/**
 * Times every day step, both ways, over the same claims.
 * @param count - number of claims
 * @returns per-step times (ms), the index build time and a checksum that both ways agree on
 */
export async function runAsOf(count: number): Promise<Record<string, number>> {
  const claims = syntheticClaims(count);
  const dates = Array.from({ length: CLAIM_DAYS }, (_, day) => dayIso(day));
  await new Promise((resolve) => setTimeout(resolve, 50));

  const built = performance.now();
  const index = buildAsOfIndex(claims);
  const buildMs = performance.now() - built;

  // Warm both code paths up, then time a full sweep of the timeline for each.
  for (const date of dates.slice(0, 50)) {
    claimsAsOf(index, date);
    claims.filter((claim) => claim.reportedOn.end <= date);
  }
  let indexed = 0;
  const t0 = performance.now();
  for (const date of dates) indexed += claimsAsOf(index, date).length;
  const t1 = performance.now();
  let filtered = 0;
  for (const date of dates)
    filtered += claims.filter((claim) => claim.reportedOn.end <= date).length;
  const t2 = performance.now();
  if (indexed !== filtered) throw new Error(`as-of mismatch: ${indexed} vs ${filtered}`);
  return {
    indexStepMs: (t1 - t0) / dates.length,
    filterStepMs: (t2 - t1) / dates.length,
    indexBuildMs: buildMs,
    steps: dates.length,
    checksum: indexed,
  };
}
