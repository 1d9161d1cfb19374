/**
 * The report's region outlines, in the app script itself (issue 24): the provinces that
 * geodata/areas.json draws as areas, taken out of the basemap's provinces.topo.json at build
 * time with their own arcs and the same transform (scripts/vite/firstMap.ts), so they decode
 * to the very coordinates the whole basemap gives them. The first map draws the regions from
 * these in the app's first render, with no request before them; the whole basemap comes once
 * they are painted.
 */
import regionTopology from 'virtual:sitrep-region-outlines';
import { basemapFromTopologies, type Basemap } from './geodata';

const NO_COUNTRIES = {
  type: 'Topology',
  objects: { countries: { type: 'GeometryCollection', geometries: [] } },
  arcs: [],
} as const;

/**
 * @returns the report's regions as the basemap's provinces, with no countries and no other
 *   province (decoded anew on each call: a few ms at most)
 */
export function loadRegionOutlines(): Basemap {
  return basemapFromTopologies(NO_COUNTRIES as never, regionTopology);
}
