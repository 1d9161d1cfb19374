import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { areValidLinkedLayers } from '../../../src/state/linkedLayers/restore';
import { LINKED_LAYER_LIMITS } from '../../../src/state/linkedLayers/types';
import { encodeLinkedLayers, parseLinkedLayers } from '../../../src/state/url/linkedLayersKey';
import { FC_RUNS } from '../url/fixtures';
import { deflatedLinkValue, mutate, mutation } from '../url/edits';
import { linkedGeometryArb, linkedLayersArb } from './arbitraries';
import { loadCompression } from '../../../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
beforeAll(() => loadCompression());

/** Each property compresses or inflates thousands of times. */
const SLOW = 120_000;

/** Parse never throws and returns only layers a link can hold. Plain booleans: hot loop. */
function parsesSoundly(value: string): boolean {
  const result = parseLinkedLayers(value);
  if (!result.ok) return typeof result.reason === 'string' && result.reason.length < 300;
  const features = result.value.reduce((sum, layer) => sum + layer.features.length, 0);
  return (
    areValidLinkedLayers(result.value) &&
    result.value.length <= LINKED_LAYER_LIMITS.layers &&
    features <= LINKED_LAYER_LIMITS.features
  );
}

const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      true,
      0,
      -0,
      1e308,
      'FeatureCollection',
      'Feature',
      '__proto__',
      '<svg onload=x>',
    ),
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'type',
        'id',
        'name',
        'features',
        'geometry',
        'coordinates',
        'properties',
        '__proto__',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

const hostileLayer = fc.oneof(
  fc.record({
    type: fc.constantFrom('FeatureCollection', 'Feature', 1),
    id: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,40}$/), hostileJson),
    name: fc.oneof(fc.string({ maxLength: 90 }), hostileJson),
    features: fc.array(
      fc.oneof(
        linkedGeometryArb.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
        fc.record({ type: fc.constant('Feature'), properties: hostileJson, geometry: hostileJson }),
        hostileJson,
      ),
      { maxLength: 5 },
    ),
  }),
  hostileJson,
);

describe('lyr= link value properties', () => {
  it(
    `random linked layers round-trip (${FC_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(linkedLayersArb(3, 8), (layers) => {
          const result = parseLinkedLayers(encodeLinkedLayers(layers));
          return result.ok && isDeepStrictEqual(result.value, layers);
        }),
        { numRuns: FC_RUNS },
      );
    },
    SLOW,
  );

  it(
    `mutated links never throw and yield only valid layers (${FC_RUNS} mutations)`,
    () => {
      fc.assert(
        fc.property(
          linkedLayersArb(2, 4),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (layers, edits) => parsesSoundly(mutate(encodeLinkedLayers(layers) || '1.', edits)),
        ),
        { numRuns: FC_RUNS },
      );
    },
    SLOW,
  );

  it(
    `mutated JSON before compressing never throws (${FC_RUNS} mutations)`,
    () => {
      fc.assert(
        fc.property(
          linkedLayersArb(2, 3),
          fc.array(mutation, { maxLength: 4 }),
          (layers, edits) => {
            const json = JSON.stringify(
              layers.map((l) => ({
                type: 'FeatureCollection',
                id: l.key,
                name: l.name,
                features: l.features,
              })),
            );
            return parsesSoundly(deflatedLinkValue(mutate(json, edits)));
          },
        ),
        { numRuns: FC_RUNS },
      );
    },
    SLOW,
  );

  it(
    `hostile GeoJSON after inflating never throws (${FC_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(fc.array(hostileLayer, { maxLength: 7 }), (layers) =>
          parsesSoundly(deflatedLinkValue(JSON.stringify(layers))),
        ),
        { numRuns: FC_RUNS },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    SLOW,
  );
});
