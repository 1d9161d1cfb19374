// TopoJSON input: checked for the things topojson-client trusts blindly (arc indexes, arc
// shapes, the transform), counted before conversion so shared arcs cannot multiply into an
// out-of-memory, then converted with topojson-client's `feature` over every object.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { isObject, quote, type Problems } from './problems';

/** A converted feature with where it came from in the file. */
export interface SourcedFeature {
  value: unknown;
  path: string;
  subject: string;
  /** A bare geometry file: the value is a geometry, to be wrapped in a feature. */
  geometryOnly?: boolean;
}

function isPositionLike(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function checkArcs(problems: Problems, arcs: unknown): arcs is unknown[][] {
  if (!Array.isArray(arcs)) {
    problems.add(
      `The TopoJSON "arcs" member is ${quote(arcs)}; expected a list of arcs.`,
      '$.arcs',
    );
    return false;
  }
  for (let i = 0; i < arcs.length; i++) {
    const arc: unknown = arcs[i];
    if (!Array.isArray(arc) || arc.length < 2 || !arc.every(isPositionLike)) {
      problems.add(
        `TopoJSON arc ${i} is not a list of at least 2 positions of finite numbers.`,
        `$.arcs[${i}]`,
      );
      return false;
    }
  }
  return true;
}

function checkTransform(problems: Problems, topology: Record<string, unknown>): boolean {
  if (topology.transform === undefined) return true;
  const t = topology.transform;
  const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && isPositionLike(v);
  if (isObject(t) && pair(t.scale) && pair(t.translate)) return true;
  problems.add(
    'The TopoJSON "transform" needs "scale" and "translate", each 2 finite numbers.',
    '$.transform',
  );
  return false;
}

/**
 * Sums the positions a geometry will expand to, checking its arc indexes on the way.
 * @returns the count, or -1 after recording a problem
 */
function countArcPositions(
  problems: Problems,
  arcs: unknown[][],
  value: unknown,
  path: string,
): number {
  if (Array.isArray(value)) {
    let total = 0;
    for (let i = 0; i < value.length; i++) {
      const count = countArcPositions(problems, arcs, value[i], `${path}[${i}]`);
      if (count < 0) return -1;
      total += count;
    }
    return total;
  }
  const index =
    typeof value === 'number' && Number.isInteger(value) ? (value < 0 ? ~value : value) : -1;
  const arc = arcs[index];
  if (!arc) {
    problems.add(
      `TopoJSON geometry at ${path} refers to arc ${quote(value)}, which does not exist.`,
      path,
    );
    return -1;
  }
  return arc.length;
}

function countGeometry(
  problems: Problems,
  arcs: unknown[][],
  value: unknown,
  path: string,
): number {
  if (!isObject(value)) {
    problems.add(`TopoJSON geometry at ${path} is ${quote(value)}; expected an object.`, path);
    return -1;
  }
  if (value.type === 'GeometryCollection') {
    if (!Array.isArray(value.geometries)) {
      problems.add(`TopoJSON GeometryCollection at ${path} has no list of "geometries".`, path);
      return -1;
    }
    let total = 0;
    for (let i = 0; i < value.geometries.length; i++) {
      const count = countGeometry(problems, arcs, value.geometries[i], `${path}.geometries[${i}]`);
      if (count < 0) return -1;
      total += count;
    }
    return total;
  }
  if (['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'].includes(String(value.type))) {
    return countArcPositions(problems, arcs, value.arcs, `${path}.arcs`);
  }
  return Array.isArray(value.coordinates) ? value.coordinates.length : 0;
}

/**
 * Converts a TopoJSON topology to features, one per member of each object's collection.
 *
 * @param problems - where problems are recorded
 * @param topology - the parsed file, whose `type` is `"Topology"`
 * @param maxVertices - refuse before converting when the arcs would expand beyond this
 * @returns the features with their source paths, or null after recording problems
 */
export function topologyFeatures(
  problems: Problems,
  topology: Record<string, unknown>,
  maxVertices: number,
): SourcedFeature[] | null {
  const { objects, arcs } = topology;
  if (!isObject(objects)) {
    problems.add('The TopoJSON file has no "objects" member holding its layers.', '$.objects');
    return null;
  }
  if (!checkArcs(problems, arcs) || !checkTransform(problems, topology)) return null;
  let expanded = 0;
  for (const name of Object.keys(objects)) {
    const count = countGeometry(
      problems,
      arcs,
      objects[name],
      `$.objects[${JSON.stringify(name)}]`,
    );
    if (count < 0) return null;
    expanded += count;
  }
  if (expanded > maxVertices) {
    problems.add(
      `The TopoJSON expands to ${expanded.toLocaleString('en')} positions; one layer may hold ` +
        `${maxVertices.toLocaleString('en')}. Simplify it and import it again.`,
      '$.objects',
    );
    return null;
  }
  const features: SourcedFeature[] = [];
  for (const name of Object.keys(objects)) {
    const objectPath = `$.objects[${JSON.stringify(name)}]`;
    const object = objects[name] as Topology['objects'][string];
    const converted = feature(topology as unknown as Topology, object);
    if (converted.type === 'FeatureCollection') {
      converted.features.forEach((value, i) => {
        features.push({
          value,
          path: `${objectPath}.geometries[${i}]`,
          subject: `TopoJSON object ${quote(name)}, geometry ${i}`,
        });
      });
    } else {
      features.push({
        value: converted,
        path: objectPath,
        subject: `TopoJSON object ${quote(name)}`,
      });
    }
  }
  return features;
}
