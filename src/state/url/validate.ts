import { userLayerKey } from '../../data/layerIds.ts';
import {
  PANEL_TABS,
  SORT_DIRECTIONS,
  SORT_KEYS,
  canonicalLayers,
  isLayerId,
  createDefaultViewState,
} from '../viewState.ts';
import type { LayerId, ViewState } from '../viewState.ts';
import { areValidAnnotations } from '../annotations/normalize.ts';
import { areValidLinkedLayers } from '../linkedLayers/restore.ts';
import type { LinkedLayer } from '../linkedLayers/types.ts';
import { parseAsOf } from './fields.ts';
import { isNormalizedViewport } from './mapViewport.ts';
import type { ParseContext } from './types.ts';

// The keys of ViewState, read from the default state so the list is never written twice.
const STATE_KEYS = Object.keys(createDefaultViewState());

/**
 * Tells whether a view state is one a link can hold for this data: exactly the keys of
 * `ViewState`; a normalised viewport (or null); a known area and claim (or null); layers
 * well-formed, unique, in canonical order (imported ones present, when the context lists
 * them, or carried by `lyr`); an as-of and a since date within the data's dates (or null); a known sort, tab and flag.
 * `parseViewState` only ever returns such states.
 * @param state - the state to check (any value is accepted at runtime)
 * @param context - ids and dates of the loaded data
 * @returns true when valid
 */
export function isValidViewState(state: ViewState, context: ParseContext): boolean {
  const keys = Object.keys(state);
  if (keys.length !== STATE_KEYS.length || !STATE_KEYS.every((key) => keys.includes(key))) {
    return false;
  }
  const { map, area, layers, asof, since, claim, sort, tab, embed, ann, lyr } = state;
  return (
    (map === null || isNormalizedViewport(map)) &&
    (area === null || context.areaIds.has(area)) &&
    areValidLinkedLayers(lyr) &&
    areValidLayers(layers, context, lyr) &&
    (asof === null || parseAsOf(asof, context).ok) &&
    (since === null || parseAsOf(since, context).ok) &&
    (claim === null || context.claimIds.has(claim)) &&
    SORT_KEYS.includes(sort.key) &&
    SORT_DIRECTIONS.includes(sort.dir) &&
    PANEL_TABS.includes(tab) &&
    typeof embed === 'boolean' &&
    areValidAnnotations(ann)
  );
}

function areValidLayers(
  layers: LayerId[],
  context: ParseContext,
  linked: readonly LinkedLayer[],
): boolean {
  if (!Array.isArray(layers)) return false;
  const linkedIds = new Set(linked.map((layer) => `user:${layer.key}`));
  const wellFormed = layers.every(
    (id) =>
      typeof id === 'string' &&
      isLayerId(id) &&
      (userLayerKey(id) === null || linkedIds.has(id) || context.userLayerIds?.has(id) !== false),
  );
  const canonical = canonicalLayers(layers);
  return (
    wellFormed && canonical.length === layers.length && canonical.every((id, i) => id === layers[i])
  );
}
