/**
 * Layer ids, the one place that knows their form. A built-in layer is named by a word
 * (`areas`); a layer the analyst imported is stored under a key (`front-line-2025-3fa1c2d4`)
 * and named `user:<key>` wherever layers of both kinds meet: the link's `layers=`, the layer
 * list, the map.
 */

const USER_PREFIX = 'user:';
const KEY_PATTERN = /^[a-z0-9-]{1,40}$/;

/** An imported layer's id among all layers: `user:` and its storage key. */
export type UserLayerId = `user:${string}`;

/**
 * Whether a value is a well-formed storage key of an imported layer (1–40 of `[a-z0-9-]`).
 * @param value - anything read back from storage or a link
 * @returns true for a key such as 'front-line-2025-3fa1c2d4'
 */
export function isUserLayerKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

/**
 * The layer id of an imported layer.
 * @param key - its storage key
 * @returns `user:<key>`
 */
export function userLayerId(key: string): UserLayerId {
  return `${USER_PREFIX}${key}`;
}

/**
 * The storage key inside a layer id.
 * @param id - any layer id
 * @returns the key of a well-formed `user:<key>` id; null for a built-in or malformed id
 */
export function userLayerKey(id: string): string | null {
  if (!id.startsWith(USER_PREFIX)) return null;
  const key = id.slice(USER_PREFIX.length);
  return isUserLayerKey(key) ? key : null;
}
