/** The analyst's layers as the layer list, the map and the legend show them: stored and linked. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { UserLayer } from '../data/userLayers';
import type { LinkedLayer } from '../state/linkedLayers/types';

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
      })),
  ];
}
