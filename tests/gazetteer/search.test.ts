import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/data/gazetteer';
// @ts-expect-error -- plain ESM build helper, no type declarations
import { regionDisplayName } from '../../scripts/geodata/regionName.mjs';
import {
  buildGazetteerIndex,
  buildGazetteerIndexInSlices,
  mergeHits,
  searchGazetteer,
  searchKeys,
} from '../../src/data/gazetteerSearch';
import { searchEntries } from '../../src/view/mapModel';
import { foldName, matchScore, queryKeys, search } from '../../src/data/search';
import { loadDataset } from '../../src/data/bundledDataset';
import { loadTheatre, placesCollection } from '../../src/data/geodata';

// The shipped file, as the app fetches it.
const gazetteer = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
const reportIds = new Set(placesCollection.features.map((f) => f.properties.geonamesId));
const countries = loadTheatre().countries;
const index = buildGazetteerIndex(gazetteer, reportIds, countries);

describe('indexing in slices (so no task holds the main thread for long)', () => {
  it('builds the same index as in one go, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await buildGazetteerIndexInSlices(
      gazetteer,
      reportIds,
      countries,
      () => {
        pauses += 1;
        return Promise.resolve();
      },
      500,
    );
    expect(sliced).toEqual(index);
    expect(pauses).toBe(Math.ceil(gazetteer.places.length / 500) - 1);
  });
});

describe('the gazetteer file', () => {
  it('loads every row, thousands of places in Ukraine and the Russian border regions', () => {
    expect(gazetteer.problems).toEqual([]);
    expect(gazetteer.places.length).toBeGreaterThan(3000);
    const countries = new Set(gazetteer.places.map((p) => p.country));
    expect([...countries].sort()).toEqual(['RU', 'UA']);
  });

  it('leaves out a bad row, names it, and keeps the rest', () => {
    const raw = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as {
      places: unknown[];
    };
    raw.places.splice(1, 0, [1, 'Nowhere', '', '', 999, 50, 0, 10, 'UA-14', []], 'junk');
    const parsed = parseGazetteer(raw);
    expect(parsed.places.length).toBe(gazetteer.places.length);
    expect(parsed.problems).toEqual([
      'gazetteer row 1: 1: coordinates out of range',
      'gazetteer row 2: not a row of 10 columns',
    ]);
  });

  it.each([
    [703448, 'Kyiv', 'Київ', 'Киев'],
    [701822, 'Mariupol', 'Маріуполь', 'Мариуполь'],
    [709717, 'Donetsk', 'Донецьк', 'Донецк'],
    [695357, 'Kurakhove', 'Курахове', 'Курахово'],
    // GeoNames lists no Russian Покровск, and the guess does not take an old name instead.
    [704422, 'Pokrovsk', 'Покровськ', ''],
    [486816, 'Sudzha', '', 'Суджа'],
  ])('GeoNames %i: English, Ukrainian and Russian names', (id, en, uk, ru) => {
    const found = gazetteer.places.find((p) => p.geonamesId === id);
    expect([found?.name, found?.uk, found?.ru]).toEqual([en, uk, ru]);
  });

  it('names provinces with their kind', () => {
    expect(regionDisplayName('Donetsk')).toBe('Donetsk Oblast');
    expect(regionDisplayName('Krasnodar Krai')).toBe('Krasnodar Krai');
    expect(regionDisplayName('Kyiv City')).toBe('Kyiv City');
  });
});

describe('gazetteer search', () => {
  const top = (query: string) => searchGazetteer(index, query)[0];

  it.each([
    ['Mariupol', 'Mariupol', 'Donetsk Oblast, Ukraine'],
    ['Маріуполь', 'Mariupol', 'Donetsk Oblast, Ukraine'],
    ['Мариуполь', 'Mariupol', 'Donetsk Oblast, Ukraine'],
    ['Sudzha', 'Sudzha', 'Kursk Oblast, Russia'],
    ['Суджа', 'Sudzha', 'Kursk Oblast, Russia'],
    ['Pokrovsk', 'Pokrovsk', 'Donetsk Oblast, Ukraine'],
    ['Покровськ', 'Pokrovsk', 'Donetsk Oblast, Ukraine'],
    ['Kurakhove', 'Kurakhove', 'Donetsk Oblast, Ukraine'],
    ['Kramators’k', 'Kramatorsk', 'Donetsk Oblast, Ukraine'],
    ['Krasnoarmeysk', 'Pokrovsk', 'Donetsk Oblast, Ukraine'],
    ['마리우폴', 'Mariupol', 'Donetsk Oblast, Ukraine'],
  ])('%s finds %s', (query, label, region) => {
    const hit = top(query);
    expect(hit?.entry.label).toBe(label);
    expect(hit?.entry.detail).toBe(`${region} · not in the report`);
  });

  // How fast a query is answered is a benchmark figure (scripts/bench/gazetteer.mjs); what
  // keeps it fast (few keys scored) is tested in searchCost.test.ts.

  it('finds exactly what a brute-force scan finds (the letter pre-filter drops no match)', () => {
    const brute = (query: string) => {
      const ids = new Set<string>();
      for (const entry of index.entries) {
        const names = [entry.label, ...entry.names];
        const qs = queryKeys(query);
        if (names.some((n) => searchKeys(n).some((k) => qs.some((q) => matchScore(q, k) > 0)))) {
          ids.add(entry.id);
        }
      }
      return ids;
    };
    for (const query of ['Mariupl', 'Krmatorsk', 'Nikolaevka', 'Сумы', 'Bakhmut', 'Pokrovs']) {
      const found = new Set(searchGazetteer(index, query, 100_000).map((h) => h.entry.id));
      expect(found, query).toEqual(brute(query));
      expect(found.size, query).toBeGreaterThan(0);
    }
    expect(foldName('Krmatorsk')).toBe('krmatorsk');
  });

  it('romanises Cyrillic both ways, so a Latin spelling finds a Cyrillic-only name', () => {
    expect(searchKeys('Суджа')).toContain('sudzha');
    expect(searchKeys('Покровськ')).toContain('pokrovsk');
    expect(searchKeys('Никольское')).toContain('nikolskoe');
  });

  it('lists "Nikolske" and its Russian spellings in the theatre with the report places', () => {
    const entries = searchEntries(loadDataset());
    const hits = mergeHits(search(entries, 'Nikolske'), searchGazetteer(index, 'Nikolske'));
    const labels = hits.map((h) => `${h.entry.label} — ${h.entry.detail}`);
    // The report's Nikolske and its homonyms come first, all shown with a region.
    expect(hits[0]?.entry.id).toBe('nikolske');
    for (const hit of hits) expect(hit.entry.detail).toMatch(/\S/);
    // No place is listed twice (the gazetteer leaves out the report's own places).
    expect(new Set(labels).size).toBe(labels.length);
    expect(hits.filter((h) => h.entry.label === 'Nikolske')).toHaveLength(1);
  });

  // The same name in Ukrainian-derived, Russian-derived and Cyrillic spellings (St Nicholas:
  // Mykola / Nikolay), as reports and analysts write it.
  const NIKOLSKE_SPELLINGS = [
    'Nikolske',
    'Nikolskoye',
    'Nikol’skoye',
    'Mykilske',
    'Нікольське',
    'Никольское',
    'Микільське',
  ];

  it.each(NIKOLSKE_SPELLINGS)('"%s" puts the report’s Nikolske first', (query) => {
    const entries = searchEntries(loadDataset());
    const hits = mergeHits(search(entries, query), searchGazetteer(index, query));
    expect(hits[0]?.entry.id).toBe('nikolske');
  });

  it.each(NIKOLSKE_SPELLINGS)(
    '"%s" lists every homonym, each with its region and country',
    (query) => {
      // A gazetteer with the homonyms GeoNames' full dumps have and cities500 lacks.
      const homonyms = buildGazetteerIndex(
        parseGazetteer({
          regions: {
            'UA-14': { name: 'Donetsk Oblast', country: 'UA' },
            'UA-35': { name: 'Kirovohrad Oblast', country: 'UA' },
            'RU-KRS': { name: 'Kursk Oblast', country: 'RU' },
            'RU-BEL': { name: 'Belgorod Oblast', country: 'RU' },
          },
          places: [
            [1, 'Nikolske', 'Нікольське', 'Никольское', 37.3, 47.2, 0, 8, 'UA-14', []],
            [2, 'Mykilske', 'Микільське', '', 33.05, 48.97, 0, 10, 'UA-35', []],
            [3, 'Nikolskoye', '', 'Никольское', 36.1, 51.7, 0, 10, 'RU-KRS', ['Nikol’skoye']],
            [4, 'Nikolskoe', '', 'Никольское', 36.6, 50.6, 0, 10, 'RU-BEL', []],
            [5, 'Mariupol', 'Маріуполь', 'Мариуполь', 37.5, 47.1, 431859, 5, 'UA-14', []],
          ],
        }),
        new Set(),
        countries,
      );
      const found = searchGazetteer(homonyms, query).map(
        (h) => `${h.entry.label}, ${h.entry.detail}`,
      );
      expect(found).toEqual(
        expect.arrayContaining([
          'Nikolske, Donetsk Oblast, Ukraine · not in the report',
          'Mykilske, Kirovohrad Oblast, Ukraine · not in the report',
          'Nikolskoye, Kursk Oblast, Russia · not in the report',
          'Nikolskoe, Belgorod Oblast, Russia · not in the report',
        ]),
      );
      expect(found).toHaveLength(4);
    },
  );

  it('tries the Ukrainian/Russian variants of a name only where the whole stem is typed', () => {
    expect(queryKeys('Mykilske')).toEqual(['mykilske', 'nikolske']);
    expect(queryKeys('Nikolaevka')).toEqual(['nikolaevka', 'mykolaevka', 'mykilaevka']);
    expect(queryKeys('Nik')).toEqual(['nik']);
    expect(queryKeys('Sudzha')).toEqual(['sudzha']);
    expect(queryKeys('  ')).toEqual([]);
  });

  it('keeps the report places out of the gazetteer index', () => {
    // Kursk, Donetsk, Donetsk (Rostov Oblast) and Nikolske are the report's own places.
    for (const id of [538560, 709717, 565348, 689151]) {
      expect(gazetteer.places.some((p) => p.geonamesId === id)).toBe(true);
      expect(index.byId.has(`gn-${id}`)).toBe(false);
    }
    expect(index.entries.length).toBe(gazetteer.places.length - 4);
  });
});
