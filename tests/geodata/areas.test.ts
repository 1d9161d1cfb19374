import { describe, expect, it } from 'vitest';
import { areaFeature, loadAreas, type Area } from '../../src/data/geodata';
import { containmentProblems, parseAreas } from '../../src/data/geodataSchema';
import { areaKm2 } from '../../src/geo/areaKm2';
import { readBasemap, readJson } from './readGeodata';

const raw = readJson('geodata/areas.json') as { areas: Record<string, unknown>[] };

/** areas.json with one area's fields replaced, for breaking the data on purpose. */
function withArea(index: number, patch: Record<string, unknown>): unknown {
  const areas = raw.areas.map((a, i) => (i === index ? { ...a, ...patch } : a));
  return { areas };
}

function byId(id: string): Area {
  const area = loadAreas().find((a) => a.id === id);
  if (!area) throw new Error(`area ${id} missing`);
  return area;
}

describe('areas.json', () => {
  it('links the report’s areas to their parents and codes', () => {
    expect(byId('kursk')).toMatchObject({
      kind: 'region',
      parent: 'russia',
      iso3166: 'RU-KRS',
      geometry: { type: 'province', code: 'RU-KRS' },
    });
    expect(byId('donetsk')).toMatchObject({ kind: 'region', parent: 'ukraine', iso3166: 'UA-14' });
    expect(byId('nikolske')).toMatchObject({ kind: 'settlement', parent: 'donetsk' });
    expect(byId('north-korea').geometry).toEqual({ type: 'country', iso_a3: 'PRK' });
  });

  it('carries the common spellings an analyst searches for', () => {
    expect(byId('kursk').aliases).toEqual(
      expect.arrayContaining([
        'Kursk',
        'Kursk Oblast',
        'Kursk region',
        'Курская область',
        '쿠르스크',
      ]),
    );
    expect(byId('nikolske').aliases).toEqual(
      expect.arrayContaining(['Nikolske', 'Nikolskoe', "Nikol's'ke", 'Nikolskoye', 'Volodarske']),
    );
  });

  it('marks Nikolske as approximate, with a radius, a reason and alternatives', () => {
    const { precision } = byId('nikolske');
    expect(precision.kind).toBe('approximate');
    expect(precision.radiusKm).toBeGreaterThan(0);
    expect(precision.reason).toMatch(/Donetsk/);
    expect(precision.alternatives?.length).toBeGreaterThanOrEqual(2);
  });

  it('resolves every area to a shipped geometry of the right type', () => {
    const basemap = readBasemap();
    for (const area of loadAreas()) {
      const f = areaFeature(area, basemap);
      expect(f.properties.areaId).toBe(area.id);
      const expected = area.kind === 'settlement' ? ['Point'] : ['Polygon', 'MultiPolygon'];
      expect(expected).toContain(f.geometry.type);
    }
    const kursk = areaFeature(byId('kursk'), basemap);
    if (kursk.geometry.type === 'Point') throw new Error('kursk is an outline');
    expect(areaKm2({ ...kursk, geometry: kursk.geometry })).toBeGreaterThan(29_000);
  });

  describe('rejects broken data with the file and field in the message', () => {
    const cases: [string, unknown, RegExp][] = [
      ['unknown parent', withArea(3, { parent: 'atlantis' }), /areas\.3\.parent: unknown area/],
      ['duplicate id', withArea(4, { id: 'kursk' }), /areas\.4\.id: duplicate 'kursk'/],
      ['bad ISO code', withArea(3, { iso3166: 'Kursk' }), /areas\.3\.iso3166/],
      [
        'geometry of the wrong kind',
        withArea(3, { geometry: { type: 'place', place: 'kursk-city' } }),
        /areas\.3\.geometry\.type: a region needs 'province'/,
      ],
      [
        'unknown place',
        withArea(5, { geometry: { type: 'place', place: 'nowhere' } }),
        /areas\.5\.geometry\.place: unknown place 'nowhere'/,
      ],
      [
        'approximate without a radius',
        withArea(5, { precision: { kind: 'approximate', reason: 'x' } }),
        /areas\.5\.precision: an approximate location needs radiusKm/,
      ],
      ['unknown key', withArea(0, { colour: 'red' }), /areas\.0: .*colour/],
    ];
    for (const [name, data, message] of cases) {
      it(name, () => {
        expect(() => parseAreas(data)).toThrow(/geodata\/areas\.json/);
        expect(() => parseAreas(data)).toThrow(message);
      });
    }
  });
});

describe('containmentProblems', () => {
  const basemap = readBasemap();

  it('finds every shipped area inside its parent', () => {
    expect(containmentProblems(loadAreas(), basemap)).toEqual([]);
  });

  it('reports a settlement placed under the wrong region', () => {
    const areas = loadAreas().map((a) => (a.id === 'nikolske' ? { ...a, parent: 'kursk' } : a));
    expect(containmentProblems(areas, basemap)).toEqual([
      "geodata/areas.json: areas.5.parent: 'nikolske' lies outside 'kursk'",
    ]);
  });

  it('reports a region placed under the wrong country', () => {
    const areas = loadAreas().map((a) => (a.id === 'kursk' ? { ...a, parent: 'ukraine' } : a));
    expect(containmentProblems(areas, basemap)).toEqual([
      "geodata/areas.json: areas.3.parent: 'kursk' lies outside 'ukraine'",
    ]);
  });
});
