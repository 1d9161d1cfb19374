/**
 * Reads linked layers from outside input (a decoded `lyr=` value, or an imported layer being
 * put in the link): any JSON value in, layers in link form and counts of what was left out,
 * never a throw. The same function serves both directions, so what the sender is told goes in
 * the link is exactly what the recipient reads. Geometry goes through the one reader of untrusted
 * GeoJSON (data/geojsonReader.ts); text values are cleaned as the annotations' notes are.
 */
import { isUserLayerKey } from '../../data/layerIds.ts';
import {
  isObject as isRecord,
  readGeometry,
  type GeometryReadOptions,
} from '../../data/geojsonReader.ts';
import { noteHasMarkup } from '../annotations/restore.ts';
import { cleanNote, roundCoordinate } from '../annotations/types.ts';
import {
  LINKED_LAYER_LIMITS,
  type LinkedFeature,
  type LinkedGeometry,
  type LinkedLayer,
  type LinkedValue,
} from './types.ts';

export interface RestoreCounts {
  /** Layers that were not a FeatureCollection with an id and a name, or repeated an id. */
  invalidLayers: number;
  /** Layers past `LINKED_LAYER_LIMITS.layers`. */
  layersOverLimit: number;
  /** Features that were not a valid located feature (null geometry, bad coordinates…). */
  invalidFeatures: number;
  /** Features past `LINKED_LAYER_LIMITS.features` (all layers together). */
  featuresOverLimit: number;
  /** Properties left out: nested values, too many, bad names. */
  propertiesDropped: number;
  /** Text values cut or cleaned of control characters. */
  valuesCut: number;
  /** Text values (and layer names) that look like HTML; kept, shown as plain text. */
  valuesWithMarkup: number;
}

export interface RestoredLinkedLayers {
  layers: LinkedLayer[];
  counts: RestoreCounts;
}

const NORMAL = new WeakSet<readonly LinkedLayer[]>();
const NORMALIZED = new WeakMap<readonly LinkedLayer[], LinkedLayer[]>();

/** What a linked feature may hold: any coordinate type, rounded as the link keeps it. */
export const LINKED_GEOMETRY: Partial<GeometryReadOptions> = {
  types: ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
  altitude: false,
  maxPositions: LINKED_LAYER_LIMITS.positions,
  nonEmpty: true,
  round: roundCoordinate,
  maxProblems: 1,
  bbox: false,
};

function readLinkedGeometry(value: unknown): LinkedGeometry | null {
  return readGeometry(value, LINKED_GEOMETRY).value as LinkedGeometry | null;
}

// eslint-disable-next-line no-control-regex -- control characters are what a name may not hold
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Keeps plain values under clean names; counts into `counts` what it left out or changed. */
function readProperties(value: unknown, counts: RestoreCounts): Record<string, LinkedValue> {
  const out: Record<string, LinkedValue> = {};
  if (!isRecord(value)) return out;
  let kept = 0;
  for (const [name, item] of Object.entries(value)) {
    const plain =
      item === null ||
      typeof item === 'string' ||
      typeof item === 'boolean' ||
      (typeof item === 'number' && Number.isFinite(item));
    const goodName =
      name !== '' &&
      name !== '__proto__' &&
      name.length <= LINKED_LAYER_LIMITS.propertyNameLength &&
      !CONTROL.test(name);
    if (!plain || !goodName || kept >= LINKED_LAYER_LIMITS.properties) {
      counts.propertiesDropped += 1;
      continue;
    }
    let text = item;
    if (typeof item === 'string') {
      text = cleanNote(item);
      if (text !== item) counts.valuesCut += 1;
      if (noteHasMarkup(text)) counts.valuesWithMarkup += 1;
    }
    out[name] = text;
    kept += 1;
  }
  return out;
}

/**
 * Cleans a layer name: control characters become spaces, trimmed, cut to 80 characters.
 * @param raw - any text
 * @returns the name, or '' when nothing is left
 */
export function cleanLayerName(raw: string): string {
  const spaced = raw.replace(new RegExp(CONTROL.source, 'g'), ' ').trim();
  return Array.from(spaced).slice(0, LINKED_LAYER_LIMITS.nameLength).join('').trim();
}

function emptyCounts(): RestoreCounts {
  return {
    invalidLayers: 0,
    layersOverLimit: 0,
    invalidFeatures: 0,
    featuresOverLimit: 0,
    propertiesDropped: 0,
    valuesCut: 0,
    valuesWithMarkup: 0,
  };
}

/**
 * Restores linked layers from a parsed JSON value.
 * @param value - expected a list of GeoJSON FeatureCollections, each with foreign members `id`
 *   (an imported layer's key) and `name`
 * @returns the valid layers (features in order, coordinates rounded, plain properties) and counts
 *   of what was left out or changed; null when the value is not a list
 */
export function restoreLinkedLayers(value: unknown): RestoredLinkedLayers | null {
  if (!Array.isArray(value)) return null;
  const counts = emptyCounts();
  const layers: LinkedLayer[] = [];
  let features = 0;
  for (const item of value as unknown[]) {
    const name = isRecord(item) && typeof item.name === 'string' ? cleanLayerName(item.name) : '';
    if (
      !isRecord(item) ||
      item.type !== 'FeatureCollection' ||
      !Array.isArray(item.features) ||
      !isUserLayerKey(item.id) ||
      name === '' ||
      layers.some((layer) => layer.key === item.id)
    ) {
      counts.invalidLayers += 1;
      continue;
    }
    if (layers.length >= LINKED_LAYER_LIMITS.layers) {
      counts.layersOverLimit += 1;
      continue;
    }
    if (name !== item.name) counts.valuesCut += 1;
    if (noteHasMarkup(name)) counts.valuesWithMarkup += 1;
    const kept: LinkedFeature[] = [];
    for (const feature of item.features as unknown[]) {
      const geometry =
        isRecord(feature) && feature.type === 'Feature'
          ? readLinkedGeometry(feature.geometry)
          : null;
      if (!geometry || !isRecord(feature)) {
        counts.invalidFeatures += 1;
        continue;
      }
      if (features >= LINKED_LAYER_LIMITS.features) {
        counts.featuresOverLimit += 1;
        continue;
      }
      features += 1;
      kept.push({
        type: 'Feature',
        properties: readProperties(feature.properties, counts),
        geometry,
      });
    }
    if (kept.length === 0 && item.features.length > 0) {
      counts.invalidLayers += 1;
      continue;
    }
    layers.push({ key: item.id, name, features: kept });
  }
  NORMAL.add(layers);
  return { layers, counts };
}

/**
 * Writes linked layers as the JSON the link compresses: a list of FeatureCollections with
 * `id` and `name` foreign members.
 * @param layers - linked layers
 * @returns a JSON-ready value
 */
export function linkedLayersToJson(layers: readonly LinkedLayer[]) {
  return layers.map((layer) => ({
    type: 'FeatureCollection' as const,
    id: layer.key,
    name: layer.name,
    features: layer.features,
  }));
}

/**
 * Brings linked layers into link form (a no-op for arrays read by this module).
 * @param layers - linked layers
 * @returns the same array when it came from this module, else a restored copy (the same one
 *   for the same array)
 */
export function normalizeLinkedLayers(layers: LinkedLayer[]): LinkedLayer[] {
  if (layers.length === 0 || NORMAL.has(layers)) return layers;
  // Cached per array: the codec normalises the state on every map move.
  let normal = NORMALIZED.get(layers);
  if (normal === undefined) {
    normal = restoreLinkedLayers(linkedLayersToJson(layers))?.layers ?? [];
    NORMALIZED.set(layers, normal);
  }
  return normal;
}

/**
 * Tells whether linked layers are in link form: restoring them changes nothing.
 * @param layers - any value
 * @returns true when valid
 */
export function areValidLinkedLayers(layers: unknown): boolean {
  if (!Array.isArray(layers)) return false;
  if (layers.length === 0) return true;
  if (!layers.every(isRecord)) return false;
  const list = layers as unknown as LinkedLayer[];
  const restored = restoreLinkedLayers(linkedLayersToJson(list));
  if (!restored) return false;
  // Markup in a value is kept (shown as text); anything else that was changed is not link form.
  const changed = Object.entries(restored.counts).some(
    ([name, count]) => name !== 'valuesWithMarkup' && count > 0,
  );
  if (changed) return false;
  return JSON.stringify(restored.layers) === JSON.stringify(list);
}
