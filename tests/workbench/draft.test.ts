import { describe, expect, it } from 'vitest';
import { draftsFromSelection } from '../../src/workbench/draft';
import { OUTLET_TOKEN } from '../../src/workbench/export';
import { loadPublished } from '../../src/workbench/published';

const published = loadPublished();
const context = { areaEntries: published.areaEntries, sources: published.knownSources };

function draftFrom(text: string, words: string, date: string) {
  const at = text.indexOf(words);
  return draftsFromSelection(text, at, at + words.length, date, context, OUTLET_TOKEN);
}

describe('draftsFromSelection', () => {
  const TEXT =
    'This assessment is supported by the NIS. South Korea’s National Intelligence Service stated on 13 January that 300 North Korean soldiers have been killed and 2,700 wounded in action in the region.';

  it('drafts two claims from "300 … killed and 2,700 wounded", each quoting its own words', () => {
    const claims = draftFrom(
      TEXT,
      '300 North Korean soldiers have been killed and 2,700 wounded',
      '2025-01-17',
    );
    expect(claims.map((c) => [c.low, c.unit, c.quote])).toEqual([
      ['300', 'people', '300 North Korean soldiers have been killed and 2,700 wounded'],
      ['2700', 'people', '300 North Korean soldiers have been killed and 2,700 wounded'],
    ]);
    for (const claim of claims) {
      expect(claim.source).toEqual(['kr-nis']);
      expect(claim.reportedOn).toEqual({
        start: '2025-01-13',
        end: '2025-01-13',
        precision: 'day',
        asPrinted: 'on 13 January',
      });
      expect(claim.via).toEqual([OUTLET_TOKEN]);
      expect(TEXT.slice(claim.anchor?.position.start, claim.anchor?.position.end)).toBe(
        claim.quote,
      );
    }
  });

  it('widens the quote to take in a qualifier printed just before the selection', () => {
    const text = 'Officials said as many as 12,000 troops are there.';
    const [claim] = draftFrom(text, '12,000', '2025-02-27');
    expect(claim?.quote).toBe('as many as 12,000 troops');
    expect(claim?.qualifier).toBe('as many as');
  });

  it('drafts a statement claim from words without a figure', () => {
    const text =
      'Ukrainian officials have reported casualties among North Korean soldiers in Donetsk.';
    const [claim] = draftFrom(
      text,
      'casualties among North Korean soldiers in Donetsk',
      '2025-02-27',
    );
    expect(claim?.low).toBe('');
    expect(claim?.area).toBe('donetsk');
    expect(claim?.refersTo.precision).toBe('before');
  });

  it('dates a figure about a year by that year, and a day of the month by that day', () => {
    const sent = 'Agencies say Pyongyang sent more than 10,000 troops to Russia in 2024.';
    const [claim] = draftFrom(sent, 'more than 10,000 troops', '2025-09-02');
    expect(claim?.refersTo).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
      precision: 'period',
      asPrinted: 'in 2024',
    });
    expect(claim?.reportedOn.precision).toBe('before');
    const nis =
      'On the 23rd, the NIS reported that over 3,000 troops have relocated, and the total is expected to reach 10,000 by December.';
    const [, projected] = draftFrom(
      nis,
      'over 3,000 troops have relocated, and the total is expected to reach 10,000',
      '2024-10-23',
    );
    expect(projected?.reportedOn).toEqual({
      start: '2024-10-23',
      end: '2024-10-23',
      precision: 'day',
      asPrinted: 'On the 23rd',
    });
  });

  it('leaves the area open and lists every place when the sentence names several', () => {
    const text = 'About 92 casualties a day in Russia’s Kursk region.';
    const [claim] = draftFrom(text, 'About 92 casualties a day', '2025-02-27');
    expect(claim?.area).toBe('');
    expect(claim?.areaCandidates.map((a) => a.id)).toEqual(['russia', 'kursk']);
  });
});
