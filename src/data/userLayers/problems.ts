import type { BBox } from '../../geo/types';
import type { ValidationError } from './types';

/** Thrown by {@link Problems.add} when the list is full, to stop validation early. */
export class TooManyProblems extends Error {}

/** Collects validation errors up to a cap, and counts what was seen along the way. */
export class Problems {
  readonly errors: ValidationError[] = [];
  vertices = 0;
  west = Infinity;
  south = Infinity;
  east = -Infinity;
  north = -Infinity;

  constructor(
    private readonly maxErrors: number,
    private readonly maxVertices: number,
  ) {}

  /** Records a problem; throws {@link TooManyProblems} once the cap is reached. */
  add(message: string, path: string): void {
    this.errors.push({ message, path });
    if (this.errors.length >= this.maxErrors) {
      this.errors.push({
        message: `Validation stopped after ${this.maxErrors} problems; fix these and import the file again.`,
        path: '$',
      });
      throw new TooManyProblems();
    }
  }

  /** Problems that may still be recorded before validation stops. */
  problemsLeft(): number {
    return this.maxErrors - this.errors.length;
  }

  /** Positions that may still be counted before the file is over its limit. */
  positionsLeft(): number {
    return this.maxVertices - this.vertices;
  }

  /**
   * Counts valid positions into the vertex total and the bounding box.
   * @param count - positions read (one past {@link positionsLeft} when over the limit)
   * @param bounds - their [west, south, east, north], or null for none
   */
  countPositions(count: number, bounds: readonly number[] | null): void {
    this.vertices += count;
    if (!bounds) return;
    const [west = Infinity, south = Infinity, east = -Infinity, north = -Infinity] = bounds;
    this.west = Math.min(this.west, west);
    this.south = Math.min(this.south, south);
    this.east = Math.max(this.east, east);
    this.north = Math.max(this.north, north);
  }

  /** Records that the file has more positions than one layer may hold, and stops. */
  overVertexLimit(path: string): never {
    this.add(
      `The file has more than ${this.maxVertices.toLocaleString('en')} positions, the most ` +
        'one layer may hold. Simplify the geometry (for example with mapshaper) and import it again.',
      path,
    );
    throw new TooManyProblems();
  }

  bbox(): BBox | null {
    return this.vertices === 0 ? null : [this.west, this.south, this.east, this.north];
  }
}

export { isObject, quote } from '../geojsonReader';
