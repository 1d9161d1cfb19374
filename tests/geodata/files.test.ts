import { describe, expect, it } from 'vitest';
import { check } from '@placemarkio/check-geojson';
import type { Position } from 'geojson';
import { coordAll } from '@turf/turf';
import { loadAreas, placesCollection } from '../../src/data/geodata';
import { parsePlaces } from '../../src/data/geodataSchema';
import { readBasemap, readJson, readText, readTopologies } from './readGeodata';

const inRange = ([lng, lat]: Position) =>
  lng !== undefined && lat !== undefined && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;

/** A country across the antimeridian is unwrapped eastwards (scripts/geodata/countries.mjs). */
const inUnwrappedRange = ([lng, lat]: Position) =>
  lng !== undefined && lat !== undefined && lng >= -180 && lng < 360 && Math.abs(lat) <= 90;

describe('geodata files', () => {
  it('places.geojson is valid GeoJSON and matches the place schema', () => {
    const text = readText('geodata/places.geojson');
    expect(() => check(text)).not.toThrow();
    const places = parsePlaces(JSON.parse(text));
    expect(places.features.map((f) => f.properties.id)).toEqual(
      expect.arrayContaining([
        'kursk-city',
        'donetsk-city',
        'nikolske',
        'pyongyang',
        'donetsk-rostov',
      ]),
    );
    expect(places).toEqual(placesCollection);
  });

  it('areas.json parses, with the report’s area ids', () => {
    const ids = loadAreas().map((a) => a.id);
    for (const id of ['kursk', 'donetsk', 'nikolske', 'russia', 'ukraine', 'north-korea']) {
      expect(ids).toContain(id);
    }
  });

  it('the basemap topologies carry the named objects and decode to valid GeoJSON', () => {
    const { countries, provinces } = readTopologies();
    expect(countries.type).toBe('Topology');
    expect(Object.keys(countries.objects)).toEqual(['countries']);
    expect(Object.keys(provinces.objects)).toEqual(['provinces']);
    const basemap = readBasemap();
    expect(() => check(JSON.stringify(basemap.countries))).not.toThrow();
    expect(() => check(JSON.stringify(basemap.provinces))).not.toThrow();
  });

  it('every coordinate of every file is a valid longitude/latitude', () => {
    const basemap = readBasemap();
    for (const fc of [basemap.provinces, placesCollection]) {
      const bad = coordAll(fc).filter((p) => !inRange(p));
      expect(bad).toEqual([]);
    }
    expect(coordAll(basemap.countries).filter((p) => !inUnwrappedRange(p))).toEqual([]);
    // Only a country that crosses the antimeridian reaches past 180°.
    const past = basemap.countries.features.filter((f) =>
      coordAll(f).some(([lng]) => lng !== undefined && lng > 180),
    );
    expect(past.map((f) => f.properties.iso_a3)).toEqual(['RUS']);
  });

  it('countries carry iso_a3 and name; the route’s countries are present', () => {
    const { countries } = readBasemap();
    const codes = countries.features.map((f) => f.properties.iso_a3);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of countries.features) expect(f.properties.iso_a3).toMatch(/^[A-Z]{3}$/);
    expect(codes).toEqual(expect.arrayContaining(['RUS', 'UKR', 'PRK', 'KOR', 'BLR', 'CHN']));
  });

  it('provinces carry ISO 3166-2 codes, names and a country; all of Ukraine is there', () => {
    const { provinces } = readBasemap();
    const codes = provinces.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of provinces.features) {
      expect(f.properties.code.slice(0, 2)).toBe(f.properties.country);
      expect(f.properties.name_ru).toBeTruthy();
      expect(f.properties.name_uk).toBeTruthy();
    }
    const ua = provinces.features.filter((f) => f.properties.country === 'UA');
    expect(ua).toHaveLength(27); // 24 oblasts, Crimea, Kyiv city, Sevastopol
    expect(codes).toEqual(
      expect.arrayContaining(['RU-KRS', 'RU-BEL', 'RU-BRY', 'RU-ROS', 'UA-14', 'UA-59', 'UA-43']),
    );
    const kursk = provinces.features.find((f) => f.properties.code === 'RU-KRS');
    expect(kursk?.properties).toMatchObject({
      name: 'Kursk',
      name_ru: 'Курская область',
      name_uk: 'Курська область',
      name_ko: '쿠르스크',
    });
  });

  it('Crimea and Sevastopol are provinces of Ukraine (UN view)', () => {
    const { provinces } = readBasemap();
    for (const code of ['UA-43', 'UA-40']) {
      expect(provinces.features.find((f) => f.properties.code === code)?.properties.country).toBe(
        'UA',
      );
    }
  });

  it('reference-areas.json records the unsimplified areas the build measured', () => {
    const ref = readJson('geodata/basemap/reference-areas.json') as {
      regions: Record<string, { unsimplifiedKm2: number }>;
    };
    expect(ref.regions['RU-KRS']?.unsimplifiedKm2).toBeCloseTo(30_013, -1);
    expect(ref.regions['UA-14']?.unsimplifiedKm2).toBeCloseTo(26_521, -1);
  });
});
