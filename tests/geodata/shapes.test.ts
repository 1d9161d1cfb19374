import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { Topology } from 'topojson-specification';
import { areaKm2 } from '../../src/geo/areaKm2';
import { pointInArea } from '../../src/geo/pointInArea';
import type { AreaGeometry, LngLat } from '../../src/geo/types';
import { placesCollection } from '../../src/data/geodata';
import { readBasemap, readTopologies } from './readGeodata';

const basemap = readBasemap();

function province(code: string): Feature<AreaGeometry> {
  const f = basemap.provinces.features.find((x) => x.properties.code === code);
  if (!f) throw new Error(`province ${code} missing`);
  return f;
}

function country(iso: string): Feature<AreaGeometry> {
  const f = basemap.countries.features.find((x) => x.properties.iso_a3 === iso);
  if (!f) throw new Error(`country ${iso} missing`);
  return f;
}

function place(id: string): LngLat {
  const f = placesCollection.features.find((x) => x.properties.id === id);
  const [lng, lat] = f?.geometry.coordinates ?? [];
  if (lng === undefined || lat === undefined) throw new Error(`place ${id} missing`);
  return [lng, lat];
}

/** Natural Earth's unsimplified outlines, measured with turf (issue 2's reference values). */
const REFERENCE_KM2 = { 'RU-KRS': 30_013, 'UA-14': 26_521 };

describe('shipped outlines', () => {
  for (const [code, referenceKm2] of Object.entries(REFERENCE_KM2)) {
    it(`${code} area is within 1% of Natural Earth's ${referenceKm2} km²`, () => {
      const km2 = areaKm2(province(code));
      expect(Math.abs(km2 - referenceKm2) / referenceKm2).toBeLessThan(0.01);
    });
  }

  it('draws Russia whole across the antimeridian: Chukotka east of 180°, none at -180°', () => {
    const longitudes = country('RUS')
      .geometry.coordinates.flat(3)
      .filter((_, i) => i % 2 === 0);
    expect(Math.min(...longitudes)).toBeGreaterThan(19);
    expect(Math.max(...longitudes)).toBeGreaterThan(180);
    expect(Math.max(...longitudes)).toBeLessThan(191);
  });

  it('puts Simferopol in Ukraine, not in Russia', () => {
    const simferopol: LngLat = [34.1, 44.95];
    expect(pointInArea(simferopol, country('UKR'))).toBe(true);
    expect(pointInArea(simferopol, country('RUS'))).toBe(false);
    expect(pointInArea(simferopol, province('UA-43'))).toBe(true);
  });

  it('puts each place inside its region', () => {
    expect(pointInArea(place('kursk-city'), province('RU-KRS'))).toBe(true);
    expect(pointInArea(place('donetsk-city'), province('UA-14'))).toBe(true);
    expect(pointInArea(place('nikolske'), province('UA-14'))).toBe(true);
    expect(pointInArea(place('donetsk-rostov'), province('RU-ROS'))).toBe(true);
    expect(pointInArea(place('kursk-city'), province('UA-59'))).toBe(false);
    expect(pointInArea(place('pyongyang'), country('PRK'))).toBe(true);
  });

  it('puts Nikolske near Mariupol at about 47.205 N, 37.321 E', () => {
    const [lng, lat] = place('nikolske');
    expect(lat).toBeCloseTo(47.205, 2);
    expect(lng).toBeCloseTo(37.321, 2);
  });
});

/** Arc indices (direction ignored) used by one geometry of a topology object. */
function arcsOf(topology: Topology, objectName: string, key: string, value: string): Set<number> {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') throw new Error(`${objectName} missing`);
  const g = object.geometries.find((x) => {
    const props: Record<string, unknown> = x.properties ?? {};
    return props[key] === value;
  });
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) throw new Error(`${value}?`);
  const flat = (g.arcs as unknown[]).flat(3) as number[];
  return new Set(flat.map((i) => (i < 0 ? ~i : i)));
}

describe('topology', () => {
  const { provinces, countries } = readTopologies();
  const shared = (a: Set<number>, b: Set<number>) => [...a].filter((i) => b.has(i));

  it('keeps the Kursk/Sumy border as shared arcs', () => {
    const kursk = arcsOf(provinces, 'provinces', 'code', 'RU-KRS');
    const sumy = arcsOf(provinces, 'provinces', 'code', 'UA-59');
    expect(shared(kursk, sumy).length).toBeGreaterThan(0);
  });

  it('keeps the Donetsk/Luhansk and Donetsk/Rostov borders shared', () => {
    const donetsk = arcsOf(provinces, 'provinces', 'code', 'UA-14');
    expect(shared(donetsk, arcsOf(provinces, 'provinces', 'code', 'UA-09')).length).toBeGreaterThan(
      0,
    );
    expect(
      shared(donetsk, arcsOf(provinces, 'provinces', 'code', 'RU-ROS')).length,
    ).toBeGreaterThan(0);
  });

  it('keeps the Russia/Ukraine and Russia/North Korea borders shared', () => {
    const rus = arcsOf(countries, 'countries', 'iso_a3', 'RUS');
    expect(shared(rus, arcsOf(countries, 'countries', 'iso_a3', 'UKR')).length).toBeGreaterThan(0);
    expect(shared(rus, arcsOf(countries, 'countries', 'iso_a3', 'PRK')).length).toBeGreaterThan(0);
  });
});
