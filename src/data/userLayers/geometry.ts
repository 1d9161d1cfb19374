// RFC 7946 geometry checks of an imported layer, through the one reader of untrusted GeoJSON
// (data/geojsonReader.ts): every type, altitude allowed, coordinates kept as written. This
// module only carries the reader's problems into the file's problem list and vertex count.
import type { Geometry } from 'geojson';
import { readBbox, readGeometry, type ReadProblem } from '../geojsonReader';
import type { Problems } from './problems';

export { GEOMETRY_TYPES } from '../geojsonReader';

/** Where a geometry sits: who to name in messages and whether coordinate paths are exact. */
export interface GeometryPlace {
  problems: Problems;
  /** `Feature 3 (properties.name "Front line")`, `The geometry`, … */
  label: string;
  /** False for TopoJSON, whose coordinates live in shared arcs: paths stop at the feature. */
  exactPaths: boolean;
}

/** Adds the reader's problems; {@link Problems} stops validation at its caps. */
function carry(problems: Problems, found: readonly ReadProblem[]): void {
  for (const problem of found) {
    if (problem.code === 'too-many-problems') continue;
    if (problem.code === 'too-many-positions') problems.overVertexLimit(problem.path);
    else problems.add(problem.message, problem.path);
  }
}

/** Checks an optional `bbox` member: 4 or 6 finite numbers. */
export function checkBbox(
  place: GeometryPlace,
  owner: Record<string, unknown>,
  path: string,
): void {
  carry(place.problems, readBbox(owner, place, path));
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
  const { problems } = place;
  const read = readGeometry(
    value,
    {
      label: place.label,
      exactPaths: place.exactPaths,
      maxProblems: problems.problemsLeft(),
      maxPositions: problems.positionsLeft(),
    },
    path,
  );
  problems.countPositions(read.positions, read.bounds);
  carry(problems, read.problems);
  return read.value;
}
