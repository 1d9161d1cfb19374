import { describe, expect, it } from 'vitest';
import { editDistance, foldName, search } from '../../src/data/search';
import { loadDataset } from '../../src/data/bundledDataset';
import { searchEntries } from '../../src/view/mapModel';

const entries = searchEntries(loadDataset());
const ids = (query: string) => search(entries, query).map((hit) => hit.entry.id);

describe('foldName', () => {
  it('folds case, diacritics, apostrophes and hyphens', () => {
    expect(foldName("Donets'k")).toBe('donetsk');
    expect(foldName('Nikol’s’ke')).toBe('nikolske');
    expect(foldName('  Kursk-Oblast ')).toBe('kursk oblast');
    expect(foldName('Курская область')).toBe('курская область');
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('kusrk', 'kursk')).toBe(1);
    expect(editDistance('nikolskoe', 'nikolske')).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
  });
});

describe('search over the real gazetteer', () => {
  it.each([
    ['Kursk', 'kursk'],
    ['Kursk Oblast', 'kursk'],
    ['Курская', 'kursk'],
    ['Курская область', 'kursk'],
    ['쿠르스크', 'kursk'],
    ["Donets'k", 'donetsk'],
    ['Nikolske', 'nikolske'],
    ['Nikolskoe', 'nikolske'],
    ["Nikol's'ke", 'nikolske'],
    ['kusrk', 'kursk'],
  ])('%s finds %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('lists every Donetsk with the oblast of this report first, never just one', () => {
    const hits = search(entries, 'Donetsk');
    expect(hits[0]?.entry.id).toBe('donetsk');
    const found = hits.map((hit) => hit.entry.id);
    expect(found).toContain('donetsk-city');
    expect(found).toContain('donetsk-rostov');
    expect(found.indexOf('donetsk-city')).toBeLessThan(found.indexOf('donetsk-rostov'));
    const rostov = hits.find((hit) => hit.entry.id === 'donetsk-rostov');
    expect(rostov?.entry.detail).toMatch(/Rostov/);
    expect(rostov?.entry.detail).toMatch(/Russia/);
  });

  it('offers the other villages named Nikolske as well', () => {
    expect(ids('Nikolskoye').length).toBeGreaterThan(1);
  });

  it('finds nothing for nonsense and for an empty query', () => {
    expect(ids('zzzzqqq')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});
