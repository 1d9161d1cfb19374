import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** The module with the report's region outlines (src/data/regionOutlines.ts imports it). */
export const REGION_OUTLINES_MODULE = 'virtual:sitrep-region-outlines';
const RESOLVED = `\0${REGION_OUTLINES_MODULE}`;

/**
 * The part of a TopoJSON object that the given features need: those geometries and only the
 * arcs they use, renumbered, with the topology's own transform. Arcs are decoded one by one
 * (each starts afresh from its first delta-encoded point), so topojson-client decodes these
 * features to exactly the coordinates it gives them in the whole topology.
 * @param topology - the whole topology (e.g. provinces.topo.json)
 * @param objectName - its GeometryCollection (e.g. `provinces`)
 * @param keep - which geometries to keep (by their properties)
 * @returns a topology with that one object and only its arcs
 */
export function topologySubset(
  topology: Topology,
  objectName: string,
  keep: (properties: Record<string, unknown>) => boolean,
): Topology {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`TopoJSON object '${objectName}' missing`);
  }
  const renumbered = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const arcIndex = (i: number): number => {
    const own = i < 0 ? ~i : i;
    let next = renumbered.get(own);
    if (next === undefined) {
      next = arcs.length;
      renumbered.set(own, next);
      const arc = topology.arcs[own];
      if (!arc) throw new Error(`TopoJSON object '${objectName}': arc ${own} missing`);
      arcs.push(arc);
    }
    return i < 0 ? ~next : next;
  };
  const remap = (value: unknown): unknown =>
    typeof value === 'number' ? arcIndex(value) : (value as unknown[]).map(remap);
  const geometries = object.geometries
    .filter((g) => keep((g.properties ?? {}) as Record<string, unknown>))
    .map((g) =>
      'arcs' in g ? ({ ...g, arcs: remap(g.arcs) } as GeometryObject) : (g as GeometryObject),
    );
  const kept: GeometryCollection = { type: 'GeometryCollection', geometries };
  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    objects: { [objectName]: kept },
    arcs,
  };
}

/**
 * The outlines of the report's regions: the provinces geodata/areas.json draws as areas,
 * taken out of the basemap's provinces.topo.json.
 * @param geodata - the theatre's folder
 * @returns a topology with object `provinces` holding those provinces only
 */
export function regionOutlinesTopology(geodata: string): Topology {
  const read = (file: string) => JSON.parse(readFileSync(path.join(geodata, file), 'utf8'));
  const { areas } = read('areas.json') as {
    areas: { id: string; geometry: { type: string; code?: string } }[];
  };
  const codes = new Set(
    areas.flatMap((a) =>
      a.geometry.type === 'province' && a.geometry.code ? [a.geometry.code] : [],
    ),
  );
  const provinces = read('basemap/provinces.topo.json') as Topology;
  const subset = topologySubset(provinces, 'provinces', (p) => codes.has(String(p.code)));
  const found = (subset.objects.provinces as GeometryCollection).geometries.length;
  if (found !== codes.size) {
    throw new Error(
      `region outlines: ${codes.size - found} of the areas' provinces are not in the basemap`,
    );
  }
  return subset;
}

/**
 * Vite plugin (build, dev server and tests): the report's region outlines in the app script
 * itself, as the module `virtual:sitrep-region-outlines` (a few kB of TopoJSON: only the
 * provinces geodata/areas.json draws, and their arcs). The first map needs nothing else, so
 * Leaflet draws the regions in the app's first render, in the task that runs the app script,
 * with no request, no wait for a response and no decode of the whole provinces file before
 * them (issue 24, docs/scale.md). The whole basemap (provinces and countries) is fetched once
 * the regions are painted (src/app/useAppData.ts); index.html preloads no geodata
 * (scripts/budget.mjs checks that).
 * @param geodata - the theatre's folder (scripts/vite/geodataDir.ts)
 * @returns the plugin
 */
export function firstMapPlugin(geodata: string): Plugin {
  return {
    name: 'sitrep-first-map',
    resolveId(id) {
      return id === REGION_OUTLINES_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      for (const file of ['areas.json', 'basemap/provinces.topo.json']) {
        this.addWatchFile(path.join(geodata, file));
      }
      // JSON.parse of a string literal: parsed faster than the same object as JavaScript.
      const json = JSON.stringify(regionOutlinesTopology(geodata));
      return `export default JSON.parse(${JSON.stringify(json)});\n`;
    },
  };
}
