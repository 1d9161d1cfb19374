/**
 * Derived sums from relations between measures (geodata/measures.json): when one source
 * gives the parts of a whole on one date (NIS, 13 Jan: 300 killed, 2,700 wounded), their sum
 * is that source's figure for the whole (3,000 killed or wounded). Computed, never stored,
 * always labelled derived with its inputs.
 */
import type { DerivedFigure } from './derived';
import { openEnd } from './qualifiers';
import type { Claim } from './schema';
import type { Vocabulary } from './vocabulary';

/** A derived sum, with what the chart and panels need to place it. */
export interface DerivedSum extends DerivedFigure {
  /** The measure the sum is a figure of. */
  metric: string;
  /** The parts' claims, in the relation's order. */
  claimIds: string[];
  /** Shared by every part: area, sources, date reported. */
  area: string;
  source: string[];
  reportedOn: Claim['reportedOn'];
  /** 'at least' when a part is open above, 'up to' when open below, else 'about' or ''. */
  qualifier: string;
}

/** Parts must share area, sources and the date they were said to be one source's figure. */
function partKey(claim: Claim): string {
  const ref = claim.reportedOn;
  return [claim.area, [...claim.source].sort().join('+'), ref.start, ref.end, ref.precision].join(
    '|',
  );
}

/**
 * The qualifier of a sum of parts.
 * @param parts - the parts' claims
 * @returns 'at least' when a part is open above, 'up to' when open below, else 'about' or ''
 */
export function sumQualifier(parts: readonly Claim[]): string {
  const ends = parts.map((claim) => openEnd(claim.value?.qualifier ?? ''));
  if (ends.includes('above') && !ends.includes('below')) return 'at least';
  if (ends.includes('below') && !ends.includes('above')) return 'up to';
  if (ends.includes('above')) return '';
  return parts.some((claim) => (claim.value?.qualifier ?? '') !== '') ? 'about' : '';
}

/**
 * Every same-source, same-date sum the relations allow.
 * @param claims - the claims to draw from (e.g. those known as of a date)
 * @param vocabulary - measures and their relations
 * @returns one derived sum per relation and group of parts, in claim order
 */
export function relationSums(claims: readonly Claim[], vocabulary: Vocabulary): DerivedSum[] {
  const sums: DerivedSum[] = [];
  for (const relation of vocabulary.relations) {
    const groups = new Map<string, Map<string, Claim[]>>();
    for (const claim of claims) {
      if (!claim.value || !relation.parts.includes(claim.metric)) continue;
      const key = partKey(claim);
      const group = groups.get(key) ?? new Map<string, Claim[]>();
      group.set(claim.metric, [...(group.get(claim.metric) ?? []), claim]);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      // Exactly one claim per part: two figures for one part on one day are ambiguous.
      const parts = relation.parts.map((metric) => group.get(metric));
      if (parts.some((list) => list?.length !== 1)) continue;
      const claimsOfSum = parts.map((list) => list?.[0]).filter((c): c is Claim => !!c);
      const first = claimsOfSum[0];
      if (!first) continue;
      const whole = vocabulary.measures.get(relation.whole);
      const low = claimsOfSum.reduce((n, c) => n + (c.value?.low ?? 0), 0);
      const high = claimsOfSum.reduce((n, c) => n + (c.value?.high ?? 0), 0);
      sums.push({
        id: `sum-${first.id}`,
        label: `${whole?.label ?? relation.whole} (sum of ${relation.parts.join(' + ')})`,
        value: low,
        unit: whole?.unit ?? first.value?.unit ?? '',
        ...(low !== high ? { range: { low, high } } : {}),
        inputs: claimsOfSum.map((claim) => ({
          label: vocabulary.measures.get(claim.metric)?.label ?? claim.metric,
          value: claim.value?.low ?? 0,
          unit: claim.value?.unit ?? '',
          claimId: claim.id,
        })),
        method: `${relation.parts.join(' + ')}, as given by the same source on the same date. ${relation.note}`,
        derived: true,
        metric: relation.whole,
        claimIds: claimsOfSum.map((claim) => claim.id),
        area: first.area,
        source: first.source,
        reportedOn: first.reportedOn,
        qualifier: sumQualifier(claimsOfSum),
      });
    }
  }
  return sums;
}
