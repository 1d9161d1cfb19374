import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultOptions,
  GEOMETRY_TYPES,
  readBbox,
  readGeometry,
  type GeometryReadOptions,
} from '../../src/data/geojsonReader';

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];
const round5 = (n: number) => Math.round(n * 1e5) / 1e5 + 0;
const codes = (result: ReturnType<typeof readGeometry>) => result.problems.map((p) => p.code);

describe('readGeometry with the default options (everything RFC 7946 allows)', () => {
  it('keeps a valid geometry with altitude, dropping foreign members', () => {
    const value = { type: 'Polygon', coordinates: [square.map(([x, y]) => [x, y, 5])], extra: 1 };
    const result = readGeometry(value);
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ type: 'Polygon', coordinates: value.coordinates });
    expect(result.positions).toBe(4);
    expect(result.bounds).toEqual([0, 0, 1, 1]);
  });

  it('reads each member of a GeometryCollection and names it in messages', () => {
    const value = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [30, 50] },
        { type: 'LineString', coordinates: [[30, 50]] },
      ],
    };
    const result = readGeometry(value, { label: 'Feature 2' }, '$.features[2].geometry');
    expect(result.value).toBeNull();
    expect(result.problems).toEqual([
      {
        code: 'too-few-positions',
        path: '$.features[2].geometry.geometries[1].coordinates',
        message: 'Feature 2, geometry 1: the line has 1 position; it needs at least 2.',
      },
    ]);
  });

  it('tags each bad position with its path and says what is wrong', () => {
    const value = {
      type: 'LineString',
      coordinates: [
        [30, 50],
        [50, 120],
        ['a', 1],
      ],
    };
    const result = readGeometry(value);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['position', '$.coordinates[1]'],
      ['position', '$.coordinates[2]'],
    ]);
    expect(result.problems[0]?.message).toContain('latitude 120, outside −90 to 90');
    expect(result.problems[1]?.message).toContain('"a" (text) where a number is expected');
    expect(result.positions).toBe(1);
  });

  it('finds an open ring and a polygon without rings', () => {
    const open = readGeometry({
      type: 'Polygon',
      coordinates: [square.slice(0, 3).concat([[2, 2]])],
    });
    expect(open.problems).toEqual([
      {
        code: 'ring-not-closed',
        path: '$.coordinates[0]',
        message:
          'The geometry: polygon ring 0 is not closed — its first and last positions differ.',
      },
    ]);
    expect(codes(readGeometry({ type: 'Polygon', coordinates: [] }))).toEqual(['no-rings']);
  });

  it('reports a missing coordinates member and a value that is no geometry', () => {
    expect(codes(readGeometry({ type: 'Point' }))).toEqual(['no-coordinates']);
    expect(readGeometry('Point').problems[0]).toMatchObject({ code: 'not-object', path: '$' });
  });
});

describe('readGeometry options', () => {
  it('types: refuses a type the caller does not allow, naming the ones it does', () => {
    const result = readGeometry({ type: 'MultiPoint', coordinates: [] }, { types: ['Point'] });
    expect(result.problems).toEqual([
      {
        code: 'type',
        path: '$.type',
        message: 'The geometry: its geometry has type "MultiPoint"; expected one of Point.',
      },
    ]);
  });

  it('altitude: a third number is refused when the caller keeps two', () => {
    const point = { type: 'Point', coordinates: [30, 50, 100] };
    expect(readGeometry(point).problems).toEqual([]);
    const result = readGeometry(point, { altitude: false });
    expect(result.value).toBeNull();
    expect(result.problems[0]).toMatchObject({ code: 'position', path: '$.coordinates' });
    expect(result.problems[0]?.message).toContain('has 3 numbers; a position needs 2');
  });

  it('maxPositions: stops at the first position past the limit', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    };
    expect(readGeometry(line, { maxPositions: 4 }).value).not.toBeNull();
    const result = readGeometry(line, { maxPositions: 2 });
    expect(result.value).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'too-many-positions', path: '$.coordinates[2]' }),
    ]);
    expect(result.positions).toBe(3);
  });

  it('maxRings: a polygon with a hole is refused when one ring is allowed', () => {
    const hole = [
      [0.2, 0.2],
      [0.4, 0.2],
      [0.4, 0.4],
      [0.2, 0.2],
    ];
    const polygon = { type: 'Polygon', coordinates: [square, hole] };
    expect(readGeometry(polygon).problems).toEqual([]);
    expect(readGeometry(polygon, { maxRings: 1 }).problems).toEqual([
      expect.objectContaining({ code: 'too-many-rings', path: '$.coordinates' }),
    ]);
  });

  it('nonEmpty: empty multi-geometries are refused when the caller needs a location', () => {
    for (const type of ['MultiPoint', 'MultiLineString', 'MultiPolygon']) {
      const empty = { type, coordinates: [] };
      expect(readGeometry(empty).value).toEqual(empty);
      expect(codes(readGeometry(empty, { nonEmpty: true }))).toEqual(['empty']);
    }
  });

  it('round: rounds kept positions, and checks a ring closed once rounded', () => {
    const ring = [
      [0, 0],
      [1.000004, 0],
      [1, 1],
      [0.000001, 0],
    ];
    const polygon = { type: 'Polygon', coordinates: [ring] };
    expect(codes(readGeometry(polygon))).toEqual(['ring-not-closed']);
    const result = readGeometry(polygon, { round: round5 });
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
    expect(ring[1]).toEqual([1.000004, 0]);
  });

  it('maxProblems: stops after that many problems and says so', () => {
    const bad = {
      type: 'MultiPoint',
      coordinates: [
        [200, 0],
        [200, 0],
        [200, 0],
        [200, 0],
      ],
    };
    expect(codes(readGeometry(bad))).toEqual(['position', 'position', 'position', 'position']);
    expect(codes(readGeometry(bad, { maxProblems: 2 }))).toEqual([
      'position',
      'position',
      'too-many-problems',
    ]);
  });

  it('maxDepth: refuses geometry collections nested too deep', () => {
    let value: unknown = { type: 'Point', coordinates: [0, 0] };
    for (let i = 0; i < 3; i++) value = { type: 'GeometryCollection', geometries: [value] };
    expect(readGeometry(value, { maxDepth: 3 }).problems).toEqual([]);
    expect(readGeometry(value, { maxDepth: 2 }).problems).toEqual([
      expect.objectContaining({ code: 'too-deep', path: '$.geometries[0].geometries[0]' }),
    ]);
  });

  it('bbox: checks a bbox member only when asked', () => {
    const point = { type: 'Point', coordinates: [0, 0], bbox: [0, 0, 'x'] };
    expect(readGeometry(point).problems).toEqual([
      expect.objectContaining({ code: 'bbox', path: '$.bbox' }),
    ]);
    expect(readGeometry(point, { bbox: false }).problems).toEqual([]);
    expect(readBbox({ bbox: [0, 0, 1, 1] })).toEqual([]);
    expect(readBbox({ bbox: [0, 0, 1] }, { label: 'Feature 0' }, '$.features[0]')).toEqual([
      {
        code: 'bbox',
        path: '$.features[0].bbox',
        message: 'Feature 0: its "bbox" is not a list of 4 (or 6) numbers.',
      },
    ]);
  });

  it('exactPaths: false keeps every path at the geometry (TopoJSON arcs)', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0, 100],
      ],
    };
    const result = readGeometry(line, { exactPaths: false }, '$.objects.a.geometries[3]');
    expect(result.problems.map((p) => p.path)).toEqual(['$.objects.a.geometries[3]']);
  });
});

/** GeoJSON-shaped values: right types, coordinates that are often nearly right. */
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom(0, -0, 90, -90, 180, -180, 1e-6),
);
const position = fc.oneof(
  fc.array(number, { minLength: 2, maxLength: 2 }),
  fc.array(fc.oneof(number, fc.jsonValue()), { maxLength: 4 }),
);
const coordinates = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    position,
    fc.array(position, { maxLength: 6 }),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.jsonValue(),
  ),
})).any;
const geometryLike = fc.letrec((tie) => ({
  geometry: fc.oneof(
    { depthSize: 'small' },
    fc.record(
      { type: fc.constantFrom(...GEOMETRY_TYPES, 'Feature', 'point'), coordinates },
      { requiredKeys: ['type'] },
    ),
    fc.record({
      type: fc.constant('GeometryCollection'),
      geometries: fc.array(tie('geometry'), { maxLength: 3 }),
    }),
    fc.jsonValue(),
  ),
})).geometry;
const options: fc.Arbitrary<Partial<GeometryReadOptions>> = fc.record(
  {
    types: fc.subarray([...GEOMETRY_TYPES]),
    altitude: fc.boolean(),
    maxPositions: fc.integer({ min: 0, max: 20 }),
    maxRings: fc.integer({ min: 1, max: 3 }),
    nonEmpty: fc.boolean(),
    round: fc.constantFrom(null, round5),
    maxProblems: fc.integer({ min: 1, max: 10 }),
    maxDepth: fc.integer({ min: 0, max: 3 }),
    bbox: fc.boolean(),
    exactPaths: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('readGeometry on arbitrary input', () => {
  it('never throws; a value comes back exactly when there are no problems, each with a path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), geometryLike), options, (value, opts) => {
        const result = readGeometry(value, opts);
        const full = { ...defaultOptions, ...opts };
        expect(result.value === null).toBe(result.problems.length > 0);
        expect(result.problems.length).toBeLessThanOrEqual(full.maxProblems + 1);
        for (const problem of result.problems) {
          expect(problem.path.startsWith('$')).toBe(true);
          expect(typeof problem.message).toBe('string');
        }
        if (result.value) {
          expect(full.types).toContain(result.value.type);
          expect(result.positions).toBeLessThanOrEqual(full.maxPositions);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('what it accepts, it accepts again unchanged (rounding included)', () => {
    fc.assert(
      fc.property(geometryLike, options, (value, opts) => {
        const first = readGeometry(value, opts);
        if (first.value === null) return;
        const again = readGeometry(structuredClone(first.value), opts);
        expect(again.problems).toEqual([]);
        expect(again.value).toEqual(first.value);
      }),
      { numRuns: 2000 },
    );
  });
});
