import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { areValidAnnotations } from '../../../src/state/annotations/normalize';
import { noteHasMarkup } from '../../../src/state/annotations/restore';
import { ANNOTATION_LIMITS } from '../../../src/state/annotations/types';
import { encodeAnnotations, parseAnnotations } from '../../../src/state/url/annotationsKey';
import { FC_RUNS } from '../url/fixtures';
import { mutate, mutation } from '../url/edits';
import { annValue, annotationsArb, geometryArb, noteArb } from './arbitraries';
import { loadCompression } from '../../../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
beforeAll(() => loadCompression());

/** Each property compresses or inflates 10,000 times: a few seconds each on a quiet core. */
const SLOW = 120_000;

/** Parse never throws and returns only annotations a link can hold. Plain booleans: hot loop. */
function parsesSoundly(value: string): boolean {
  const result = parseAnnotations(value);
  if (!result.ok) return typeof result.reason === 'string' && result.reason.length < 200;
  return areValidAnnotations(result.value) && result.value.length <= ANNOTATION_LIMITS.shapes;
}

/** GeoJSON-shaped values with hostile parts, before compression. */
const hostileJsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      true,
      0,
      -0,
      Number.MAX_VALUE,
      1.7976931348623157e308 * 10, // Infinity: JSON.stringify writes null
      'Point',
      'Feature',
      '__proto__',
      '<svg onload=x>',
    ),
    fc.double(),
    fc.string({ maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'type',
        'features',
        'geometry',
        'coordinates',
        'properties',
        'note',
        '__proto__',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

const hostileFeature = fc.oneof(
  geometryArb.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  fc.record({
    type: fc.constantFrom('Feature', 'feature', 'FeatureCollection', 1),
    properties: fc.oneof(
      fc.record({ note: fc.oneof(noteArb, hostileJsonValue) }),
      hostileJsonValue,
    ),
    geometry: fc.oneof(geometryArb, hostileJsonValue),
  }),
  hostileJsonValue,
);

describe('ann= link value properties', () => {
  it(
    `random annotation sets round-trip (${FC_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(annotationsArb(12), (annotations) => {
          const result = parseAnnotations(encodeAnnotations(annotations));
          const markup = annotations.some((a) => noteHasMarkup(a.note));
          return (
            result.ok &&
            isDeepStrictEqual(result.value, annotations) &&
            (result.dropped !== undefined) === markup
          );
        }),
        { numRuns: FC_RUNS },
      );
    },
    SLOW,
  );

  it(
    'large sets round-trip too (up to 200 shapes)',
    () => {
      fc.assert(
        fc.property(annotationsArb(200), (annotations) => {
          const result = parseAnnotations(encodeAnnotations(annotations));
          return result.ok && isDeepStrictEqual(result.value, annotations);
        }),
        { numRuns: Math.ceil(FC_RUNS / 50) },
      );
    },
    SLOW,
  );

  it(
    `mutated links never throw and yield only valid shapes (${FC_RUNS} mutations)`,
    () => {
      fc.assert(
        fc.property(
          annotationsArb(6),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (set, edits) => parsesSoundly(mutate(encodeAnnotations(set) || '1.', edits)),
        ),
        { numRuns: FC_RUNS },
      );
    },
    SLOW,
  );

  it(
    `mutated compressed bytes never throw (${FC_RUNS} mutations)`,
    () => {
      fc.assert(
        fc.property(annotationsArb(4), fc.array(mutation, { maxLength: 4 }), (set, edits) => {
          const json = JSON.stringify({
            type: 'FeatureCollection',
            features: set.map((a) => ({
              type: 'Feature',
              properties: { note: a.note },
              geometry: a.geometry,
            })),
          });
          return parsesSoundly(annValue(mutate(json, edits)));
        }),
        { numRuns: FC_RUNS },
      );
    },
    SLOW,
  );

  it(
    `hostile GeoJSON after inflating never throws (${FC_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.array(hostileFeature, { maxLength: 6 }),
          hostileJsonValue,
          (features, extra) =>
            parsesSoundly(annValue(JSON.stringify({ type: 'FeatureCollection', features, extra }))),
        ),
        { numRuns: FC_RUNS },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    SLOW,
  );
});
