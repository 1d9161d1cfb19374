// Building a UserLayer from a validated collection: a safe display name and a stable id.
import type { LayerStats, UserCollection, UserLayer } from './types';

/** Longest layer name kept, in characters (code points). */
export const MAX_LAYER_NAME_LENGTH = 80;

const LAYER_FILE_EXTENSION = /\.(geo\.?json|topo\.?json|topojson|json)$/i;
// C0 and C1 control characters (tabs and newlines included) cannot be shown in a one-line name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * Makes a display name from a file name or an analyst's rename: the extension dropped, control
 * characters turned into spaces, trimmed, and cut to {@link MAX_LAYER_NAME_LENGTH}. Nothing is
 * escaped or stripped as HTML: the name is plain text and must be rendered as text.
 *
 * @param raw - a file name such as `front line 27-02.geojson`, or a new name
 * @returns the name, or `Imported layer` when nothing is left
 */
export function sanitizeLayerName(raw: string): string {
  const name = raw.replace(LAYER_FILE_EXTENSION, '').replace(CONTROL_CHARACTERS, ' ').trim();
  const characters = Array.from(name);
  const cut =
    characters.length > MAX_LAYER_NAME_LENGTH
      ? `${characters
          .slice(0, MAX_LAYER_NAME_LENGTH - 1)
          .join('')
          .trimEnd()}…`
      : name;
  return cut === '' ? 'Imported layer' : cut;
}

/**
 * Makes a layer id: a slug of the name (ASCII letters and digits, accents dropped) and a random
 * suffix, matching `[a-z0-9-]{1,40}`.
 *
 * @param name - the layer name
 * @returns an id such as `front-line-27-02-3f9a1c2e`
 */
export function layerIdFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 31)
    .replace(/-+$/, '');
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  const suffix = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${slug || 'layer'}-${suffix}`;
}

/**
 * Wraps a validated collection as a new, visible user layer named after its file.
 *
 * @param fileName - the imported file's name
 * @param collection - the validated collection
 * @param stats - its counts and bounding box
 * @param now - the import time (for tests)
 * @returns the layer, ready to store and draw
 */
export function makeUserLayer(
  fileName: string,
  collection: UserCollection,
  stats: LayerStats,
  now: Date = new Date(),
): UserLayer {
  const name = sanitizeLayerName(fileName);
  return {
    id: layerIdFromName(name),
    name,
    visible: true,
    createdAt: now.toISOString(),
    collection,
    stats,
  };
}
