/** fast-check arbitraries of linked layers in link form (rounded, plain properties). */
import fc from 'fast-check';
import type { Position } from 'geojson';
import type {
  LinkedFeature,
  LinkedGeometry,
  LinkedLayer,
  LinkedValue,
} from '../../../src/state/linkedLayers/types';
import { geometryArb, noteArb } from '../annotations/arbitraries';

const PLAIN = { noNullPrototype: true } as const;

const positionArb: fc.Arbitrary<Position> = fc
  .tuple(
    fc.integer({ min: -18_000_000, max: 18_000_000 }),
    fc.integer({ min: -9_000_000, max: 9_000_000 }),
  )
  .map(([lng, lat]) => [lng / 100_000 + 0, lat / 100_000 + 0]);

/** Points, lines and polygons (the annotations'), plus multi-points and two-part polygons. */
export const linkedGeometryArb: fc.Arbitrary<LinkedGeometry> = fc.oneof(
  geometryArb.map((geometry) => geometry as LinkedGeometry),
  fc
    .array(positionArb, { minLength: 1, maxLength: 6 })
    .map((coordinates): LinkedGeometry => ({ type: 'MultiPoint', coordinates })),
  fc
    .array(
      fc.array(positionArb, { minLength: 3, maxLength: 5 }).map((ring) => {
        const first = ring[0] ?? [0, 0];
        return [[...ring, [first[0] ?? 0, first[1] ?? 0]]];
      }),
      { minLength: 1, maxLength: 2 },
    )
    .map((coordinates): LinkedGeometry => ({ type: 'MultiPolygon', coordinates })),
);

const valueArb: fc.Arbitrary<LinkedValue> = fc.oneof(
  noteArb,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0),
  fc.boolean(),
  fc.constant(null),
);

const nameArb = fc
  .string({ minLength: 1, maxLength: 40 })
  // eslint-disable-next-line no-control-regex -- names without control characters
  .filter((name) => name !== '__proto__' && !/[\u0000-\u001f\u007f-\u009f]/.test(name));

const featureArb: fc.Arbitrary<LinkedFeature> = fc.record(
  {
    type: fc.constant('Feature' as const),
    properties: fc.dictionary(nameArb, valueArb, { maxKeys: 4, ...PLAIN }),
    geometry: linkedGeometryArb,
  },
  PLAIN,
);

const layerNameArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 80 }),
    fc.constantFrom('Front line 27 Feb', 'Курская область', '<b onmouseover=x>bold</b>'),
  )
  // eslint-disable-next-line no-control-regex -- clean names, as the link holds them
  .map((name) => name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim())
  .filter((name) => name !== '');

/** Up to `maxLayers` layers with unique keys and up to `maxFeatures` features each. */
export function linkedLayersArb(
  maxLayers: number,
  maxFeatures: number,
): fc.Arbitrary<LinkedLayer[]> {
  return fc.uniqueArray(
    fc.record(
      {
        key: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
        name: layerNameArb,
        features: fc.array(featureArb, { maxLength: maxFeatures }),
      },
      PLAIN,
    ),
    { maxLength: maxLayers, selector: (layer) => layer.key },
  );
}
