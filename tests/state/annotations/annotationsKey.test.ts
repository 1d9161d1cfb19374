import { beforeAll, describe, expect, it } from 'vitest';
import {
  encodeAnnotations,
  parseAnnotations,
  MAX_ANN_VALUE_LENGTH,
} from '../../../src/state/url/annotationsKey';
import { encodeViewState, parseViewState, formatIgnored } from '../../../src/state/url';
import { createDefaultViewState } from '../../../src/state/viewState';
import type { Annotation } from '../../../src/state/annotations/types';
import { context } from '../url/fixtures';
import { annValue } from './arbitraries';
import { loadCompression } from '../../../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
beforeAll(() => loadCompression());

const feature = (geometry: unknown, note?: unknown) =>
  JSON.stringify({ type: 'Feature', properties: note === undefined ? {} : { note }, geometry });
const collection = (...features: string[]) =>
  `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
const POINT = { type: 'Point', coordinates: [37.123456, 51.654321] };

const SHAPES: Annotation[] = [
  { id: 'n1', geometry: { type: 'Point', coordinates: [36.19246, 51.73014] }, note: 'HQ' },
  {
    id: 'n2',
    geometry: {
      type: 'LineString',
      coordinates: [
        [35.1, 51.2],
        [35.4, 51.35],
      ],
    },
    note: 'front line, 27 Feb',
  },
  {
    id: 'n3',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [37.5, 47.1],
          [37.6, 47.1],
          [37.6, 47.2],
          [37.5, 47.1],
        ],
      ],
    },
    note: '',
  },
];

describe('ann= link value', () => {
  it('round-trips shapes and notes, with a version prefix and base64url only', () => {
    const value = encodeAnnotations(SHAPES);
    expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(parseAnnotations(value)).toEqual({ ok: true, value: SHAPES });
  });

  it('rounds coordinates to 5 decimals', () => {
    const result = parseAnnotations(annValue(collection(feature(POINT, 'x'))));
    expect(result.ok && result.value[0]?.geometry.coordinates).toEqual([37.12346, 51.65432]);
  });

  it('is left out of the link when there is none, and carried in the link order last', () => {
    expect(encodeViewState(createDefaultViewState())).toBe('');
    const link = encodeViewState({ ...createDefaultViewState(), area: 'kursk', ann: SHAPES });
    expect(link).toMatch(/^area=kursk&ann=1\.[A-Za-z0-9_-]+$/);
    const read = parseViewState(link, context);
    expect(read.ignored).toEqual([]);
    expect(read.state.ann).toEqual(SHAPES);
  });

  const refused: [string, string, RegExp][] = [
    ['bad base64', '1.ab$c', /not base64url/],
    ['base64 of impossible length', '1.abcde', /not base64url/],
    ['not compressed', `1.${Buffer.from('hello world').toString('base64url')}`, /compressed/],
    ['unknown version', `2.${annValue(collection()).slice(2)}`, /unknown annotation format/],
    ['not JSON', annValue('{"type":'), /not JSON/],
    ['not a FeatureCollection', annValue('[1,2,3]'), /not a GeoJSON FeatureCollection/],
    ['a lone Feature', annValue(feature(POINT)), /not a GeoJSON FeatureCollection/],
    ['only invalid shapes', annValue(collection(feature({ type: 'Point' }))), /no valid shape/],
    ['too long', `1.${'A'.repeat(MAX_ANN_VALUE_LENGTH)}`, /longer than 8000/],
  ];
  for (const [name, value, reason] of refused) {
    it(`refuses ${name} with a reason`, () => {
      const result = parseAnnotations(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    });
  }

  it('stops inflating a decompression bomb at the cap', () => {
    const bomb = annValue(`${' '.repeat(5_000_000)}{}`);
    expect(bomb.length).toBeLessThan(MAX_ANN_VALUE_LENGTH);
    const started = performance.now();
    const result = parseAnnotations(bomb);
    // Generous: a shared CI core; inflating all 5 MB and parsing it would take far longer.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toEqual({ ok: false, reason: 'annotations inflates to more than 256 KiB' });
  });

  it('keeps valid shapes and names what it left out', () => {
    const value = annValue(
      collection(
        feature(POINT, 'ok'),
        feature({ type: 'Point', coordinates: [200, 10] }),
        feature({ type: 'Circle', coordinates: [1, 2] }),
        feature({ type: 'LineString', coordinates: [[1, 2]] }),
        feature(POINT, '<img src=x onerror=alert(1)>'),
        feature(POINT, 'x'.repeat(400)),
      ),
    );
    const result = parseAnnotations(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((a) => a.note)).toEqual([
      'ok',
      '<img src=x onerror=alert(1)>',
      'x'.repeat(280),
    ]);
    expect(result.dropped?.reason).toBe(
      '3 invalid shapes dropped; 1 note cut to plain text of 280 characters; ' +
        '1 note holds markup, shown as plain text',
    );
  });

  it('keeps the first 200 shapes of a longer list', () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      feature({ type: 'Point', coordinates: [i / 10, i / 20] }),
    );
    const result = parseAnnotations(annValue(collection(...many)));
    expect(result.ok && result.value).toHaveLength(200);
    expect(result.ok && result.dropped?.reason).toBe('250 shapes past the first 200 dropped');
  });

  it('keeps the rest of the link and words the notice', () => {
    const read = parseViewState('area=kursk&ann=1.%3Cscript%3E', context);
    expect(read.state.area).toBe('kursk');
    expect(read.state.ann).toEqual([]);
    expect(read.ignored.map(formatIgnored)).toEqual([
      'Ignored ann=1.<script>: annotations not base64url',
    ]);
  });

  it('ignores prototype keys inside the JSON', () => {
    const value = annValue(
      '{"type":"FeatureCollection","__proto__":{"polluted":1},"features":[' +
        '{"type":"Feature","properties":{"__proto__":{"note":"x"}},"geometry":{"type":"Point","coordinates":[1,2]}}]}',
    );
    const result = parseAnnotations(value);
    expect(result.ok && result.value[0]?.note).toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
