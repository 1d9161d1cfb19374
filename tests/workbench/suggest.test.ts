import { describe, expect, it } from 'vitest';
import { suggestAreas, suggestMeasures, suggestSources } from '../../src/workbench/parse/suggest';
import { loadPublished } from '../../src/workbench/published';

const published = loadPublished();

describe('suggestAreas', () => {
  it('shows every place a sentence names, in order', () => {
    const sentence =
      'As many as 12,000 North Korean soldiers are in Russia to fight Ukrainian forces who occupied parts of the Kursk region in August, according to Ukraine and the United States.';
    expect(suggestAreas(sentence, published.areaEntries).map((a) => a.id)).toEqual([
      'russia',
      'kursk',
      'ukraine',
    ]);
  });
  it('does not take "North Koreans" for North Korea, and finds one village alone', () => {
    expect(
      suggestAreas(
        'The North Koreans trapped in Nikolske were struggling.',
        published.areaEntries,
      ).map((a) => a.id),
    ).toEqual(['nikolske']);
  });
});

describe('suggestSources', () => {
  it('knows sources by name, short name or alias', () => {
    const s = (text: string) => suggestSources(text, published.knownSources);
    expect(s('The Institute for the Study of War estimated')).toEqual(['isw']);
    expect(s('South Korea’s main spy agency said')).toEqual(['kr-nis']);
    expect(s('according to Ukraine and the United States')).toEqual(['ua-gov', 'us-gov']);
  });
});

describe('suggestMeasures', () => {
  it('picks the measure from cue words, within the unit', () => {
    expect(suggestMeasures('about 92 casualties a day', 'casualties/day')[0]).toBe(
      'casualties-per-day',
    );
    expect(suggestMeasures('could be wiped out within three months', 'months')[0]).toBe(
      'time-to-wipe-out',
    );
    expect(suggestMeasures('possibly reaching 50%, casualty rates', '%')[0]).toBe('casualty-rate');
    expect(suggestMeasures('sent more than 1,000 additional troops', 'troops')[0]).toBe(
      'troops-additional',
    );
  });
  it('suggests "casualties reported" for losses told without a number', () => {
    const words =
      'Pyongyang acknowledged in April that it had sent troops to Russia and that some had been killed.';
    expect(suggestMeasures(words, null, false)[0]).toBe('casualties-reported');
  });
  it('suggests statement measures for words without a figure', () => {
    expect(suggestMeasures('troops were redeployed to the front', null, false)).not.toContain(
      'troops-present',
    );
  });
});
