import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { areaFeature, loadAreas, loadTheatre, placesCollection } from '../../src/data/geodata';
import {
  areaSizeKm2,
  crossCheck,
  placeDistanceKm,
  type PlaceFeature,
} from '../../src/data/derived';
import type { Claim } from '../../src/data/schema';
import type { AreaGeometry } from '../../src/geo/types';
import { claimsForArea } from '../../src/data/dataset';
import { datasetOf, readBasemap, readReportFiles } from './helpers';

const basemap = readBasemap();

/** The shipped theatre's casualty cross-check (geodata/theatre.json), reported and derived. */
function casualtyCrossCheck(claims: readonly Claim[], until: string) {
  const spec = loadTheatre().crossChecks.find((check) => check.reported === 'killed-or-wounded');
  if (!spec) throw new Error('no casualty cross-check in geodata/theatre.json');
  const { reported, derived } = crossCheck(spec, claims, until);
  return { reported, derived };
}
const areas = loadAreas();

function outline(id: string): Feature<AreaGeometry> {
  const area = areas.find((a) => a.id === id);
  if (!area) throw new Error(`no area ${id}`);
  const feature = areaFeature(area, basemap);
  if (feature.geometry.type === 'Point') throw new Error(`${id} is a point`);
  return { ...feature, geometry: feature.geometry };
}

function place(id: string): PlaceFeature {
  const found = placesCollection.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
}

/** Haversine with turf's mean earth radius, written out here as an independent check. */
function haversineKm(from: number[], to: number[]): number {
  const [lng1 = NaN, lat1 = NaN] = from;
  const [lng2 = NaN, lat2 = NaN] = to;
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe('derived figures', () => {
  it('sizes each region from its outline, within 1% of Natural Earth', () => {
    const kursk = areaSizeKm2({ id: 'kursk', name: 'Kursk Oblast' }, outline('kursk'));
    const donetsk = areaSizeKm2({ id: 'donetsk', name: 'Donetsk Oblast' }, outline('donetsk'));
    expect(Math.abs(kursk.value - 30013) / 30013).toBeLessThan(0.01);
    expect(Math.abs(donetsk.value - 26521) / 26521).toBeLessThan(0.01);
    expect(kursk).toMatchObject({ unit: 'km²', derived: true });
    expect(kursk.inputs[0]?.areaId).toBe('kursk');
  });

  it('measures Pyongyang to Kursk along the great circle', () => {
    const from = place('pyongyang');
    const to = place('kursk-city');
    const figure = placeDistanceKm(from, to);
    const expected = haversineKm(from.geometry.coordinates, to.geometry.coordinates);
    expect(Math.abs(figure.value - expected)).toBeLessThanOrEqual(5);
    expect(figure.value).toBeGreaterThan(6000);
    expect(figure.derived).toBe(true);
    expect(figure.inputs).toHaveLength(2);
  });

  it("puts ISW's rate × days beside Ukraine's 4,000 and half of 12,000", () => {
    const ds = datasetOf(readReportFiles());
    const { own, context } = claimsForArea(ds, 'kursk');
    const check = casualtyCrossCheck([...own, ...context], '2025-02-27');
    const totals = [...own, ...context].filter((c) => c.metric === 'killed-or-wounded' && c.value);
    expect(check.reported).toEqual(totals);
    expect(check.reported.map((claim) => claim.value?.low)).toContain(4000);
    const [implied, half] = check.derived;
    // 1 Dec 2024 to 27 Feb 2025 inclusive is 31 + 31 + 27 = 89 days; from 10 Dec, 80 days.
    expect(implied).toMatchObject({ value: 92 * 89, range: { low: 92 * 80, high: 92 * 89 } });
    expect(implied?.inputs.find((input) => input.claimId)?.claimId).toBe(
      'c-2025-02-27-casualties-per-day',
    );
    expect(implied?.method).toMatch(/pause/);
    expect(half).toMatchObject({ value: 6000, unit: 'people', derived: true });
    expect(half?.inputs.map((input) => input.claimId)).toEqual([
      'c-2025-02-27-kursk-share-lost',
      // The Kursk panel's own force figure (ISW, 12,000 in Kursk) comes before Russia's.
      'c-2025-01-16-isw-kursk-troops',
    ]);
  });

  it("takes a share of the force the same source gives in the same report (the UK's half of its 11,000)", () => {
    const ds = datasetOf(readReportFiles());
    const { own, context } = claimsForArea(ds, 'kursk');
    const check = casualtyCrossCheck([...own, ...context], '2025-06-26');
    const uk = check.derived.find((d) =>
      d.inputs.some((input) => input.claimId?.startsWith('c-2025-06-26-interfax')),
    );
    const share = own.find(
      (c) => c.metric === 'share-of-force-lost' && c.source.includes('uk-mod'),
    );
    const force = own.find((c) => c.metric === 'troops-present' && c.source.includes('uk-mod'));
    expect(uk?.inputs.map((input) => input.claimId)).toEqual([share?.id, force?.id]);
    expect(uk?.value).toBe(5500);
    expect(uk?.method).not.toMatch(/different sources/);
    // ISW's "up to half" still takes the first force figure of the panel (ISW's own 12,000).
    const isw = check.derived.find((d) => d.id === 'share-of-force-c-2025-02-27-kursk-share-lost');
    expect(isw?.value).toBe(6000);
  });

  it('derives nothing when the inputs are missing', () => {
    expect(casualtyCrossCheck([], '2025-02-27')).toEqual({ reported: [], derived: [] });
  });
});
