/**
 * A link value that holds compressed JSON behind a format version: `<version>.<base64url>`
 * (`ann=1.…`, `lyr=1.…`). One place for the guards every such value needs, so each key only
 * checks what its JSON means: a length cap read before anything else, the version, base64url,
 * inflating stopped at a cap (a decompression bomb), UTF-8 and JSON (see compressedJson.ts).
 */
import { readCompressedJson, writeCompressedJson } from './compressedJson.ts';

const VERSION = '1.';
/** A longer value is refused unread (the whole link's budget is 8,000 characters). */
export const MAX_VALUE_LENGTH = 8000;
/** The JSON may inflate to at most this many bytes (about 40× what 8,000 characters hold). */
export const MAX_INFLATED_BYTES = 256 * 1024;

export type VersionedRead = { ok: true; json: unknown } | { ok: false; reason: string };

/**
 * Writes a JSON value as `1.<base64url>`.
 * @param value - any JSON-serialisable value
 * @returns the link value
 */
export function writeVersionedValue(value: unknown): string {
  return VERSION + writeCompressedJson(value);
}

/**
 * A writer of a list key (`ann=`, `lyr=`): '' for an empty list, else `writeVersionedValue` of
 * its JSON, cached per array, since the link codec runs on every map move and the list is
 * the same array until it changes.
 * @param toJson - the list as the JSON value to write
 * @returns the writer
 */
export function cachedListWriter<T>(
  toJson: (items: readonly T[]) => unknown,
): (items: readonly T[]) => string {
  const written = new WeakMap<readonly T[], string>();
  return (items) => {
    if (items.length === 0) return '';
    const cached = written.get(items);
    if (cached !== undefined) return cached;
    const value = writeVersionedValue(toJson(items));
    written.set(items, value);
    return value;
  };
}

/**
 * Reads what `writeVersionedValue` wrote; never throws.
 * @param raw - the percent-decoded value, not empty
 * @param noun - what the value holds, for the reasons: 'annotations', 'linked layers'
 * @param format - the reason for a wrong or missing version: 'unknown annotation format'
 * @returns the parsed JSON, or why it was refused, in words for a notice
 */
export function readVersionedValue(raw: string, noun: string, format: string): VersionedRead {
  if (raw.length > MAX_VALUE_LENGTH) {
    return { ok: false, reason: `${noun} longer than ${MAX_VALUE_LENGTH} characters` };
  }
  if (!raw.startsWith(VERSION)) return { ok: false, reason: format };
  const read = readCompressedJson(raw.slice(VERSION.length), MAX_INFLATED_BYTES);
  if (!read.ok) return { ok: false, reason: `${noun} ${read.reason}` };
  return { ok: true, json: read.value };
}

/**
 * Counts in words: `plural(2, 'shape', 'shapes')` → '2 shapes'.
 * @param count - how many
 * @param one - the word for one
 * @param many - the word for several
 * @returns the count and the word
 */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
