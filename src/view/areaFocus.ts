/**
 * The part of an area the report is about: the box of its features in or touching the area.
 * The map frames it when it cannot show the whole area (src/view/areaFrame.ts).
 */
import type { Feature } from 'geojson';
import { bboxOf } from '../geo/bboxOf';
import { outlinesMeet } from '../geo/outlinesMeet';
import { pointInArea } from '../geo/pointInArea';
import type { AreaGeometry, BBox, LngLat } from '../geo/types';
import { ancestorIds, type Dataset } from '../data/dataset';
import { areaFeature, type Basemap } from '../data/geodata';
import { placeLngLat } from '../data/theatre';

type Outline = Feature<AreaGeometry>;

function isOutline(feature: Feature): feature is Outline {
  return feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';
}

/** Whether two boxes share any point (east may pass 180 in both, as Russia's does). */
function boxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The smallest box holding every box given, or null for none. */
function unionOf(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce<BBox>(
    (u, b) => [
      Math.min(u[0], b[0]),
      Math.min(u[1], b[1]),
      Math.max(u[2], b[2]),
      Math.max(u[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/**
 * The box of the report's features in or touching an area: the regions the map draws that lie
 * in it (by their parents) or share a border with it, the labelled places in it, and the
 * routes' ends in it. For Russia: Kursk Oblast, Donetsk Oblast (on Russia's border), Kursk and
 * the deployment route's end; not Pyongyang, where the route starts.
 *
 * @param ds - the dataset (its areas and theatre)
 * @param areaId - the area framed
 * @param basemap - the outlines
 * @returns the box [west, south, east, north], or null for an unknown area, an area without an
 *   outline (a settlement) or one with none of the report's features
 */
export function areaFocus(ds: Dataset, areaId: string, basemap: Basemap): BBox | null {
  const area = ds.areasById.get(areaId);
  if (!area) return null;
  const outline = areaFeature(area, basemap, ds.theatre.places);
  if (!isOutline(outline)) return null;
  const areaBox = bboxOf(outline);
  const regions = ds.areas.flatMap((region) => {
    if (region.kind !== 'region') return [];
    const feature = areaFeature(region, basemap, ds.theatre.places);
    if (!isOutline(feature)) return [];
    const box = bboxOf(feature);
    const inside = region.id === area.id || ancestorIds(ds.areasById, region.id).includes(area.id);
    const touching = !inside && boxesMeet(box, areaBox) && outlinesMeet(feature, outline);
    return inside || touching ? [box] : [];
  });
  const inArea = (point: LngLat | null): point is LngLat =>
    point !== null && pointInArea(point, outline);
  const places = ds.theatre.labelledPlaces.map((id) => placeLngLat(ds.theatre, id));
  const routeEnds = ds.theatre.routes.flatMap((route) => [
    placeLngLat(ds.theatre, route.from),
    placeLngLat(ds.theatre, route.to),
  ]);
  const points = [...places, ...routeEnds]
    .filter(inArea)
    .map(([lng, lat]): BBox => [lng, lat, lng, lat]);
  return unionOf([...regions, ...points]);
}
