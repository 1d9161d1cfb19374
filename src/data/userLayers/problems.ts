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

  /** Counts one valid position into the vertex total and the bounding box. */
  countPosition(lng: number, lat: number, path: string): void {
    this.vertices++;
    if (lng < this.west) this.west = lng;
    if (lng > this.east) this.east = lng;
    if (lat < this.south) this.south = lat;
    if (lat > this.north) this.north = lat;
    if (this.vertices === this.maxVertices + 1) {
      this.add(
        `The file has more than ${this.maxVertices.toLocaleString('en')} positions, the most ` +
          'one layer may hold. Simplify the geometry (for example with mapshaper) and import it again.',
        path,
      );
      throw new TooManyProblems();
    }
  }

  bbox(): BBox | null {
    return this.vertices === 0 ? null : [this.west, this.south, this.east, this.north];
  }
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

/** `true` for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
