/**
 * The one reader of untrusted GeoJSON geometry (RFC 7946): any JSON value in, a clean geometry
 * (foreign members dropped) or null out, with every problem tagged by its JSONPath. It never
 * throws. Callers say what they allow through {@link GeometryReadOptions}: imported user layers
 * take every type with altitude and no rounding; marks take a point, a line or a one-ring
 * polygon; linked layers take the six coordinate types. Rings are checked closed after rounding,
 * so a ring the reader accepts stays closed in the form the caller keeps.
 */
import type { Geometry, Position } from 'geojson';

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;

export type GeometryType = (typeof GEOMETRY_TYPES)[number];
type CoordinatesType = Exclude<GeometryType, 'GeometryCollection'>;

/** What a problem is about, for callers that act on it (the message is for people). */
export type ReadProblemCode =
  | 'not-object'
  | 'type'
  | 'no-coordinates'
  | 'not-list'
  | 'position'
  | 'too-few-positions'
  | 'ring-not-closed'
  | 'no-rings'
  | 'too-many-rings'
  | 'empty'
  | 'too-many-positions'
  | 'too-deep'
  | 'bbox'
  | 'too-many-problems';

export interface ReadProblem {
  /** JSONPath of the value at fault (`$.features[2].geometry.coordinates[0][3]`). */
  path: string;
  code: ReadProblemCode;
  message: string;
}

export interface GeometryReadOptions {
  /** Geometry types accepted; any other is a `type` problem. */
  types: readonly GeometryType[];
  /** Whether a position may carry a third number (altitude). */
  altitude: boolean;
  /** Valid positions accepted in the whole geometry; one more is `too-many-positions`. */
  maxPositions: number;
  /** Rings accepted in one polygon. */
  maxRings: number;
  /** Whether MultiPoint, MultiLineString and MultiPolygon need at least one member. */
  nonEmpty: boolean;
  /** Rounds each number of a kept position (and before the closed-ring check); null keeps them. */
  round: ((value: number) => number) | null;
  /** Problems recorded before the reader stops (the last is `too-many-problems`). */
  maxProblems: number;
  /** Nesting of GeometryCollections accepted. */
  maxDepth: number;
  /** Whether an optional `bbox` member is checked (4 or 6 finite numbers). */
  bbox: boolean;
  /** Who to name in messages: `Feature 3 (properties.name "Front line")`, `The geometry`, … */
  label: string;
  /** False when coordinates live elsewhere (TopoJSON arcs): paths stop at the geometry. */
  exactPaths: boolean;
}

/** Everything RFC 7946 allows, unrounded, with generous limits. */
export const defaultOptions: GeometryReadOptions = {
  types: GEOMETRY_TYPES,
  altitude: true,
  maxPositions: 1_000_000,
  maxRings: Infinity,
  nonEmpty: false,
  round: null,
  maxProblems: 100,
  maxDepth: 16,
  bbox: true,
  label: 'The geometry',
  exactPaths: true,
};

export interface GeometryReadResult {
  /** The clean geometry, or null when any problem was found. */
  value: Geometry | null;
  problems: ReadProblem[];
  /** Valid positions seen (also in a geometry with problems elsewhere). */
  positions: number;
  /** [west, south, east, north] of the valid positions seen, or null for none. */
  bounds: [number, number, number, number] | null;
}

/** `true` for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Quotes a value from the file for a message: short, and always plain text. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing';
  else if (Array.isArray(value)) text = `a list of ${value.length}`;
  else if (value === null) text = 'null';
  else if (typeof value === 'object') text = 'an object';
  else text = String(value);
  return text.length > 42 ? `${text.slice(0, 40)}…${text.startsWith('"') ? '"' : ''}` : text;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Thrown inside the reader to stop early; caught before it returns. */
class Stop extends Error {}

/** One read: options, problems so far and the positions counted. */
class Reading {
  readonly problems: ReadProblem[] = [];
  positions = 0;
  west = Infinity;
  south = Infinity;
  east = -Infinity;
  north = -Infinity;

  constructor(
    readonly options: GeometryReadOptions,
    /** Changes while reading the members of a GeometryCollection. */
    public label: string,
  ) {}

  sub(path: string, suffix: string): string {
    return this.options.exactPaths ? path + suffix : path;
  }

  report(code: ReadProblemCode, where: string, problem: string, path: string): void {
    const end = /[.?]$/.test(problem) ? '' : '.';
    this.push({ path, code, message: `${this.label}: ${where} ${problem}${end}` });
  }

  push(problem: ReadProblem): void {
    this.problems.push(problem);
    if (this.problems.length >= this.options.maxProblems) {
      this.problems.push({
        path: '$',
        code: 'too-many-problems',
        message: `Reading stopped after ${this.options.maxProblems} problems.`,
      });
      throw new Stop();
    }
  }

  count(lng: number, lat: number, path: string): void {
    this.positions++;
    if (lng < this.west) this.west = lng;
    if (lng > this.east) this.east = lng;
    if (lat < this.south) this.south = lat;
    if (lat > this.north) this.north = lat;
    if (this.positions > this.options.maxPositions) {
      this.problems.push({
        path,
        code: 'too-many-positions',
        message: `${this.label}: has more than ${this.options.maxPositions.toLocaleString('en')} positions.`,
      });
      throw new Stop();
    }
  }
}

/** Why a value is not a usable [longitude, latitude(, altitude)] position, or null if it is. */
function positionProblem(value: unknown, altitude: boolean): string | null {
  if (!Array.isArray(value)) {
    return `is ${quote(value)} where a position [longitude, latitude] is expected`;
  }
  for (const element of value as unknown[]) {
    if (typeof element !== 'number') {
      const kind = typeof element === 'string' ? ' (text)' : '';
      return `has ${quote(element)}${kind} where a number is expected`;
    }
  }
  if (value.length < 2 || value.length > (altitude ? 3 : 2)) {
    const needs = altitude
      ? '2 (longitude, latitude) or 3 (with altitude)'
      : '2 (longitude, latitude)';
    return `has ${plural(value.length, 'number')}; a position needs ${needs}`;
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

function readPosition(r: Reading, value: unknown, where: string, path: string): Position | null {
  const problem = positionProblem(value, r.options.altitude);
  if (problem !== null) {
    r.report('position', where, problem, path);
    return null;
  }
  const position = value as Position;
  r.count(position[0] as number, position[1] as number, path);
  const round = r.options.round;
  return round ? position.map(round) : position;
}

/**
 * Reads a list of positions. `prefix` names each position ("line 2, " or "polygon ring 0, ");
 * `noun` names the list in a count message ("the line", "polygon ring 0").
 */
function readPositionList(
  r: Reading,
  value: unknown,
  minCount: number,
  noun: string,
  prefix: string,
  path: string,
): Position[] | null {
  if (!Array.isArray(value)) {
    r.report('not-list', noun, `is ${quote(value)} where a list of positions is expected`, path);
    return null;
  }
  const out: Position[] = [];
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const position = readPosition(r, value[i], `${prefix}position ${i}`, r.sub(path, `[${i}]`));
    if (position) out.push(position);
    else ok = false;
  }
  if (ok && value.length < minCount) {
    const need =
      minCount === 4
        ? 'a closed ring needs at least 4 (the first repeated at the end)'
        : `it needs at least ${minCount}`;
    const code = minCount === 1 ? 'empty' : 'too-few-positions';
    r.report(code, noun, `has ${plural(value.length, 'position')}; ${need}`, path);
    return null;
  }
  if (!ok) return null;
  return r.options.round ? out : (value as Position[]);
}

function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** Reads one linear ring: at least 4 valid positions, first and last the same (as kept). */
function readRing(r: Reading, value: unknown, noun: string, path: string): Position[] | null {
  const ring = readPositionList(r, value, 4, noun, `${noun}, `, path);
  if (!ring) return null;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && !samePosition(first, last)) {
    r.report('ring-not-closed', noun, 'is not closed — its first and last positions differ', path);
    return null;
  }
  return ring;
}

/** Reads a list with `each`; all items must read. `min` items at least (0 or 1). */
function readList<T>(
  r: Reading,
  value: unknown,
  noun: string,
  path: string,
  min: number,
  each: (item: unknown, index: number, itemPath: string) => T | null,
): T[] | null {
  if (!Array.isArray(value)) {
    r.report('not-list', noun, `is ${quote(value)} where a list is expected`, path);
    return null;
  }
  if (value.length < min) {
    r.report('empty', noun, 'is an empty list; it needs at least one member', path);
    return null;
  }
  const out: T[] = [];
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const item = each(value[i], i, r.sub(path, `[${i}]`));
    if (item === null) ok = false;
    else out.push(item);
  }
  return ok ? out : null;
}

function readPolygon(r: Reading, value: unknown, noun: string, path: string): Position[][] | null {
  const polygon = noun === 'its coordinates' ? 'the polygon' : noun;
  if (Array.isArray(value) && value.length === 0) {
    r.report('no-rings', polygon, 'has no rings; a polygon needs an outer ring', path);
    return null;
  }
  const maxRings = r.options.maxRings;
  if (Array.isArray(value) && value.length > maxRings) {
    const problem = `has ${plural(value.length, 'ring')}; at most ${plural(maxRings, 'ring')} is accepted here`;
    r.report('too-many-rings', polygon, problem, path);
    return null;
  }
  const ringNoun = noun === 'its coordinates' ? 'polygon ring' : `${noun}, ring`;
  return readList(r, value, noun, path, 0, (ring, i, ringPath) =>
    readRing(r, ring, `${ringNoun} ${i}`, ringPath),
  );
}

function readCoordinates(r: Reading, type: CoordinatesType, value: unknown, path: string): unknown {
  const noun = 'its coordinates';
  const min = r.options.nonEmpty ? 1 : 0;
  switch (type) {
    case 'Point':
      return readPosition(r, value, 'its position', path);
    case 'MultiPoint':
      return readPositionList(r, value, min, noun, 'point ', path);
    case 'LineString':
      return readPositionList(r, value, 2, 'the line', 'line ', path);
    case 'MultiLineString':
      return readList(r, value, noun, path, min, (line, i, linePath) =>
        readPositionList(r, line, 2, `line ${i}`, `line ${i}, `, linePath),
      );
    case 'Polygon':
      return readPolygon(r, value, noun, path);
    case 'MultiPolygon':
      return readList(r, value, noun, path, min, (polygon, i, polygonPath) =>
        readPolygon(r, polygon, `polygon ${i}`, polygonPath),
      );
  }
}

function checkBboxMember(r: Reading, owner: Record<string, unknown>, path: string): void {
  if (!('bbox' in owner)) return;
  const bbox = owner.bbox;
  const ok =
    Array.isArray(bbox) &&
    (bbox.length === 4 || bbox.length === 6) &&
    bbox.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!ok)
    r.report('bbox', 'its "bbox"', 'is not a list of 4 (or 6) numbers', r.sub(path, '.bbox'));
}

function readAny(r: Reading, value: unknown, path: string, depth: number): Geometry | null {
  if (!isObject(value)) {
    r.report(
      'not-object',
      'its geometry',
      `is ${quote(value)} where a geometry object is expected`,
      path,
    );
    return null;
  }
  const type = value.type;
  const allowed = r.options.types;
  if (!allowed.includes(type as GeometryType)) {
    const problem = `has type ${quote(type)}; expected one of ${allowed.join(', ')}`;
    r.report('type', 'its geometry', problem, r.sub(path, '.type'));
    return null;
  }
  if (r.options.bbox) checkBboxMember(r, value, path);
  if (type === 'GeometryCollection') {
    if (depth >= r.options.maxDepth) {
      const problem = `nests geometry collections more than ${r.options.maxDepth} deep`;
      r.report('too-deep', 'its geometry', problem, path);
      return null;
    }
    const geometries = readList(
      r,
      value.geometries,
      'its "geometries"',
      r.sub(path, '.geometries'),
      0,
      (member, i, memberPath) => {
        const label = r.label;
        r.label = `${label}, geometry ${i}`;
        try {
          return readAny(r, member, memberPath, depth + 1);
        } finally {
          r.label = label;
        }
      },
    );
    return geometries ? { type, geometries } : null;
  }
  const coordinatesType = type as CoordinatesType;
  if (!('coordinates' in value)) {
    r.report('no-coordinates', `its ${coordinatesType}`, 'has no "coordinates" member', path);
    return null;
  }
  const coordinates = readCoordinates(
    r,
    coordinatesType,
    value.coordinates,
    r.sub(path, '.coordinates'),
  );
  return coordinates === null ? null : ({ type: coordinatesType, coordinates } as Geometry);
}

function result(r: Reading, value: Geometry | null): GeometryReadResult {
  const bounds: GeometryReadResult['bounds'] =
    r.positions === 0 ? null : [r.west, r.south, r.east, r.north];
  return {
    value: r.problems.length > 0 ? null : value,
    problems: r.problems,
    positions: r.positions,
    bounds,
  };
}

/**
 * Reads one GeoJSON geometry from untrusted input.
 *
 * @param value - any JSON value (the `geometry` member of a feature, or a bare geometry)
 * @param options - what the caller allows; missing fields take {@link defaultOptions}
 * @param path - JSONPath of the value, for the problems' paths
 * @returns the clean geometry (null when any problem was found), the problems, and the count
 *   and bounds of the valid positions seen
 */
export function readGeometry(
  value: unknown,
  options: Partial<GeometryReadOptions> = {},
  path = '$',
): GeometryReadResult {
  const full = { ...defaultOptions, ...options };
  const r = new Reading(full, full.label);
  try {
    return result(r, readAny(r, value, path, 0));
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return result(r, null);
  }
}

/**
 * Checks an optional `bbox` member of a feature or collection: 4 or 6 finite numbers.
 *
 * @param owner - the object that may hold `bbox`
 * @param options - `label` and `exactPaths` name the owner in the problem
 * @param path - JSONPath of the owner
 * @returns the problems (none or one)
 */
export function readBbox(
  owner: Record<string, unknown>,
  options: Pick<Partial<GeometryReadOptions>, 'label' | 'exactPaths'> = {},
  path = '$',
): ReadProblem[] {
  const r = new Reading(
    { ...defaultOptions, ...options, maxProblems: Infinity },
    options.label ?? defaultOptions.label,
  );
  checkBboxMember(r, owner, path);
  return r.problems;
}
