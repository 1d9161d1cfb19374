import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_LINK_LENGTH,
  VIEW_STATE_KEYS,
  encodeViewState,
  isValidViewState,
  normalizeViewState,
  parseViewState,
} from '../../../src/state/url';
import type { ParseContext } from '../../../src/state/url';
import type { ViewState } from '../../../src/state/viewState';
import { noteHasMarkup } from '../../../src/state/annotations/restore';
import { FC_RUNS, HOSTILE_TOKENS, context, contextWithUserLayers, validStateArb } from './fixtures';
import { loadCompression } from '../../../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
beforeAll(() => loadCompression());

/** Whether a layer name or text value looks like markup (kept, with a notice). */
function linkedLayersHoldMarkup(layers: ViewState['lyr']): boolean {
  return layers.some(
    (layer) =>
      noteHasMarkup(layer.name) ||
      layer.features.some((feature) =>
        Object.values(feature.properties).some(
          (value) => typeof value === 'string' && noteHasMarkup(value),
        ),
      ),
  );
}

const LINK_NAMES = Object.values(VIEW_STATE_KEYS).flatMap((spec) =>
  spec.persist === 'link' ? [spec.urlName] : [],
);
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const CANARY = 'sitrepPolluted';

/**
 * Parse must not throw (a throw fails the property), must return a valid state and
 * well-formed notices: at most one per key, each naming a link key (or '' for the whole
 * link), values cut short. Plain booleans rather than `expect`: this runs 10,000s of times.
 */
function parsesSoundly(fragment: string, parseContext: ParseContext = context): boolean {
  const { state, ignored } = parseViewState(fragment, parseContext);
  const keys = ignored.map((item) => item.key);
  return (
    isValidViewState(state, parseContext) &&
    new Set(keys).size === keys.length &&
    ignored.every(
      (item) =>
        (item.key === '' || LINK_NAMES.includes(item.key)) && item.value.length <= 2 * 64 + 1,
    )
  );
}

function prototypeUnchanged(): boolean {
  return Object.keys(Object.prototype).length === 0 && !(CANARY in {});
}

function expectPrototypeUnchanged(): void {
  expect(Object.keys(Object.prototype)).toHaveLength(0);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(CANARY in {}).toBe(false);
}

const hostileToken = fc.oneof(
  fc.constantFrom(...HOSTILE_TOKENS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** A value built from hostile tokens, shaped like a map/layers value or not. */
const hostileValue = fc.oneof(
  hostileToken,
  fc.tuple(hostileToken, hostileToken, hostileToken).map((parts) => parts.join('/')),
  fc.array(hostileToken, { maxLength: 5 }).map((parts) => parts.join(',')),
);

const hostileKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LINK_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', CANARY) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('__proto__[sitrepPolluted]', 'constructor.prototype.sitrepPolluted'),
  },
  { weight: 1, arbitrary: hostileToken },
);

/** Fragments of key=value pairs (sometimes without '=', sometimes with a leading '#'). */
const hostileFragment = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(hostileKey, fc.constantFrom('=', '', '=='), hostileValue, fc.boolean()), {
      maxLength: 12,
    }),
  )
  .map(
    ([hash, pairs]) =>
      (hash ? '#' : '') +
      pairs
        .map(([key, eq, value, encode]) => {
          const text = encode ? safeEncode(value) : value;
          return `${key}${eq}${text}`;
        })
        .join('&'),
  );

function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

describe('link codec properties', () => {
  beforeAll(expectPrototypeUnchanged);
  afterAll(expectPrototypeUnchanged);

  it(`parse(encode(s)) equals s for every valid state (${FC_RUNS} runs)`, () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        const link = encodeViewState(state);
        const read = parseViewState(link, context);
        return (
          isValidViewState(state, context) &&
          link.length < MAX_LINK_LENGTH &&
          // Notes that look like markup are kept, with a notice (see annotations.test.ts).
          read.ignored.length ===
            Number(state.ann.some((a) => noteHasMarkup(a.note))) +
              Number(linkedLayersHoldMarkup(state.lyr)) &&
          isDeepStrictEqual(read.state, state) &&
          isDeepStrictEqual(parseViewState(`#${link}`, context).state, state)
        );
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('normalizeViewState leaves valid states unchanged', () => {
    fc.assert(
      fc.property(validStateArb, (state) => isDeepStrictEqual(normalizeViewState(state), state)),
      { numRuns: Math.ceil(FC_RUNS / 10) },
    );
  });

  it('normalised arbitrary viewports round-trip exactly', () => {
    const anyNumber = fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(validStateArb, anyNumber, anyNumber, anyNumber, (state, zoom, lat, lng) => {
        const normal = normalizeViewState({ ...state, map: { zoom, lat, lng } });
        const read = parseViewState(encodeViewState(normal), context);
        return isValidViewState(normal, context) && isDeepStrictEqual(read.state, normal);
      }),
      { numRuns: FC_RUNS },
    );
  });

  it(`parse never throws on arbitrary strings (${FC_RUNS} runs each)`, () => {
    const texts = [fc.string(), fc.string({ unit: 'binary' }), fc.webFragments()];
    for (const text of texts) {
      fc.assert(
        fc.property(text, (fragment) => parsesSoundly(fragment)),
        { numRuns: FC_RUNS },
      );
    }
  });

  it(`parse never throws on fragments of hostile tokens (${FC_RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileFragment, fc.boolean(), (fragment, withUserLayers) => {
        const parseContext = withUserLayers ? contextWithUserLayers : context;
        return parsesSoundly(fragment, parseContext) && prototypeUnchanged();
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('a parsed state re-encodes to a link that reads back the same, without notices', () => {
    fc.assert(
      fc.property(hostileFragment, (fragment) => {
        const { state } = parseViewState(fragment, context);
        const again = parseViewState(encodeViewState(state), context);
        return again.ignored.length === 0 && isDeepStrictEqual(again.state, state);
      }),
      { numRuns: FC_RUNS },
    );
  });

  it('parse never throws on huge strings (100k characters)', () => {
    const huge = fc.oneof(
      fc.string({ minLength: 100_000, maxLength: 100_000, unit: 'binary' }),
      hostileFragment.map((fragment) =>
        fragment.repeat(1 + Math.ceil(100_000 / (fragment.length + 1))),
      ),
      fc.constantFrom(
        `map=${'9'.repeat(100_000)}/1/1`,
        `area=${'%'.repeat(100_000)}`,
        `layers=${'areas,'.repeat(20_000)}`,
        '&'.repeat(100_000),
        '='.repeat(100_000),
      ),
    );
    fc.assert(
      fc.property(huge, (text) => {
        return parsesSoundly(text) && parseViewState(text, context).state.area === null;
      }),
      { numRuns: 20 },
    );
  });
});
