// What keeps a gazetteer query fast, without a clock: the edit-distance score (matchScore, the
// costly step) is computed for the few keys that keep enough of the query's letters, not for
// every key of the index. The time itself is a benchmark figure (scripts/bench/gazetteer.mjs,
// bench/results.json `gazetteer.search`), not a unit test: timings flake on a loaded machine.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseGazetteer } from '../../src/data/gazetteer';
import { buildGazetteerIndex, searchGazetteer } from '../../src/data/gazetteerSearch';
import { loadTheatre, placesCollection } from '../../src/data/geodata';
import type * as searchModule from '../../src/data/search';
import { matchScore, queryKeys } from '../../src/data/search';

vi.mock('../../src/data/search', async (importOriginal) => {
  const original = await importOriginal<typeof searchModule>();
  return { ...original, matchScore: vi.fn(original.matchScore) };
});

const gazetteer = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
const reportIds = new Set(placesCollection.features.map((f) => f.properties.geonamesId));
const index = buildGazetteerIndex(gazetteer, reportIds, loadTheatre().countries);
const scored = vi.mocked(matchScore);

describe('a gazetteer query', () => {
  it.each(['Nikolske', 'Маріуполь', 'Pokr', 'Sudzha', 'Kramatorsk', 'Krmatorsk'])(
    '%s scores under a third of the index’s keys (1 in 120 to 1 in 5 today)',
    (query) => {
      scored.mockClear();
      expect(searchGazetteer(index, query).length).toBeGreaterThan(0);
      const keysScanned = index.keys.length * queryKeys(query).length;
      expect(index.keys.length).toBeGreaterThan(10_000);
      expect(scored.mock.calls.length).toBeGreaterThan(0);
      expect(scored.mock.calls.length).toBeLessThan(keysScanned / 3);
    },
  );
});
