import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { buildHitIndex, featureAt, type Project } from '../../src/map/hitTest';

// A flat projection: 100 px per degree, y down (as on screen).
const project: Project = ([lng = 0, lat = 0]) => [lng * 100, -lat * 100];
const feature = (name: string, geometry: Geometry | null): Feature<Geometry | null> => ({
  type: 'Feature',
  properties: { name },
  geometry,
});
const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** A click at [lng, lat], with its ±5 px box in degrees. */
function clickAt(index: ReturnType<typeof buildHitIndex>, lng: number, lat: number) {
  const d = 0.05;
  return featureAt(index, project([lng, lat]), [lng - d, lat - d, lng + d, lat + d], project, 5)
    ?.properties as { name: string } | undefined;
}

describe('featureAt (clicks on large canvas-drawn layers)', () => {
  const features = [
    feature('point', { type: 'Point', coordinates: [1, 1] }),
    feature('line', {
      type: 'LineString',
      coordinates: [
        [2, 0],
        [2, 3],
      ],
    }),
    feature('holed square', {
      type: 'Polygon',
      coordinates: [square(4, 0, 2), square(4.5, 0.5, 1)],
    }),
    feature('no geometry', null),
    feature('multi', {
      type: 'MultiPolygon',
      coordinates: [[square(8, 0, 1)], [square(10, 0, 1)]],
    }),
    feature('collection', {
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [12, 1] }],
    }),
  ];
  const index = buildHitIndex(features);

  it('finds a point or a line within 5 px, and nothing further away', () => {
    expect(clickAt(index, 1.03, 1.03)?.name).toBe('point');
    expect(clickAt(index, 1.1, 1)?.name).toBeUndefined();
    expect(clickAt(index, 2.04, 1.5)?.name).toBe('line');
    expect(clickAt(index, 2.07, 1.5)?.name).toBeUndefined();
  });

  it('finds a polygon containing the click, but not in its hole', () => {
    expect(clickAt(index, 4.2, 1)?.name).toBe('holed square');
    expect(clickAt(index, 5, 1)?.name).toBeUndefined();
    expect(clickAt(index, 10.5, 0.5)?.name).toBe('multi');
    expect(clickAt(index, 9.5, 0.5)?.name).toBeUndefined();
    expect(clickAt(index, 12, 1.02)?.name).toBe('collection');
  });

  it('prefers the feature drawn last where two overlap', () => {
    const overlapping = buildHitIndex([
      feature('below', { type: 'Polygon', coordinates: [square(0, 0, 2)] }),
      feature('above', { type: 'Polygon', coordinates: [square(1, 1, 2)] }),
    ]);
    expect(clickAt(overlapping, 1.5, 1.5)?.name).toBe('above');
    expect(clickAt(overlapping, 0.5, 0.5)?.name).toBe('below');
  });

  it('finds the right one among 100,000 features', () => {
    const grid = Array.from({ length: 100_000 }, (_, i) =>
      feature(`f${i}`, {
        type: 'Point',
        coordinates: [(i % 500) * 0.2, Math.floor(i / 500) * 0.2],
      }),
    );
    const big = buildHitIndex(grid);
    expect(clickAt(big, 0.2 * 123, 0.2 * 45)?.name).toBe(`f${45 * 500 + 123}`);
    expect(buildHitIndex([feature('none', null)]).index).toBeNull();
    expect(clickAt(buildHitIndex([]), 0, 0)).toBeUndefined();
  });
});
