import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYERS,
  canonicalLayers,
  createDefaultViewState,
  isLayerId,
} from '../../src/state/viewState';

describe('view state defaults', () => {
  it('shows every layer but the online OSM tiles, with nothing selected', () => {
    const state = createDefaultViewState();
    expect(state).toEqual({
      map: null,
      area: null,
      layers: ['basemap', 'areas', 'places', 'route', 'uncertainty', 'annotations'],
      asof: null,
      since: null,
      claim: null,
      sort: { key: 'area', dir: 'asc' },
      tab: 'figures',
      embed: false,
      ann: [],
      lyr: [],
    });
  });

  it('returns a fresh copy each time', () => {
    const first = createDefaultViewState();
    first.layers.push('osm');
    first.sort.dir = 'desc';
    expect(createDefaultViewState().layers).toEqual(DEFAULT_LAYERS);
    expect(createDefaultViewState().sort.dir).toBe('asc');
  });
});

describe('layer ids', () => {
  it('accepts built-ins and user:[a-z0-9-]{1,40} only', () => {
    for (const id of ['basemap', 'osm', 'uncertainty', 'user:a', `user:${'a'.repeat(40)}`]) {
      expect(isLayerId(id)).toBe(true);
    }
    for (const id of ['', 'user:', 'USER:a', 'user:A', `user:${'a'.repeat(41)}`, 'user:a b']) {
      expect(isLayerId(id)).toBe(false);
    }
    expect(isLayerId('__proto__')).toBe(false);
  });

  it('orders built-ins as declared, then user layers by id, without duplicates', () => {
    expect(canonicalLayers(['user:b', 'route', 'user:a', 'basemap', 'route', 'user:b'])).toEqual([
      'basemap',
      'route',
      'user:a',
      'user:b',
    ]);
  });
});
