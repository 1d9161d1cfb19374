import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { waterFromTopology } from '../../src/data/water';

const read = () => JSON.parse(readFileSync('geodata/basemap/water.topo.json', 'utf8')) as Topology;

describe('rivers and lakes', () => {
  it('decode from the shipped file: rivers as lines, lakes as polygons, inside the theatre', () => {
    const water = waterFromTopology(read());
    expect(water.rivers.features.length).toBeGreaterThan(10);
    expect(water.lakes.features.length).toBeGreaterThan(0);
    // The Dnipro crosses Kyiv's latitude between 30°E and 32°E.
    const crossesKyiv = water.rivers.features.some((f) => {
      const lines =
        f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      return lines.some((line) =>
        line.some(([lng = 0, lat = 0]) => lng > 30 && lng < 32 && Math.abs(lat - 50.45) < 0.2),
      );
    });
    expect(crossesKyiv).toBe(true);
  });

  it('names the object that is missing or of the wrong kind', () => {
    const noLakes = read();
    delete noLakes.objects.lakes;
    expect(() => waterFromTopology(noLakes)).toThrow("water: TopoJSON object 'lakes' missing");
    const swapped = read();
    const lakes = swapped.objects.lakes;
    if (!lakes) throw new Error('the shipped file has no lakes');
    swapped.objects = { rivers: lakes, lakes };
    expect(() => waterFromTopology(swapped)).toThrow(/water rivers\.0: geometry Polygon/);
  });
});
