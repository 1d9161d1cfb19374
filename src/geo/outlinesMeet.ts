import type { Feature, Position } from 'geojson';
import { bboxOf } from './bboxOf';
import { pointInArea } from './pointInArea';
import type { AreaGeometry, BBox } from './types';

/**
 * Whether two outlines share any point: one inside the other, overlapping, or only a border.
 * Outlines drawn at different scales (a 1:50m country, a 1:10m province beside it) overlap a
 * little along the border they share, so neighbours meet. Tested on the outlines' vertices
 * (a vertex of one inside or on the other), not on every edge crossing: two outlines that
 * cross without a vertex of either inside the other (a thin cross) do not meet here, which
 * administrative outlines do not do. Turf's `booleanIntersects` would also see those, at
 * about 1.5 KiB more of the first map's script.
 *
 * @param a an outline
 * @param b another outline
 * @returns true when they meet
 * @example
 * outlinesMeet(russia, donetskOblast); // true: they share a border
 */
export function outlinesMeet(a: Feature<AreaGeometry>, b: Feature<AreaGeometry>): boolean {
  const boxA = bboxOf(a);
  const boxB = bboxOf(b);
  if (!boxesMeet(boxA, boxB)) return false;
  return someVertexIn(a, b, boxB) || someVertexIn(b, a, boxA);
}

function boxesMeet([w1, s1, e1, n1]: BBox, [w2, s2, e2, n2]: BBox): boolean {
  return w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;
}

function someVertexIn(from: Feature<AreaGeometry>, into: Feature<AreaGeometry>, box: BBox) {
  const polygons: Position[][][] =
    from.geometry.type === 'Polygon' ? [from.geometry.coordinates] : from.geometry.coordinates;
  const [west, south, east, north] = box;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [lng = NaN, lat = NaN] of ring)
        if (lng >= west && lng <= east && lat >= south && lat <= north)
          if (pointInArea([lng, lat], into)) return true;
  return false;
}
