import { useCallback } from 'react';
import { userLayerId } from '../../data/layerIds';
import type { UserLayer } from '../../data/userLayers';
import { sanitizeLayerName } from '../../data/userLayers/layer';
import { cleanLayerName } from '../../state/linkedLayers/restore';
import { LINK_BUDGET, loadCompression } from '../../state/url';
import { canonicalLayers, type ViewState } from '../../state/viewState';
import type { Notice } from '../../ui/Notices';
import type { WriteMode } from '../useLinkState';

export interface LinkedLayersApi {
  /** Puts a stored layer in the link, or says why it cannot go (too big → a .geojson offer). */
  include: (layer: UserLayer) => void;
  /** Takes a layer out of the link; a layer only the link carried disappears with it. */
  exclude: (key: string, stored: boolean) => void;
  /** Follows a rename of a layer the link carries (the link keeps the name it is shown under). */
  rename: (key: string, name: string) => void;
}

/**
 * Imported layers in the link (`lyr=`): each change is one history entry (push); putting a
 * layer in is refused when the shared link would pass `LINK_BUDGET` characters or the layer
 * has more features than a link carries, with a notice offering the layer as a .geojson file.
 */
export function useLinkedLayers(
  state: ViewState,
  asOf: string,
  update: (change: (state: ViewState) => ViewState, mode: WriteMode) => void,
  show: (notice: Notice) => void,
): LinkedLayersApi {
  const include = useCallback(
    (layer: UserLayer) =>
      // With the link codec's fflate: the plan writes the layer compressed.
      void Promise.all([import('./includeLayer'), loadCompression()]).then(([module]) => {
        const { planInclusion, downloadLayerFile } = module;
        const plan = planInclusion(layer, state, asOf, window.location.href);
        if (!plan.ok) {
          show({
            id: 'linked-layer',
            tone: 'error',
            text: `“${layer.name}” was not put in the link: ${plan.why}. Download it as a .geojson file to share it instead.`,
            action: { label: 'Download .geojson', run: () => downloadLayerFile(layer) },
          });
          return;
        }
        const id = userLayerId(layer.id);
        update(
          (s) => ({ ...s, lyr: plan.lyr, layers: canonicalLayers([...s.layers, id]) }),
          'push',
        );
        const size = `${plan.length.toLocaleString('en-GB')} of ${LINK_BUDGET.toLocaleString('en-GB')}`;
        show({
          id: 'linked-layer',
          tone: 'info',
          text: `“${layer.name}” is in the link (${size} characters)${plan.changes ? `; ${plan.changes}` : ''}.`,
        });
      }),
    [state, asOf, update, show],
  );

  const exclude = useCallback(
    (key: string, stored: boolean) =>
      update((s) => {
        const lyr = s.lyr.filter((layer) => layer.key !== key);
        if (lyr.length === s.lyr.length) return s;
        const id = userLayerId(key);
        return { ...s, lyr, layers: stored ? s.layers : s.layers.filter((l) => l !== id) };
      }, 'push'),
    [update],
  );

  const rename = useCallback(
    (key: string, name: string) =>
      update((s) => {
        // The name the stored layer gets (useUserLayers), in the form a link holds.
        const clean = cleanLayerName(sanitizeLayerName(name));
        if (clean === '' || !s.lyr.some((layer) => layer.key === key)) return s;
        const lyr = s.lyr.map((layer) => (layer.key === key ? { ...layer, name: clean } : layer));
        return { ...s, lyr };
      }, 'replace'),
    [update],
  );

  return { include, exclude, rename };
}
