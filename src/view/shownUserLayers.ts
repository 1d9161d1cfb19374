/** The analyst's layers as the layer list, the map and the legend show them: stored and linked. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { UserLayer } from '../data/userLayers';
import { restoreLinkedLayers } from '../state/linkedLayers/restore';
import { LINKED_LAYER_LIMITS, type LinkedLayer } from '../state/linkedLayers/types';
import { encodeLinkedLayers } from '../state/url/linkedLayersKey';

export interface ShownUserLayer {
  /** Storage key; the layer id is `user:<key>`. */
  id: string;
  /** Plain text; render as text. */
  name: string;
  collection: FeatureCollection<Geometry | null>;
  features: number;
  /** Kept in this browser (imported here); false for a layer only the link carries. */
  stored: boolean;
  /** Carried in the link (`lyr=`). */
  inLink: boolean;
  /**
   * For a stored layer not in the link: about how many characters putting it in would add
   * (`&lyr=…` alone; with other layers in the link it compresses a little better). Null when
   * it cannot go: more features than a link carries, or none with a location.
   */
  linkCost: number | null;
}

const costs = new WeakMap<object, number | null>();

/**
 * About how many characters a layer adds to a link (cached per collection).
 * @param layer - a stored layer
 * @returns characters of `&lyr=…` for this layer alone, or null when it cannot go in a link
 */
export function linkCostOf(layer: UserLayer): number | null {
  const cached = costs.get(layer.collection);
  if (cached !== undefined) return cached;
  let cost: number | null = null;
  if (layer.stats.features <= LINKED_LAYER_LIMITS.features) {
    const restored = restoreLinkedLayers([
      {
        type: 'FeatureCollection',
        id: layer.id,
        name: layer.name,
        features: layer.collection.features,
      },
    ]);
    if (restored && restored.layers.length === 1) {
      cost = `&lyr=${encodeLinkedLayers(restored.layers)}`.length;
    }
  }
  costs.set(layer.collection, cost);
  return cost;
}

/**
 * Imported layers, then the layers only the link carries. A layer both stored and linked (the
 * sender's own, or one the recipient also has) is shown once, from storage.
 * @param stored - layers kept in this browser
 * @param linked - layers carried in the link
 * @returns one entry per layer key
 * @example shownUserLayers([], state.lyr).map((layer) => layer.name)
 */
export function shownUserLayers(
  stored: readonly UserLayer[],
  linked: readonly LinkedLayer[],
): ShownUserLayer[] {
  const linkedKeys = new Set(linked.map((layer) => layer.key));
  const storedKeys = new Set(stored.map((layer) => layer.id));
  return [
    ...stored.map((layer) => ({
      id: layer.id,
      name: layer.name,
      collection: layer.collection,
      features: layer.stats.features,
      stored: true,
      inLink: linkedKeys.has(layer.id),
      linkCost: linkedKeys.has(layer.id) ? null : linkCostOf(layer),
    })),
    ...linked
      .filter((layer) => !storedKeys.has(layer.key))
      .map((layer) => ({
        id: layer.key,
        name: layer.name,
        collection: { type: 'FeatureCollection' as const, features: layer.features },
        features: layer.features.length,
        stored: false,
        inLink: true,
        linkCost: null,
      })),
  ];
}
