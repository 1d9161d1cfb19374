/**
 * Which feature of a large, canvas-drawn layer is under a click. The layer's features are
 * indexed once by bounding box (Flatbush, a static R-tree); a click then tests only the
 * few features whose box is near it, in screen pixels: a point or line within a few pixels,
 * or a polygon containing the click.
 */
import Flatbush from 'flatbush';
import type { Feature, Geometry, Position } from 'geojson';

/** A map's projection from [lng, lat] to screen pixels [x, y]. */
export type Project = (lngLat: Position) => [number, number];

export interface HitIndex {
  index: Flatbush | null;
  /** Feature index of each indexed box (features without geometry are not indexed). */
  ids: Uint32Array;
  features: readonly Feature<Geometry | null>[];
}

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) line.forEach(visit);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) ring.forEach(visit);
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries) eachPosition(part, visit);
  }
}

/**
 * Indexes features by bounding box.
 * @param features - the layer's features
 * @returns the index (null inside when no feature has a geometry)
 */
export function buildHitIndex(features: readonly Feature<Geometry | null>[]): HitIndex {
  const boxes: number[] = [];
  const ids: number[] = [];
  features.forEach((feature, i) => {
    if (!feature.geometry) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    eachPosition(feature.geometry, ([x = NaN, y = NaN]) => {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    });
    if (!(minX <= maxX && minY <= maxY)) return;
    boxes.push(minX, minY, maxX, maxY);
    ids.push(i);
  });
  if (ids.length === 0) return { index: null, ids: new Uint32Array(), features };
  const index = new Flatbush(ids.length);
  for (let i = 0; i < boxes.length; i += 4) {
    index.add(boxes[i] ?? 0, boxes[i + 1] ?? 0, boxes[i + 2] ?? 0, boxes[i + 3] ?? 0);
  }
  index.finish();
  return { index, ids: Uint32Array.from(ids), features };
}

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function nearLine(p: [number, number], line: Position[], project: Project, tolerance: number) {
  const points = line.map(project);
  if (points.length === 1 && points[0])
    return Math.hypot(p[0] - points[0][0], p[1] - points[0][1]) <= tolerance;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && segmentDistance(p, a, b) <= tolerance) return true;
  }
  return false;
}

/** Even-odd rule over every ring (so holes are holes), in screen pixels. */
function insideRings(p: [number, number], rings: Position[][], project: Project): boolean {
  let inside = false;
  for (const ring of rings) {
    const points = ring.map(project);
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
      const a = points[i];
      const b = points[j];
      if (!a || !b) continue;
      if (
        a[1] > p[1] !== b[1] > p[1] &&
        p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
      ) {
        inside = !inside;
      }
    }
  }
  return inside;
}

function hits(
  geometry: Geometry,
  p: [number, number],
  project: Project,
  tolerance: number,
): boolean {
  switch (geometry.type) {
    case 'Point':
      return nearLine(p, [geometry.coordinates], project, tolerance);
    case 'MultiPoint':
      return geometry.coordinates.some((point) => nearLine(p, [point], project, tolerance));
    case 'LineString':
      return nearLine(p, geometry.coordinates, project, tolerance);
    case 'MultiLineString':
      return geometry.coordinates.some((line) => nearLine(p, line, project, tolerance));
    case 'Polygon':
      return (
        insideRings(p, geometry.coordinates, project) ||
        geometry.coordinates.some((ring) => nearLine(p, ring, project, tolerance))
      );
    case 'MultiPolygon':
      return geometry.coordinates.some(
        (polygon) =>
          insideRings(p, polygon, project) ||
          polygon.some((ring) => nearLine(p, ring, project, tolerance)),
      );
    case 'GeometryCollection':
      return geometry.geometries.some((part) => hits(part, p, project, tolerance));
  }
}

/**
 * The feature under a click: the last drawn (topmost) one that the click touches.
 * @param hitIndex - from buildHitIndex
 * @param click - the click in screen pixels
 * @param box - the click's surroundings in [lng, lat]: [west, south, east, north]
 * @param project - lng/lat to screen pixels
 * @param tolerance - how near a point or line counts, in pixels
 * @returns the feature, or null
 */
export function featureAt(
  hitIndex: HitIndex,
  click: [number, number],
  box: [number, number, number, number],
  project: Project,
  tolerance = 5,
): Feature<Geometry | null> | null {
  if (!hitIndex.index) return null;
  const candidates = hitIndex.index.search(...box).sort((a, b) => b - a);
  for (const candidate of candidates) {
    const feature = hitIndex.features[hitIndex.ids[candidate] ?? -1];
    if (feature?.geometry && hits(feature.geometry, click, project, tolerance)) return feature;
  }
  return null;
}
