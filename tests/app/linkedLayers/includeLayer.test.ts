import { beforeAll, describe, expect, it } from 'vitest';
import type { UserLayer } from '../../../src/data/userLayers';
import { planInclusion } from '../../../src/app/linkedLayers/includeLayer';
import { encodeViewState, parseViewState } from '../../../src/state/url';
import { createDefaultViewState } from '../../../src/state/viewState';
import { linkCostOf, shownUserLayers } from '../../../src/view/shownUserLayers';
import { encodeLinkedLayers } from '../../../src/state/url/linkedLayersKey';
import { contextWithUserLayers } from '../../state/url/fixtures';
import { loadCompression } from '../../../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
beforeAll(() => loadCompression());

const PAGE = 'https://example.org/sitrep/';

function layer(id: string, features: UserLayer['collection']['features']): UserLayer {
  return {
    id,
    name: `Layer ${id}`,
    visible: true,
    createdAt: '2025-02-27T00:00:00.000Z',
    collection: { type: 'FeatureCollection', features },
    stats: { features: features.length, vertices: features.length, bbox: null },
  };
}

/** Points with irregular coordinates and a distinct text each (they compress as real data). */
function points(count: number, refParts = 1, seed = 11): UserLayer['collection']['features'] {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const ref = () =>
    Array.from({ length: refParts }, () => next().toString(36).slice(2, 12)).join('');
  return Array.from({ length: count }, (_, i) => ({
    type: 'Feature' as const,
    properties: { name: `Point ${i}`, ref: ref() },
    geometry: { type: 'Point' as const, coordinates: [30 + next() * 10, 45 + next() * 7] },
  }));
}

describe('planInclusion', () => {
  it('puts a small layer in the link as the recipient will read it', () => {
    const small = layer('front-1', [
      ...points(3),
      { type: 'Feature', properties: { nested: { a: 1 } }, geometry: null },
    ]);
    const plan = planInclusion(small, createDefaultViewState(), '2025-02-27', PAGE);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.lyr.map((l) => [l.key, l.features.length])).toEqual([['front-1', 3]]);
    expect(plan.changes).toBe('1 invalid feature dropped');
    const fragment = encodeViewState({ ...createDefaultViewState(), lyr: plan.lyr });
    const read = parseViewState(fragment, contextWithUserLayers);
    expect(read.ignored).toEqual([]);
    expect(read.state.lyr).toEqual(plan.lyr);
    // The shared link: page, the fragment with its as-of date pinned.
    expect(plan.length).toBe(`${PAGE}#${fragment}&asof=2025-02-27`.length);
  });

  it('refuses more than 200 features, and a link over 8,000 characters', () => {
    const big = planInclusion(
      layer('big', points(201)),
      createDefaultViewState(),
      '2025-02-27',
      PAGE,
    );
    expect(big).toEqual({
      ok: false,
      why: 'a link carries at most 200 features, and this layer has 201',
    });
    const long = planInclusion(
      layer('long', points(150, 6)),
      createDefaultViewState(),
      '2025-02-27',
      PAGE,
    );
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.why).toMatch(/^the link would be [\d,]+ characters, over the 8,000/);
  });

  it('refuses a layer none of whose features a link can hold', () => {
    const empty = layer('nowhere', [{ type: 'Feature', properties: {}, geometry: null }]);
    expect(planInclusion(empty, createDefaultViewState(), '2025-02-27', PAGE)).toEqual({
      ok: false,
      why: 'none of its features has a location a link can hold',
    });
  });
});

describe('shownUserLayers', () => {
  it('lists stored layers, then those only the link carries, each once', () => {
    const stored = [layer('mine', points(2))];
    const plan = planInclusion(
      stored[0] as UserLayer,
      createDefaultViewState(),
      '2025-02-27',
      PAGE,
    );
    const other = planInclusion(
      layer('theirs', points(1)),
      createDefaultViewState(),
      '2025-02-27',
      PAGE,
    );
    if (!plan.ok || !other.ok) throw new Error('planned');
    const shown = shownUserLayers(stored, [...plan.lyr, ...other.lyr]);
    expect(shown.map((l) => [l.id, l.features, l.stored, l.inLink])).toEqual([
      ['mine', 2, true, true],
      ['theirs', 1, false, true],
    ]);
  });
});

describe('linkCostOf', () => {
  it('says what including a layer adds to the link, and null when it cannot go', () => {
    const small = layer('small', points(20));
    const plan = planInclusion(small, createDefaultViewState(), '2025-02-27', PAGE);
    if (!plan.ok) throw new Error('planned');
    expect(linkCostOf(small)).toBe(`&lyr=${encodeLinkedLayers(plan.lyr)}`.length);
    expect(linkCostOf(layer('big', points(201)))).toBeNull();
    expect(
      linkCostOf(layer('nowhere', [{ type: 'Feature', properties: {}, geometry: null }])),
    ).toBeNull();
  });
});
