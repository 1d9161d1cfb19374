import { describe, expect, it } from 'vitest';
import { draftsFromSelection } from '../../src/workbench/draft';
import { OUTLET_TOKEN } from '../../src/workbench/export';
import { parseFigures } from '../../src/workbench/parse/figures';
import { suggestAreas, suggestMeasures, suggestSources } from '../../src/workbench/parse/suggest';
import { loadPublished } from '../../src/workbench/published';

const published = loadPublished();
const context = { areaEntries: published.areaEntries, sources: published.knownSources };

function drafted(text: string, words: string, date: string) {
  const at = text.indexOf(words);
  return draftsFromSelection(text, at, at + words.length, date, context, OUTLET_TOKEN);
}

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
  it('takes its aliases from the source registry, in any language', () => {
    const s = (text: string) => suggestSources(text, published.knownSources);
    expect(s('بعد إحاطة من الاستخبارات الوطنية الكورية الجنوبية، أمس')).toEqual(['kr-nis']);
    expect(s('South Korean lawmakers, briefed by the JCS, said')).toEqual(['kr-jcs']);
    const bare = published.knownSources.map((k) => ({ ...k, aliases: [] }));
    expect(suggestSources('South Korea’s main spy agency said', bare)).toEqual([]);
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
  it('suggests statement measures for words without a figure', () => {
    expect(suggestMeasures('troops were redeployed to the front', null, false)).not.toContain(
      'troops-present',
    );
  });
});

describe('measures of drafted claims', () => {
  it('gives each figure of a selection the measure of its own clause', () => {
    const text =
      'The NIS said roughly 600 North Korean soldiers have died fighting for Russia and another four-thousand-100 have been injured.';
    const claims = drafted(text, '600 North Korean soldiers have died', '2025-04-30');
    expect(claims.map((c) => [c.low, c.metric, c.unit])).toEqual([['600', 'killed', 'people']]);
    const both = drafted(
      text,
      'roughly 600 North Korean soldiers have died fighting for Russia and another four-thousand-100 have been injured',
      '2025-04-30',
    );
    expect(both.map((c) => [c.low, c.metric, c.qualifier])).toEqual([
      ['600', 'killed', 'roughly'],
      ['4100', 'wounded', ''],
    ]);
  });

  it('reads a verb of loss before the number, and Arabic cue words', () => {
    expect(
      drafted(
        'Ukraine said its forces killed five fighters.',
        'killed five fighters',
        '2025-01-01',
      )[0]?.metric,
    ).toBe('killed');
    const ar = 'وقدّرت أن كوريا الشمالية خسرت نحو ٢٠٠٠ جندي.';
    const [claim] = drafted(ar, 'خسرت نحو ٢٠٠٠ جندي', '2025-09-03');
    expect([claim?.low, claim?.qualifier, claim?.metric, claim?.quote]).toEqual([
      '2000',
      'نحو',
      'killed',
      'خسرت نحو ٢٠٠٠ جندي',
    ]);
  });

  it('dates a figure by the period its sentence gives ("in 2024", "early last week")', () => {
    const text =
      'Intelligence agencies say Pyongyang sent more than 10,000 troops to Russia in 2024.';
    const [claim] = drafted(text, 'more than 10,000 troops', '2025-09-02');
    expect(claim?.refersTo).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
      precision: 'period',
      asPrinted: 'in 2024',
    });
  });

  it('drafts nothing from a duration, an age or a year', () => {
    for (const words of ['in just two days', 'aged 20', 'in 2025', 'for one year']) {
      expect(parseFigures(words), words).toEqual([]);
    }
  });

  it('ranks each figure’s own measures first, not the sentence’s', () => {
    const sentence = 'At least 600 soldiers have been killed and thousands more wounded.';
    const figures = parseFigures(sentence);
    expect(figures.map((f) => suggestMeasures(sentence, f.unit, true, f)[0])).toEqual([
      'killed',
      'wounded',
    ]);
  });
});
