/** Shared context and arbitraries for the link codec tests. */
import fc from 'fast-check';
import { BUILT_IN_LAYER_IDS, SORT_KEYS, PANEL_TABS } from '../../../src/state/viewState';
import type { LayerId, MapViewport, ViewState } from '../../../src/state/viewState';
import type { ParseContext } from '../../../src/state/url';
import { annotationsArb } from '../annotations/arbitraries';
import { linkedLayersArb } from '../linkedLayers/arbitraries';
import type { LinkedLayer } from '../../../src/state/linkedLayers/types';
import type { Annotation } from '../../../src/state/annotations/types';

/** fast-check runs per property: `FC_RUNS` from the environment, 10,000 by default. */
export const FC_RUNS = Number(process.env.FC_RUNS ?? '') || 10_000;

/** Realistic ids, plus ids that need percent-encoding, to prove the codec escapes them. */
export const AREA_IDS = [
  'kursk',
  'donetsk',
  'nikolske',
  'russia',
  'north-korea',
  'x&y=z',
  'a b',
  '100%',
  'курск',
  '쿠르스크',
  '#top',
  'user:kursk',
];
export const CLAIM_IDS = ['nis-troops-2025-02-27', 'ua-casualties', 'c1', 'c/2', 'c,3', 'c+4'];
export const USER_LAYER_IDS = ['user:my-import', 'user:a', 'user:front-line-2025'];

export const context: ParseContext = {
  areaIds: new Set(AREA_IDS),
  claimIds: new Set(CLAIM_IDS),
  minDate: '2024-01-01',
  maxDate: '2025-12-31',
};

export const contextWithUserLayers: ParseContext = {
  ...context,
  userLayerIds: new Set(USER_LAYER_IDS),
};

/**
 * Decimals the link uses at a zoom, written out independently of the code under test:
 * OSM's ceil(log10(2^(zoom+8)/180)) gives 5 from zoom 12.8 and 6 from zoom 16.2; never
 * fewer than 4.
 */
export function expectedDecimals(zoom: number): number {
  if (zoom <= 12.7) return 4;
  if (zoom <= 16.1) return 5;
  return 6;
}

/** Plain objects, like the app's state (fast-check may otherwise use null prototypes). */
const PLAIN = { noNullPrototype: true } as const;

const zoomArb = fc.oneof(
  fc.integer({ min: 2, max: 18 }),
  fc.integer({ min: 20, max: 180 }).map((tenths) => tenths / 10),
);

/** A viewport already in link form: coordinates are k / 10^decimals. */
export const viewportArb: fc.Arbitrary<MapViewport> = zoomArb.chain((zoom) => {
  const scale = 10 ** expectedDecimals(zoom);
  const maxLat = Math.round(85.0511 * scale);
  return fc.record(
    {
      zoom: fc.constant(zoom),
      lat: fc.integer({ min: -maxLat, max: maxLat }).map((k) => k / scale + 0),
      lng: fc.integer({ min: -180 * scale, max: 180 * scale - 1 }).map((k) => k / scale + 0),
    },
    PLAIN,
  );
});

const userLayersArb = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,40}$/), { maxLength: 4 })
  .map((names) => names.map((name): LayerId => `user:${name}`).sort());

/** Visible layers in canonical order: built-ins in declared order, then user layers sorted. */
export const layersArb: fc.Arbitrary<LayerId[]> = fc
  .tuple(fc.subarray([...BUILT_IN_LAYER_IDS]), userLayersArb)
  .map(([builtIn, user]) => [...builtIn, ...user]);

const dateArb = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2025-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Every valid view state for `context` (no `userLayerIds`: any well-formed user layer). */
export const validStateArb: fc.Arbitrary<ViewState> = fc.record(
  {
    map: fc.option(viewportArb, { nil: null }),
    area: fc.option(fc.constantFrom(...AREA_IDS), { nil: null }),
    layers: layersArb,
    asof: fc.option(dateArb, { nil: null }),
    since: fc.option(dateArb, { nil: null }),
    claim: fc.option(fc.constantFrom(...CLAIM_IDS), { nil: null }),
    sort: fc.record(
      { key: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom('asc', 'desc') },
      PLAIN,
    ),
    tab: fc.constantFrom(...PANEL_TABS),
    embed: fc.boolean(),
    // Annotations are property-tested on their own (annotationsKey.property.test.ts); here a few
    // keep the key in the whole-link round trip without making every run compress.
    ann: fc.oneof({ weight: 9, arbitrary: fc.constant<Annotation[]>([]) }, annotationsArb(2)),
    // Likewise linked layers (linkedLayersKey.property.test.ts).
    lyr: fc.oneof({ weight: 9, arbitrary: fc.constant<LinkedLayer[]>([]) }, linkedLayersArb(2, 2)),
  },
  PLAIN,
);

/** Tokens that have broken URL parsers before. */
export const HOSTILE_TOKENS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '1e2',
  '+6',
  '0x10',
  '-0',
  '0',
  '',
  ' ',
  '%',
  '%%',
  '%E0%A4%A',
  '%00',
  '%u0041',
  '%2',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '../../',
  '\u202e',
  '\u200f',
  '\u200b',
  '\ud800',
  '😀',
  'курск',
  '쿠르스크',
  '6',
  '2',
  '18',
  '18.05',
  '1.94',
  '49.5',
  '85.0511',
  '85.0512',
  '-85.0511',
  '180',
  '-180',
  '181',
  '999.999',
  '36.5000000000000001',
  '2025-02-27',
  '2025-02-30',
  '2024-02-29',
  '0000-01-01',
  '9999-12-31',
  'kursk',
  'nikolske',
  'areas',
  'osm',
  'user:my-import',
  'user:',
  'USER:X',
  'value-desc',
  'area-asc',
  'sources',
  '1',
  'true',
  'c1',
];
