/**
 * What parsing one link value gives: the value to use, or the reason it was rejected.
 * `dropped` reports the part of an accepted value that was left out (unknown layer ids).
 */
export type FieldResult<T> =
  | { ok: true; value: T; dropped?: { value: string; reason: string } }
  | { ok: false; reason: string };
