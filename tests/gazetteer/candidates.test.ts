import { describe, expect, it } from 'vitest';
import type { AreaLabel } from '../../src/map/labels/areaLabels';
import { labelCandidates, type LabelPlace } from '../../src/map/labels/candidates';

// A flat projection: 100 px per degree, lng 30 at x 0, lat 50 at y 0 (y grows southwards).
const project = (lng: number, lat: number) => ({ x: (lng - 30) * 100, y: (50 - lat) * 100 });
const measure = (text: string) => text.length * 7;
const size = { width: 1000, height: 600 };

const place = (id: string, lng: number, lat: number, minZoom: number): LabelPlace => ({
  id,
  name: id,
  lng,
  lat,
  minZoom,
});
const places = [
  place('Kyiv', 30.5, 49.5, 5),
  place('Town', 33, 48, 8),
  place('Village', 35, 47, 10),
  place('Faraway', 60, 47, 5),
];

const run = (zoom: number, areas: AreaLabel[] = [], picked: LabelPlace | null = null) =>
  labelCandidates({ zoom, size, project, measure, areas, places, picked });

describe('label candidates', () => {
  it('offers places by zoom: seats from 5, everything by 10, nothing out of view', () => {
    expect(run(5).map((c) => c.id)).toEqual(['Kyiv']);
    expect(run(8).map((c) => c.id)).toEqual(['Kyiv', 'Town']);
    expect(run(9.96).map((c) => c.id)).toEqual(['Kyiv', 'Town', 'Village']);
    expect(run(10).map((c) => [c.id, c.kind])).toEqual([
      ['Kyiv', 'city'],
      ['Town', 'settlement'],
      ['Village', 'settlement'],
    ]);
  });

  it('puts the picked place first, once, whatever the zoom', () => {
    const picked = place('Village', 35, 47, 0);
    const ids = run(5, [], picked).map((c) => [c.id, c.kind]);
    expect(ids).toEqual([
      ['Village', 'picked'],
      ['Kyiv', 'city'],
    ]);
  });

  it('labels an area only at its zooms and where its shape is wider than its name', () => {
    const region = (id: string, bbox: AreaLabel['bbox']): AreaLabel => ({
      id,
      text: id,
      kind: 'region',
      lng: 34,
      lat: 48,
      bbox,
      minZoom: 5.5,
      maxZoom: 9.5,
    });
    const wide = region('Wide', [33, 47, 36, 49]); // 300 px wide
    const narrow = region('Narrow oblast name', [33.9, 47.9, 34.1, 48.1]); // 20 px wide
    expect(run(6, [wide, narrow]).map((c) => c.id)).toEqual(['Wide', 'Kyiv']);
    expect(run(5, [wide]).map((c) => c.id)).toEqual(['Kyiv']);
    expect(run(10, [wide]).some((c) => c.id === 'Wide')).toBe(false);
  });
});
