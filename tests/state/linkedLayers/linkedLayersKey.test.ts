import { beforeAll, describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { encodeViewState, formatIgnored, parseViewState } from '../../../src/state/url';
import { encodeLinkedLayers, parseLinkedLayers } from '../../../src/state/url/linkedLayersKey';
import { restoreLinkedLayers } from '../../../src/state/linkedLayers/restore';
import type { LinkedLayer } from '../../../src/state/linkedLayers/types';
import { createDefaultViewState } from '../../../src/state/viewState';
import { contextWithUserLayers } from '../url/fixtures';
import { loadCompression } from '../../../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
beforeAll(() => loadCompression());

/** Compresses any text the way the link does (written independently of the code under test). */
function lyrValue(json: string): string {
  const bytes = deflateSync(new TextEncoder().encode(json), { level: 9 });
  return `1.${Buffer.from(bytes).toString('base64url')}`;
}
const layer = (id: unknown, name: unknown, ...features: unknown[]) => ({
  type: 'FeatureCollection',
  id,
  name,
  features,
});
const point = (properties: unknown = {}, coordinates: unknown = [36.123456, 51.654321]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});

const FRONT: LinkedLayer = {
  key: 'front-line-3fa1c2d4',
  name: 'Front line',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Sudzha', killed: 12, confirmed: false, note: null },
      geometry: { type: 'Point', coordinates: [35.27, 51.19] },
    },
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [35, 51],
              [35.5, 51],
              [35.5, 51.5],
              [35, 51],
            ],
          ],
        ],
      },
    },
  ],
};

describe('lyr= link value', () => {
  it('round-trips a layer, with a version prefix and base64url only', () => {
    const value = encodeLinkedLayers([FRONT]);
    expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(parseLinkedLayers(value)).toEqual({ ok: true, value: [FRONT] });
  });

  it('is written last, and makes its layer known to layers= whatever this browser stores', () => {
    const state = {
      ...createDefaultViewState(),
      layers: ['areas' as const, 'user:front-line-3fa1c2d4' as const],
      lyr: [FRONT],
    };
    const link = encodeViewState(state);
    expect(link).toMatch(/^layers=areas,user:front-line-3fa1c2d4&lyr=1\.[A-Za-z0-9_-]+$/);
    const read = parseViewState(link, contextWithUserLayers);
    expect(read.ignored).toEqual([]);
    expect(read.state.layers).toEqual(['areas', 'user:front-line-3fa1c2d4']);
    expect(read.state.lyr).toEqual([FRONT]);
  });

  it('still drops an imported layer that is neither stored nor in the link', () => {
    const link = `layers=areas,user:elsewhere&lyr=${encodeLinkedLayers([FRONT])}`;
    const read = parseViewState(link, contextWithUserLayers);
    expect(read.state.layers).toEqual(['areas']);
    expect(read.ignored.map(formatIgnored)).toEqual([
      'Ignored layers=user:elsewhere: unknown layer',
    ]);
  });

  it('rounds coordinates to 5 decimals and keeps plain values only', () => {
    const value = lyrValue(
      JSON.stringify([layer('a', 'A', point({ name: 'x', nested: { a: 1 }, list: [1], n: 2 }))]),
    );
    const result = parseLinkedLayers(value);
    expect(result.ok && result.value[0]?.features[0]).toEqual({
      type: 'Feature',
      properties: { name: 'x', n: 2 },
      geometry: { type: 'Point', coordinates: [36.12346, 51.65432] },
    });
    expect(result.ok && result.dropped?.reason).toBe(
      '2 properties left out (a feature keeps up to 20 plain values)',
    );
  });

  const refused: [string, string, RegExp][] = [
    ['bad base64', '1.ab$c', /linked layers not base64url/],
    ['unknown version', `2.${lyrValue('[]').slice(2)}`, /unknown linked layer format/],
    ['not JSON', lyrValue('[{"type":'), /not JSON/],
    ['not a list', lyrValue(JSON.stringify(layer('a', 'A'))), /not a list of GeoJSON layers/],
    ['a layer without an id', lyrValue(JSON.stringify([layer(7, 'A')])), /no valid linked layer/],
    ['a layer with a bad id', lyrValue(JSON.stringify([layer('A B', 'A')])), /no valid/],
    ['a layer without a name', lyrValue(JSON.stringify([layer('a', ' \n ')])), /no valid/],
    [
      'a layer of invalid features only',
      lyrValue(JSON.stringify([layer('a', 'A', point({}, [1, 200]), { type: 'Feature' })])),
      /no valid linked layer/,
    ],
    ['too long', `1.${'A'.repeat(8001)}`, /longer than 8000/],
  ];
  for (const [name, value, reason] of refused) {
    it(`refuses ${name} with a reason`, () => {
      const result = parseLinkedLayers(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    });
  }

  it('stops inflating a decompression bomb at the cap', () => {
    const result = parseLinkedLayers(lyrValue(`[${' '.repeat(5_000_000)}]`));
    expect(result).toEqual({ ok: false, reason: 'linked layers inflates to more than 256 KiB' });
  });

  it('keeps valid features and layers and names what it left out', () => {
    const many = Array.from({ length: 230 }, (_, i) => point({}, [i / 10, i / 20]));
    const value = lyrValue(
      JSON.stringify([
        layer('a', '<img src=x onerror=alert(1)>', point({ html: '<script>x</script>' })),
        layer('a', 'repeated id'),
        layer('b', 'B', point({}, ['1', 2]), { type: 'Feature', geometry: null }, ...many),
        ...['c', 'd', 'e', 'f', 'g'].map((id) => layer(id, id)),
      ]),
    );
    const result = parseLinkedLayers(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((l) => [l.key, l.name, l.features.length])).toEqual([
      ['a', '<img src=x onerror=alert(1)>', 1],
      ['b', 'B', 199],
      ['c', 'c', 0],
      ['d', 'd', 0],
      ['e', 'e', 0],
    ]);
    expect(result.dropped?.reason).toBe(
      '1 invalid layer dropped; 2 layers past the first 5 dropped; 2 invalid features dropped; ' +
        '31 features past the first 200 dropped; 2 values hold markup, shown as plain text',
    );
  });

  it('keeps the rest of the link and words the notice', () => {
    const read = parseViewState('area=kursk&lyr=1.%3Cscript%3E', contextWithUserLayers);
    expect(read.state.area).toBe('kursk');
    expect(read.state.lyr).toEqual([]);
    expect(read.ignored.map(formatIgnored)).toEqual([
      'Ignored lyr=1.<script>: linked layers not base64url',
    ]);
  });

  it('ignores prototype keys inside the JSON', () => {
    const value = lyrValue(
      '[{"type":"FeatureCollection","id":"a","name":"A","__proto__":{"polluted":1},"features":[' +
        '{"type":"Feature","properties":{"__proto__":{"polluted":1},"ok":1},"geometry":{"type":"Point","coordinates":[1,2]}}]}]',
    );
    const result = parseLinkedLayers(value);
    expect(result.ok && result.value[0]?.features[0]?.properties).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses features past 1,000 positions, as annotations do', () => {
    const line = Array.from({ length: 501 }, (_, i) => [i / 1000, 1]);
    const multi = { type: 'MultiLineString', coordinates: [line, line] };
    const restored = restoreLinkedLayers([
      layer('a', 'A', { type: 'Feature', properties: {}, geometry: multi }, point()),
    ]);
    expect(restored?.layers[0]?.features).toHaveLength(1);
    expect(restored?.counts.invalidFeatures).toBe(1);
  });
});
