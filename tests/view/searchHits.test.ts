// The search box's candidates come from the view layer, not from the panel (issue 20).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/bundledDataset';
import { search, type SearchHit } from '../../src/data/search';
import { searchEntries } from '../../src/view/mapModel';
import { searchHits } from '../../src/view/searchHits';

const entries = searchEntries(loadDataset());
const first = entries[0];
const query = first?.label ?? '';

describe('searchHits', () => {
  it("lists the report's areas and places alone when there is nothing more", () => {
    expect(query).not.toBe('');
    const hits = searchHits(entries, query);
    expect(hits).toEqual(search(entries, query));
    expect(hits.some((hit) => hit.entry.id === first?.id)).toBe(true);
  });

  it("ranks more hits with the report's, and asks for them with the query", () => {
    const asked: string[] = [];
    const settlement: SearchHit = {
      entry: { ...(first as NonNullable<typeof first>), id: 'settlement-x', kind: 'place' },
      matched: query,
      score: 0,
    };
    const hits = searchHits(entries, query, (q) => {
      asked.push(q);
      return [settlement];
    });
    expect(asked).toEqual([query]);
    expect(hits.map((hit) => hit.entry.id)).toContain('settlement-x');
    expect(hits.map((hit) => hit.entry.id)).toContain(first?.id);
  });
});
