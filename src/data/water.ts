/**
 * Rivers and lakes of the theatre (geodata/basemap/water.topo.json, Natural Earth 1:50m, built by
 * `npm run geodata`): a same-origin asset fetched by the map after the basemap, never bundled.
 */
import { feature } from 'topojson-client';
import type {
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import waterUrl from '@geodata/basemap/water.topo.json?url';

export interface Water {
  rivers: FeatureCollection<LineString | MultiLineString>;
  lakes: FeatureCollection<Polygon | MultiPolygon>;
}

function collection<G>(
  topology: Topology,
  name: string,
  types: readonly string[],
): FeatureCollection<G & (LineString | MultiLineString | Polygon | MultiPolygon)> {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`water: TopoJSON object '${name}' missing`);
  }
  const decoded = feature(topology, object as GeometryCollection);
  for (const [i, f] of decoded.features.entries()) {
    if (!types.includes(f.geometry.type)) {
      throw new Error(`water ${name}.${i}: geometry ${f.geometry.type} is not ${types.join('/')}`);
    }
  }
  return decoded as FeatureCollection<G & (LineString | MultiLineString | Polygon | MultiPolygon)>;
}

/**
 * Decode the water topology, checking every geometry's type.
 * @param topology the parsed file
 * @returns rivers and lakes
 * @throws Error naming the object or feature that does not fit
 */
export function waterFromTopology(topology: Topology): Water {
  return {
    rivers: collection<LineString | MultiLineString>(topology, 'rivers', [
      'LineString',
      'MultiLineString',
    ]),
    lakes: collection<Polygon | MultiPolygon>(topology, 'lakes', ['Polygon', 'MultiPolygon']),
  };
}

/**
 * Fetch and decode the water asset.
 * @param signal optional abort signal
 * @returns rivers and lakes
 */
export async function loadWater(signal?: AbortSignal): Promise<Water> {
  const response = await fetch(waterUrl, signal ? { signal } : {});
  if (!response.ok) throw new Error(`water: ${waterUrl} answered ${response.status}`);
  return waterFromTopology((await response.json()) as Topology);
}
