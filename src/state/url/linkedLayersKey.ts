/**
 * The `lyr=` link value: small imported layers the analyst put in the link, as a list of
 * GeoJSON FeatureCollections (each with its layer's `id` and `name`), compressed behind a
 * version prefix like `ann=`: `lyr=1.<base64url>`. Parsing keeps every valid layer and feature
 * and reports, in one notice, what it left out.
 */
import {
  linkedLayersToJson,
  restoreLinkedLayers,
  type RestoreCounts,
} from '../linkedLayers/restore.ts';
import { LINKED_LAYER_LIMITS, type LinkedLayer } from '../linkedLayers/types.ts';
import type { FieldResult } from './fieldResult.ts';
import { cachedListWriter, plural, readVersionedValue } from './versionedValue.ts';

/**
 * Writes `lyr=` (cached per array: the codec runs on every map move).
 * @param layers - the linked layers; [] gives ''
 * @returns '1.' plus base64url, or '' when there is none
 */
export const encodeLinkedLayers: (layers: readonly LinkedLayer[]) => string =
  cachedListWriter(linkedLayersToJson);

/**
 * Reads `lyr=`; never throws. Unusable as a whole (bad version, bad base64, a bomb, not JSON,
 * not a list, no valid layer) → rejected; otherwise the valid layers are kept and `dropped`
 * words what was left out or changed.
 * @param raw - the decoded value
 * @returns the layers, or why they were rejected
 */
export function parseLinkedLayers(raw: string): FieldResult<LinkedLayer[]> {
  if (raw === '') return { ok: true, value: [] };
  const read = readVersionedValue(raw, 'linked layers', 'unknown linked layer format');
  if (!read.ok) return read;
  const restored = restoreLinkedLayers(read.json);
  if (!restored) return { ok: false, reason: 'linked layers are not a list of GeoJSON layers' };
  const { layers, counts } = restored;
  if (layers.length === 0 && counts.invalidLayers + counts.layersOverLimit > 0) {
    return { ok: false, reason: 'no valid linked layer' };
  }
  const notes = describeChanges(counts);
  if (notes === '') return { ok: true, value: layers };
  return { ok: true, value: layers, dropped: { value: '', reason: notes } };
}

/**
 * Words what restoring left out or changed, for a notice (and for the sender's message).
 * @param counts - from `restoreLinkedLayers`
 * @returns e.g. '2 invalid features dropped; 1 value holds markup, shown as plain text'; ''
 */
export function describeChanges(counts: RestoreCounts): string {
  const { layers, features, properties } = LINKED_LAYER_LIMITS;
  const notes: string[] = [];
  if (counts.invalidLayers) {
    notes.push(`${plural(counts.invalidLayers, 'invalid layer', 'invalid layers')} dropped`);
  }
  if (counts.layersOverLimit) {
    notes.push(
      `${plural(counts.layersOverLimit, 'layer', 'layers')} past the first ${layers} dropped`,
    );
  }
  if (counts.invalidFeatures) {
    notes.push(`${plural(counts.invalidFeatures, 'invalid feature', 'invalid features')} dropped`);
  }
  if (counts.featuresOverLimit) {
    notes.push(
      `${plural(counts.featuresOverLimit, 'feature', 'features')} past the first ${features} dropped`,
    );
  }
  if (counts.propertiesDropped) {
    notes.push(
      `${plural(counts.propertiesDropped, 'property', 'properties')} left out (a feature keeps up to ${properties} plain values)`,
    );
  }
  if (counts.valuesCut) {
    notes.push(
      `${plural(counts.valuesCut, 'text', 'texts')} cut short or cleaned of control characters`,
    );
  }
  if (counts.valuesWithMarkup) {
    notes.push(
      `${plural(counts.valuesWithMarkup, 'value holds', 'values hold')} markup, shown as plain text`,
    );
  }
  return notes.join('; ');
}
