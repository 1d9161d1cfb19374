/**
 * "Include in link": whether an imported layer can go in the link, and what the link then
 * holds. Loaded when the analyst first presses the button (outside the initial script).
 */
import type { UserLayer } from '../../data/userLayers';
import { restoreLinkedLayers } from '../../state/linkedLayers/restore';
import { LINKED_LAYER_LIMITS, type LinkedLayer } from '../../state/linkedLayers/types';
import { LINK_BUDGET } from '../../state/url';
import { describeChanges } from '../../state/url/linkedLayersKey';
import type { ViewState } from '../../state/viewState';
import { downloadBlob } from '../../ui/download';
import { shareLinks } from '../export/shareLinks';

export type Inclusion =
  | {
      ok: true;
      /** The link's layers with this one (last, or in its old place). */
      lyr: LinkedLayer[];
      /** Characters of the shared link with it. */
      length: number;
      /** What the link leaves out of the layer, in words ('' when nothing). */
      changes: string;
    }
  | { ok: false; why: string };

const formatCount = (n: number) => n.toLocaleString('en-GB');

/**
 * Plans putting a stored layer in the link, through the same restore the recipient's link reader
 * uses, so what the sender is told is what the recipient gets.
 * @param layer - the imported layer
 * @param state - the view state now
 * @param asOf - the effective as-of date (the shared link carries it)
 * @param pageUrl - the page's address
 * @returns the new `lyr` and the link length, or why the layer cannot go
 */
export function planInclusion(
  layer: UserLayer,
  state: ViewState,
  asOf: string,
  pageUrl: string,
): Inclusion {
  const others = state.lyr.filter((linked) => linked.key !== layer.id);
  const carried = others.reduce((sum, linked) => sum + linked.features.length, 0);
  const { features, layers } = LINKED_LAYER_LIMITS;
  if (layer.stats.features + carried > features) {
    const already = carried ? ` (${formatCount(carried)} more are in the link already)` : '';
    return {
      ok: false,
      why: `a link carries at most ${features} features, and this layer has ${formatCount(layer.stats.features)}${already}`,
    };
  }
  if (others.length >= layers) return { ok: false, why: `a link carries at most ${layers} layers` };
  const restored = restoreLinkedLayers([
    {
      type: 'FeatureCollection',
      id: layer.id,
      name: layer.name,
      features: layer.collection.features,
    },
  ]);
  const linked = restored?.layers[0];
  if (!restored || !linked) {
    return { ok: false, why: 'none of its features has a location a link can hold' };
  }
  const lyr = [...others, linked];
  const length = shareLinks({ ...state, lyr }, asOf, pageUrl).link.length;
  if (length > LINK_BUDGET) {
    return {
      ok: false,
      why: `the link would be ${formatCount(length)} characters, over the ${formatCount(LINK_BUDGET)} a link may have`,
    };
  }
  return { ok: true, lyr, length, changes: describeChanges(restored.counts) };
}

/**
 * Saves an imported layer as `<name>.geojson` (what the analyst can send instead of a link).
 * @param layer - the layer
 */
export function downloadLayerFile(layer: UserLayer): void {
  const text = `${JSON.stringify(layer.collection)}\n`;
  const name = layer.id.replace(/-[0-9a-f]{8}$/, '') || 'layer';
  downloadBlob(`${name}.geojson`, new Blob([text], { type: 'application/geo+json' }));
}
