import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAsOfIndex, claimsAsOf, claimsForArea, type Dataset } from '../../src/data/dataset';
import { loadDataset } from '../../src/data/bundledDataset';
import { areaClaimsAsOf, areaHasClaims } from '../../src/data/areaIndex';
import type { Claim } from '../../src/data/schema';

const ds = loadDataset();
const AREAS = ['russia', 'kursk', 'donetsk', 'nikolske', 'north-korea', 'ukraine'];

function withClaims(claims: Claim[]): Dataset {
  return { ...ds, claims, asOfIndex: buildAsOfIndex(claims) };
}

describe('areaClaimsAsOf (claims by area, in as-of order)', () => {
  it('gives what filtering every claim known by the date gives, for every area and date', () => {
    const [template] = ds.claims;
    if (!template) throw new Error('no claim in the data');
    const claim = fc.record({
      area: fc.constantFrom(...AREAS),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(
        fc.array(claim, { maxLength: 60 }),
        fc.integer({ min: 0, max: 29 }),
        (specs, d) => {
          const claims = specs.map(({ area, day }, i): Claim => {
            const end = `2025-02-${String(day).padStart(2, '0')}`;
            return { ...template, id: `c-${i}`, area, reportedOn: { ...template.reportedOn, end } };
          });
          const data = withClaims(claims);
          const asOf = `2025-02-${String(d).padStart(2, '0')}`;
          for (const area of AREAS) {
            const expected = claimsForArea(data, area, claimsAsOf(data.asOfIndex, asOf)).own;
            expect(areaClaimsAsOf(data, area, asOf).map((c) => c.id)).toEqual(
              expected.map((c) => c.id),
            );
            expect(areaHasClaims(data, area)).toBe(claims.some((c) => c.area === area));
          }
        },
      ),
    );
  });

  it('holds on the real report, and without a date gives every claim of the area', () => {
    for (const area of ds.areas) {
      expect(areaClaimsAsOf(ds, area.id, '2025-01-31')).toEqual(
        claimsForArea(ds, area.id, claimsAsOf(ds.asOfIndex, '2025-01-31')).own,
      );
      expect(new Set(areaClaimsAsOf(ds, area.id))).toEqual(
        new Set(ds.claims.filter((c) => c.area === area.id)),
      );
    }
  });
});
