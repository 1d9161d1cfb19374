import { describe, expect, it } from 'vitest';
import { matchSources } from '../../src/workbench/sourceSearch';
import { loadPublished } from '../../src/workbench/published';

const { knownSources } = loadPublished();
const ids = (query: string) => matchSources(knownSources, query).map((m) => m.source.id);

describe('finding a registry source by what an analyst types', () => {
  it('finds a source by its short name, name, id and aliases, exact names first', () => {
    expect(ids('NIS')[0]).toBe('kr-nis');
    expect(ids('institute for the study')).toEqual(['isw']);
    expect(ids('ukrinform')).toEqual(['ukrinform']);
    expect(matchSources(knownSources, 'spy agency')[0]).toMatchObject({
      source: { id: 'kr-nis' },
      matched: 'spy agency',
    });
  });

  it('ignores case, accents and apostrophes, and reads other scripts', () => {
    expect(ids('seouls intelligence')).toEqual(['kr-nis']);
    expect(ids('ZELENSKY')[0]).toBe('ua-zelenskyy');
    expect(ids('الاستخبارات الكورية')).toEqual(['kr-nis']);
  });

  it('gives nothing for a blank query or an unknown name', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('no such agency anywhere')).toEqual([]);
  });
});
