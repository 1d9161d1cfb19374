import { describe, expect, it } from 'vitest';
import { createDefaultViewState } from '../../../src/state/viewState';
import type { ViewState } from '../../../src/state/viewState';
import {
  MAX_LINK_LENGTH,
  VIEW_STATE_KEYS,
  encodeViewState,
  formatIgnored,
  isValidViewState,
  parseViewState,
} from '../../../src/state/url';
import { context, contextWithUserLayers } from './fixtures';

function state(patch: Partial<ViewState>): ViewState {
  return { ...createDefaultViewState(), ...patch };
}

function parse(fragment: string) {
  return parseViewState(fragment, context);
}

describe('encodeViewState', () => {
  it('writes nothing for the default state', () => {
    expect(encodeViewState(createDefaultViewState())).toBe('');
  });

  it('writes the documented example, keys in fixed order, defaults left out', () => {
    const shared = state({
      asof: '2025-01-31',
      layers: ['places', 'areas'],
      area: 'kursk',
      map: { zoom: 6, lat: 49.5, lng: 36.5 },
    });
    expect(encodeViewState(shared)).toBe(
      'map=6/49.5000/36.5000&area=kursk&layers=areas,places&asof=2025-01-31',
    );
  });

  it('writes every key in table order', () => {
    const full = state({
      embed: true,
      tab: 'sources',
      sort: { key: 'value', dir: 'desc' },
      claim: 'c1',
      since: '2025-01-20',
      asof: '2025-02-27',
      layers: ['user:my-import', 'basemap', 'osm'],
      area: 'nikolske',
      map: { zoom: 12.5, lat: 47.1234, lng: 37.5678 },
    });
    expect(encodeViewState(full)).toBe(
      'map=12.5/47.1234/37.5678&area=nikolske&layers=basemap,osm,user:my-import' +
        '&asof=2025-02-27&since=2025-01-20&claim=c1&sort=value-desc&tab=sources&embed=1',
    );
  });

  it('writes an empty layers= when every layer is off', () => {
    expect(encodeViewState(state({ layers: [] }))).toBe('layers=');
  });

  it('percent-encodes ids that hold link syntax', () => {
    expect(encodeViewState(state({ area: 'x&y=z', claim: 'c,3' }))).toBe(
      'area=x%26y%3Dz&claim=c%2C3',
    );
    expect(encodeViewState(state({ area: '쿠르스크' }))).toBe(
      'area=%EC%BF%A0%EB%A5%B4%EC%8A%A4%ED%81%AC',
    );
  });

  it('rounds coordinates to the precision the zoom needs', () => {
    const at = (zoom: number) =>
      encodeViewState(state({ map: { zoom, lat: 49.1234567, lng: 36.9876543 } }));
    expect(at(2)).toBe('map=2/49.1235/36.9877');
    expect(at(12.7)).toBe('map=12.7/49.1235/36.9877');
    expect(at(12.8)).toBe('map=12.8/49.12346/36.98765');
    expect(at(16.1)).toBe('map=16.1/49.12346/36.98765');
    expect(at(16.2)).toBe('map=16.2/49.123457/36.987654');
    expect(at(18)).toBe('map=18/49.123457/36.987654');
  });

  it('rounds the zoom to one decimal, clamps it and wraps longitude', () => {
    expect(encodeViewState(state({ map: { zoom: 6.26, lat: 0, lng: 190 } }))).toBe(
      'map=6.3/0.0000/-170.0000',
    );
    expect(encodeViewState(state({ map: { zoom: 25, lat: 89, lng: 179.99999 } }))).toBe(
      'map=18/85.051100/179.999990',
    );
    expect(encodeViewState(state({ map: { zoom: 3, lat: -0, lng: 179.99999 } }))).toBe(
      'map=3/0.0000/-180.0000',
    );
  });

  it('leaves out a viewport with non-finite numbers', () => {
    expect(encodeViewState(state({ map: { zoom: 6, lat: Number.NaN, lng: 1 } }))).toBe('');
  });
});

describe('parseViewState: concrete links', () => {
  it('reads the documented example, with or without #', () => {
    const expected = state({
      map: { zoom: 6, lat: 49.5, lng: 36.5 },
      area: 'kursk',
      layers: ['areas', 'places'],
      asof: '2025-01-31',
    });
    const link = 'map=6/49.5000/36.5000&area=kursk&layers=areas,places&asof=2025-01-31';
    expect(parse(link)).toEqual({ state: expected, ignored: [] });
    expect(parse(`#${link}`)).toEqual({ state: expected, ignored: [] });
  });

  it('round-trips a link with every key', () => {
    const link =
      'map=16.2/47.123457/-37.567891&area=x%26y%3Dz&layers=basemap,osm,user:a' +
      '&asof=2024-02-29&since=2024-02-01&claim=c%2B4&sort=reported-asc&tab=timeline&embed=1';
    const { state: read, ignored } = parse(link);
    expect(ignored).toEqual([]);
    expect(read).toEqual({
      map: { zoom: 16.2, lat: 47.123457, lng: -37.567891 },
      area: 'x&y=z',
      layers: ['basemap', 'osm', 'user:a'],
      asof: '2024-02-29',
      since: '2024-02-01',
      claim: 'c+4',
      sort: { key: 'reported', dir: 'asc' },
      tab: 'timeline',
      embed: true,
      ann: [],
      lyr: [],
    });
    expect(encodeViewState(read)).toBe(link);
  });

  it('opens the default view for an empty fragment', () => {
    expect(parse('')).toEqual({ state: createDefaultViewState(), ignored: [] });
    expect(parse('#')).toEqual({ state: createDefaultViewState(), ignored: [] });
  });

  it('skips unknown keys silently, including prototype names', () => {
    const result = parse('zoom=3&foo=bar&__proto__=x&constructor=y&&=&area=kursk&%E0%A4%A=1');
    expect(result).toEqual({ state: state({ area: 'kursk' }), ignored: [] });
  });

  it('decodes percent-encoded key names', () => {
    expect(parse('%61rea=kursk').state.area).toBe('kursk');
  });

  it('uses the first of repeated keys and says so', () => {
    expect(parse('area=kursk&area=donetsk')).toEqual({
      state: state({ area: 'kursk' }),
      ignored: [{ key: 'area', value: '', reason: 'repeated; the first one is used' }],
    });
    expect(parse('area=nowhere&area=kursk')).toEqual({
      state: createDefaultViewState(),
      ignored: [{ key: 'area', value: 'nowhere', reason: 'unknown area' }],
    });
  });

  it('keeps the valid keys of a partly broken link', () => {
    const result = parse('map=6/49.5/36.5&area=atlantis&asof=2025-02-27');
    expect(result.state).toEqual(
      state({ map: { zoom: 6, lat: 49.5, lng: 36.5 }, asof: '2025-02-27' }),
    );
    expect(result.ignored.map(formatIgnored)).toEqual(['Ignored area=atlantis: unknown area']);
  });

  it('accepts extra decimals and rounds them, and wraps longitude', () => {
    expect(parse('map=6.04/49.123456789/216.5').state.map).toEqual({
      zoom: 6,
      lat: 49.1235,
      lng: -143.5,
    });
  });
});

/** [fragment, key, reason] for each class of bad value. */
const BAD_VALUES: [string, string, string][] = [
  ['map=6/49.5', 'map', 'expected zoom/lat/lng'],
  ['map=6/49.5/36.5/1', 'map', 'expected zoom/lat/lng'],
  ['map=', 'map', 'expected zoom/lat/lng'],
  ['map=NaN/49.5/36.5', 'map', 'zoom is not a number'],
  ['map=Infinity/49.5/36.5', 'map', 'zoom is not a number'],
  ['map=+6/49.5/36.5', 'map', 'zoom is not a number'],
  ['map=6/1e1/36.5', 'map', 'latitude is not a number'],
  ['map=6/1e400/36.5', 'map', 'latitude is not a number'],
  ['map=6/49.5/-Infinity', 'map', 'longitude is not a number'],
  ['map=6/%2049.5/36.5', 'map', 'latitude is not a number'],
  ['map=6/0x10/36.5', 'map', 'latitude is not a number'],
  ['map=6/49.5/36.', 'map', 'longitude is not a number'],
  ['map=1/49.5/36.5', 'map', 'zoom outside 2–18'],
  ['map=18.1/49.5/36.5', 'map', 'zoom outside 2–18'],
  ['map=6/85.0512/36.5', 'map', 'latitude outside ±85.0511'],
  ['map=6/-90/36.5', 'map', 'latitude outside ±85.0511'],
  ['area=', 'area', 'empty value'],
  ['area=atlantis', 'area', 'unknown area'],
  ['area=__proto__', 'area', 'unknown area'],
  ['area=%E0%A4%A', 'area', 'malformed percent-encoding'],
  ['area=%', 'area', 'malformed percent-encoding'],
  ['layers=foo,bar', 'layers', 'unknown layers'],
  ['layers=USER:X', 'layers', 'unknown layer'],
  ['layers=user:', 'layers', 'unknown layer'],
  ['asof=2025-02-30', 'asof', 'not a calendar date (YYYY-MM-DD)'],
  ['asof=2025-2-3', 'asof', 'not a calendar date (YYYY-MM-DD)'],
  ['asof=2023-02-29', 'asof', 'not a calendar date (YYYY-MM-DD)'],
  ['asof=2025-02-27T00:00', 'asof', 'not a calendar date (YYYY-MM-DD)'],
  ['asof=2023-12-31', 'asof', 'outside 2024-01-01 to 2025-12-31'],
  ['asof=2026-01-01', 'asof', 'outside 2024-01-01 to 2025-12-31'],
  ['since=2025-02-30', 'since', 'not a calendar date (YYYY-MM-DD)'],
  ['since=20250201', 'since', 'not a calendar date (YYYY-MM-DD)'],
  ['since=2025-02-01%00', 'since', 'not a calendar date (YYYY-MM-DD)'],
  ['since=<img src=x>', 'since', 'not a calendar date (YYYY-MM-DD)'],
  ['since=', 'since', 'not a calendar date (YYYY-MM-DD)'],
  ['since=1999-12-31', 'since', 'outside 2024-01-01 to 2025-12-31'],
  ['claim=javascript:alert(1)', 'claim', 'unknown claim'],
  ['sort=value', 'sort', 'expected <column>-<asc|desc>'],
  ['sort=value-up', 'sort', 'expected <column>-<asc|desc>'],
  ['sort=toString-asc', 'sort', 'expected <column>-<asc|desc>'],
  ['tab=constructor', 'tab', 'unknown tab'],
  ['embed=true', 'embed', 'expected 1 or 0'],
  ['embed', 'embed', 'expected 1 or 0'],
];

describe('parseViewState: bad values fall back to the default, with a notice', () => {
  it.each(BAD_VALUES)('%s', (fragment, key, reason) => {
    const { state: read, ignored } = parse(fragment);
    expect(read).toEqual(createDefaultViewState());
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ key, reason });
  });
});

describe('parseViewState: layers', () => {
  it('distinguishes an empty layers= (all off) from no layers key (defaults)', () => {
    expect(parse('layers=').state.layers).toEqual([]);
    expect(parse('').state.layers).toEqual(createDefaultViewState().layers);
  });

  it('removes duplicates and puts layers in canonical order', () => {
    expect(parse('layers=user:b,route,user:a,areas,route,,').state.layers).toEqual([
      'areas',
      'route',
      'user:a',
      'user:b',
    ]);
  });

  it('drops unknown ids with a notice but keeps the known ones', () => {
    const result = parse('layers=areas,heatmap,places,<b>');
    expect(result.state.layers).toEqual(['areas', 'places']);
    expect(result.ignored).toEqual([
      { key: 'layers', value: 'heatmap,<b>', reason: 'unknown layers' },
    ]);
  });

  it('drops imported layers this browser does not have, when told which it has', () => {
    const result = parseViewState('layers=areas,user:a,user:other', contextWithUserLayers);
    expect(result.state.layers).toEqual(['areas', 'user:a']);
    expect(result.ignored).toEqual([
      { key: 'layers', value: 'user:other', reason: 'unknown layer' },
    ]);
  });
});

describe('parseViewState: limits', () => {
  it(`ignores the whole link beyond ${MAX_LINK_LENGTH} characters`, () => {
    const long = `area=kursk&pad=${'x'.repeat(MAX_LINK_LENGTH)}`;
    const result = parse(long);
    expect(result.state).toEqual(createDefaultViewState());
    expect(result.ignored.map(formatIgnored)).toEqual([
      `Ignored the link: longer than ${MAX_LINK_LENGTH} characters`,
    ]);
  });

  it(`reads a link of exactly ${MAX_LINK_LENGTH} characters`, () => {
    const head = 'area=kursk&pad=';
    const link = head + 'x'.repeat(MAX_LINK_LENGTH - head.length);
    expect(parse(`#${link}`).state.area).toBe('kursk');
  });

  it('cuts long values in notices', () => {
    const [item] = parse(`area=${'é'.repeat(300)}`).ignored;
    expect(item?.value).toBe(`${'é'.repeat(64)}…`);
  });
});

describe('formatIgnored', () => {
  it('words a notice', () => {
    expect(formatIgnored({ key: 'area', value: 'foo', reason: 'unknown area' })).toBe(
      'Ignored area=foo: unknown area',
    );
    expect(formatIgnored({ key: 'area', value: '', reason: 'empty value' })).toBe(
      'Ignored area: empty value',
    );
  });
});

describe('VIEW_STATE_KEYS', () => {
  it('declares every state key once, in link order, with unique link names', () => {
    const keys = Object.keys(VIEW_STATE_KEYS);
    expect(keys).toEqual(Object.keys(createDefaultViewState()));
    const names = Object.values(VIEW_STATE_KEYS).map((spec) =>
      spec.persist === 'link' ? spec.urlName : null,
    );
    expect(names).toEqual([
      'map',
      'area',
      'layers',
      'asof',
      'since',
      'claim',
      'sort',
      'tab',
      'embed',
      'ann',
      'lyr',
    ]);
  });
});

describe('isValidViewState', () => {
  it('accepts the default state and rejects each kind of invalid state', () => {
    expect(isValidViewState(createDefaultViewState(), context)).toBe(true);
    const invalid: Partial<ViewState>[] = [
      { map: { zoom: 6, lat: 49.55555, lng: 36.5 } },
      { map: { zoom: 6.25, lat: 49.5, lng: 36.5 } },
      { map: { zoom: 6, lat: 49.5, lng: 180 } },
      { map: { zoom: 6, lat: -0, lng: 36.5 } },
      { area: 'atlantis' },
      { claim: 'nope' },
      { layers: ['places', 'areas'] },
      { layers: ['areas', 'areas'] },
      { asof: '2025-02-30' },
      { asof: '2026-01-01' },
      { since: '2025-13-01' },
      { since: '2026-01-01' },
    ];
    for (const patch of invalid) expect(isValidViewState(state(patch), context)).toBe(false);
    const extra = { ...createDefaultViewState(), extra: 1 };
    expect(isValidViewState(extra, context)).toBe(false);
  });
});
