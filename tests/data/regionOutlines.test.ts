// Issue 24: the report's regions are in the app script, cut out of the basemap's provinces at
// build time (scripts/vite/firstMap.ts), and decode to exactly the outlines of the whole file.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { regionOutlinesTopology, topologySubset } from '../../scripts/vite/firstMap';
import { basemapFromTopologies, loadAreas } from '../../src/data/geodata';
import { loadRegionOutlines } from '../../src/data/regionOutlines';

const GEODATA = join(import.meta.dirname, '../../geodata');
const read = (file: string) => JSON.parse(readFileSync(join(GEODATA, file), 'utf8')) as unknown;
const PROVINCES = read('basemap/provinces.topo.json') as Topology;
const COUNTRIES = read('basemap/countries.topo.json') as Topology;

describe('the report’s region outlines (in the app script)', () => {
  it('are the provinces the areas draw, with the very coordinates of the whole basemap', () => {
    const whole = basemapFromTopologies(COUNTRIES, PROVINCES).provinces.features;
    const regions = loadRegionOutlines();
    const codes = loadAreas().flatMap((a) =>
      a.geometry.type === 'province' ? [a.geometry.code] : [],
    );
    expect(regions.countries.features).toEqual([]);
    expect(regions.provinces.features.map((f) => f.properties.code).sort()).toEqual(codes.sort());
    for (const region of regions.provinces.features) {
      const same = whole.find((f) => f.properties.code === region.properties.code);
      expect(region).toEqual(same);
    }
  });

  it('carry only the arcs those provinces use', () => {
    const subset = regionOutlinesTopology(GEODATA);
    expect(subset.arcs.length).toBeGreaterThan(0);
    expect(subset.arcs.length).toBeLessThan(PROVINCES.arcs.length / 4);
    expect(JSON.stringify(subset).length).toBeLessThan(JSON.stringify(PROVINCES).length / 8);
  });

  it('keep shared and reversed arcs decodable (negative indices renumbered)', () => {
    // Two squares sharing one edge: arc 1 is used forwards by one and reversed by the other.
    const topology: Topology = {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [0, 0] },
      objects: {
        p: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { code: 'A' } },
            { type: 'Polygon', arcs: [[2, ~1]], properties: { code: 'B' } },
            { type: 'Polygon', arcs: [[3]], properties: { code: 'C' } },
          ],
        },
      },
      arcs: [
        [
          [0, 0],
          [0, 1],
          [1, 0],
        ],
        [
          [1, 1],
          [0, -1],
          [-1, 0],
        ],
        [
          [1, 0],
          [1, 0],
          [0, 1],
          [-1, 0],
        ],
        [
          [5, 5],
          [1, 0],
          [0, 1],
          [-1, -1],
        ],
      ],
    };
    const subset = topologySubset(topology, 'p', (p) => p.code === 'B');
    const geometries = (subset.objects.p as GeometryCollection).geometries;
    expect(geometries).toEqual([{ type: 'Polygon', arcs: [[0, ~1]], properties: { code: 'B' } }]);
    expect(subset.arcs).toEqual([topology.arcs[2], topology.arcs[1]]);
  });

  it('fail the build when an area names a province the basemap lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-regions-'));
    mkdirSync(join(dir, 'basemap'));
    writeFileSync(join(dir, 'basemap/provinces.topo.json'), JSON.stringify(PROVINCES));
    writeFileSync(
      join(dir, 'areas.json'),
      JSON.stringify({ areas: [{ id: 'x', geometry: { type: 'province', code: 'XX-NONE' } }] }),
    );
    expect(() => regionOutlinesTopology(dir)).toThrow(/not in the basemap/);
  });
});
