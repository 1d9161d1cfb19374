/** fast-check arbitraries of annotations in link form (rounded, clean notes), ids n1…nN. */
import fc from 'fast-check';
import type {
  Annotation,
  AnnotationGeometry,
  Position2,
} from '../../../src/state/annotations/types';

const PLAIN = { noNullPrototype: true } as const;

/** A coordinate already rounded to 5 decimals: k / 100000. */
const positionArb: fc.Arbitrary<Position2> = fc
  .tuple(
    fc.integer({ min: -18_000_000, max: 18_000_000 }),
    fc.integer({ min: -9_000_000, max: 9_000_000 }),
  )
  .map(([lng, lat]): Position2 => [lng / 100_000 + 0, lat / 100_000 + 0]);

export const geometryArb: fc.Arbitrary<AnnotationGeometry> = fc.oneof(
  positionArb.map((coordinates): AnnotationGeometry => ({ type: 'Point', coordinates })),
  fc
    .array(positionArb, { minLength: 2, maxLength: 12 })
    .map((coordinates): AnnotationGeometry => ({ type: 'LineString', coordinates })),
  fc.array(positionArb, { minLength: 3, maxLength: 12 }).map((ring): AnnotationGeometry => {
    const first = ring[0] ?? [0, 0];
    return { type: 'Polygon', coordinates: [[...ring, [first[0], first[1]]]] };
  }),
);

/** Notes: printable ASCII (markup included), some other scripts and emoji, or none. */
export const noteArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 280 }),
  fc.constantFrom(
    'Курская область: штаб',
    '쿠르스크 — 북한군',
    'Trench line 🪖 dug in',
    '<img src=x onerror=alert(1)>',
    'line one\nline two\ttabbed',
  ),
);

export function annotationsArb(maxLength: number): fc.Arbitrary<Annotation[]> {
  return fc
    .array(fc.record({ geometry: geometryArb, note: noteArb }, PLAIN), { maxLength })
    .map((shapes) => shapes.map((shape, i) => ({ id: `n${i + 1}`, ...shape })));
}

/** Compresses any text the way the link does (written independently of the code under test). */
export { deflatedLinkValue as annValue } from '../url/edits';
