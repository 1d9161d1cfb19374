// RFC 7946 geometry checks with messages that say what is wrong and where. Each check returns
// a clean copy of the geometry (foreign members dropped) or null after recording problems.
import type { Geometry, Position } from 'geojson';
import { isObject, quote, type Problems } from './problems';

/** Where a geometry sits: who to name in messages and whether coordinate paths are exact. */
export interface GeometryPlace {
  problems: Problems;
  /** `Feature 3 (properties.name "Front line")`, `The geometry`, … */
  label: string;
  /** False for TopoJSON, whose coordinates live in shared arcs: paths stop at the feature. */
  exactPaths: boolean;
}

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;

function sub(place: GeometryPlace, path: string, suffix: string): string {
  return place.exactPaths ? path + suffix : path;
}

function report(place: GeometryPlace, where: string, problem: string, path: string): void {
  const end = /[.?]$/.test(problem) ? '' : '.';
  place.problems.add(`${place.label}: ${where} ${problem}${end}`, path);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Why a value is not a usable [longitude, latitude(, altitude)] position, or null if it is. */
function positionProblem(value: unknown): string | null {
  if (!Array.isArray(value)) {
    return `is ${quote(value)} where a position [longitude, latitude] is expected`;
  }
  for (const element of value as unknown[]) {
    if (typeof element !== 'number') {
      const kind = typeof element === 'string' ? ' (text)' : '';
      return `has ${quote(element)}${kind} where a number is expected`;
    }
  }
  if (value.length < 2 || value.length > 3) {
    return (
      `has ${plural(value.length, 'number')}; a position needs 2 (longitude, latitude) ` +
      'or 3 (with altitude)'
    );
  }
  const [lng, lat] = value as [number, number];
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || !Number.isFinite(value[2] ?? 0)) {
    return 'has a number too large to be a coordinate (it reads as infinity)';
  }
  if (lat < -90 || lat > 90) {
    const swapped = Math.abs(lng) <= 90 && Math.abs(lat) <= 180;
    const hint = swapped ? ' Positions are [longitude, latitude]: are the two swapped?' : '';
    return `has latitude ${lat}, outside −90 to 90${hint ? `.${hint}` : ''}`;
  }
  if (lng < -180 || lng > 180) return `has longitude ${lng}, outside −180 to 180`;
  return null;
}

function checkPosition(place: GeometryPlace, value: unknown, where: string, path: string): boolean {
  const problem = positionProblem(value);
  if (problem !== null) {
    report(place, where, problem, path);
    return false;
  }
  const [lng, lat] = value as [number, number];
  place.problems.countPosition(lng, lat, path);
  return true;
}

/**
 * Checks a list of positions. `prefix` names the list ("line 2, " or "polygon ring 0, ");
 * `noun` names it in a count message ("the line", "polygon ring 0").
 */
function checkPositionList(
  place: GeometryPlace,
  value: unknown,
  minCount: number,
  noun: string,
  prefix: string,
  path: string,
): boolean {
  if (!Array.isArray(value)) {
    report(place, noun, `is ${quote(value)} where a list of positions is expected`, path);
    return false;
  }
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    ok = checkPosition(place, value[i], `${prefix}position ${i}`, sub(place, path, `[${i}]`)) && ok;
  }
  if (ok && value.length < minCount) {
    const need =
      minCount === 4
        ? 'a closed ring needs at least 4 (the first repeated at the end)'
        : `it needs at least ${minCount}`;
    report(place, noun, `has ${plural(value.length, 'position')}; ${need}`, path);
    return false;
  }
  return ok;
}

function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** Checks one linear ring: at least 4 valid positions, first and last the same. */
function checkRing(place: GeometryPlace, value: unknown, noun: string, path: string): boolean {
  if (!checkPositionList(place, value, 4, noun, `${noun}, `, path)) return false;
  const ring = value as Position[];
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && !samePosition(first, last)) {
    report(place, noun, 'is not closed — its first and last positions differ', path);
    return false;
  }
  return true;
}

function checkList(
  place: GeometryPlace,
  value: unknown,
  noun: string,
  path: string,
  each: (item: unknown, index: number, itemPath: string) => boolean,
): boolean {
  if (!Array.isArray(value)) {
    report(place, noun, `is ${quote(value)} where a list is expected`, path);
    return false;
  }
  let ok = true;
  for (let i = 0; i < value.length; i++) ok = each(value[i], i, sub(place, path, `[${i}]`)) && ok;
  return ok;
}

function checkPolygon(place: GeometryPlace, value: unknown, noun: string, path: string): boolean {
  if (Array.isArray(value) && value.length === 0) {
    const polygon = noun === 'its coordinates' ? 'the polygon' : noun;
    report(place, polygon, 'has no rings; a polygon needs an outer ring', path);
    return false;
  }
  const ringNoun = noun === 'its coordinates' ? 'polygon ring' : `${noun}, ring`;
  return checkList(place, value, noun, path, (ring, i, ringPath) =>
    checkRing(place, ring, `${ringNoun} ${i}`, ringPath),
  );
}

function checkCoordinates(
  place: GeometryPlace,
  type: Exclude<(typeof GEOMETRY_TYPES)[number], 'GeometryCollection'>,
  value: unknown,
  path: string,
): boolean {
  const noun = 'its coordinates';
  switch (type) {
    case 'Point':
      return checkPosition(place, value, 'its position', path);
    case 'MultiPoint':
      return checkPositionList(place, value, 0, noun, 'point ', path);
    case 'LineString':
      return checkPositionList(place, value, 2, 'the line', 'line ', path);
    case 'MultiLineString':
      return checkList(place, value, noun, path, (line, i, linePath) =>
        checkPositionList(place, line, 2, `line ${i}`, `line ${i}, `, linePath),
      );
    case 'Polygon':
      return checkPolygon(place, value, noun, path);
    case 'MultiPolygon':
      return checkList(place, value, noun, path, (polygon, i, polygonPath) =>
        checkPolygon(place, polygon, `polygon ${i}`, polygonPath),
      );
  }
}

/** Checks an optional `bbox` member: 4 or 6 finite numbers. */
export function checkBbox(
  place: GeometryPlace,
  owner: Record<string, unknown>,
  path: string,
): void {
  if (!('bbox' in owner)) return;
  const bbox = owner.bbox;
  const ok =
    Array.isArray(bbox) &&
    (bbox.length === 4 || bbox.length === 6) &&
    bbox.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!ok)
    report(place, 'its "bbox"', 'is not a list of 4 (or 6) numbers', sub(place, path, '.bbox'));
}

/**
 * Checks a GeoJSON geometry and returns a clean copy (type and coordinates or geometries only).
 *
 * @param place - problem list and the label of the feature it belongs to
 * @param value - the `geometry` value from the file (not null: callers handle null geometry)
 * @param path - JSONPath of the value
 * @returns the geometry, or null when problems were recorded
 */
export function checkGeometry(place: GeometryPlace, value: unknown, path: string): Geometry | null {
  if (!isObject(value)) {
    report(place, 'its geometry', `is ${quote(value)} where a geometry object is expected`, path);
    return null;
  }
  const type = value.type;
  if (!GEOMETRY_TYPES.includes(type as (typeof GEOMETRY_TYPES)[number])) {
    const problem = `has type ${quote(type)}; expected one of ${GEOMETRY_TYPES.join(', ')}`;
    report(place, 'its geometry', problem, sub(place, path, '.type'));
    return null;
  }
  checkBbox(place, value, path);
  if (type === 'GeometryCollection') {
    const geometries: Geometry[] = [];
    const ok = checkList(
      place,
      value.geometries,
      'its "geometries"',
      sub(place, path, '.geometries'),
      (member, i, memberPath) => {
        const memberPlace = { ...place, label: `${place.label}, geometry ${i}` };
        const geometry = checkGeometry(memberPlace, member, memberPath);
        if (geometry) geometries.push(geometry);
        return geometry !== null;
      },
    );
    return ok ? { type, geometries } : null;
  }
  const coordinatesType = type as Exclude<(typeof GEOMETRY_TYPES)[number], 'GeometryCollection'>;
  if (!('coordinates' in value)) {
    report(place, `its ${type}`, 'has no "coordinates" member', path);
    return null;
  }
  const ok = checkCoordinates(
    place,
    coordinatesType,
    value.coordinates,
    sub(place, path, '.coordinates'),
  );
  return ok ? ({ type: coordinatesType, coordinates: value.coordinates } as Geometry) : null;
}
