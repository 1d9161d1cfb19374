import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import { userLayerId } from '../data/layerIds';
import type { UserLayer } from '../data/userLayers';
import type { ParseContext } from '../state/url';
import { linkParseContext } from '../view/linkContext';

/**
 * The link's parse context: null until the data is known (the codec checks area and figure ids
 * against it). Until this browser's imported layers have been read from storage (which can take
 * seconds on a cold start) the context has no `userLayerIds`, so the link applies at once,
 * keeping every well-formed `user:` id for now; `useLinkState` checks them again when the
 * layers arrive. The layer ids follow imports and removals, so Back/Forward and hand edits
 * keep a layer imported after the page opened.
 * @param dataset - the dataset
 * @param layers - the imported layers, or null while they are read from storage
 * @returns the context, or null while the data is missing
 */
export function useLinkContext(
  dataset: Dataset | null,
  layers: readonly UserLayer[] | null,
): ParseContext | null {
  const userLayerIds = useMemo(
    () => (layers ? new Set(layers.map((layer) => userLayerId(layer.id))) : null),
    [layers],
  );
  return useMemo(
    () => (dataset ? linkParseContext(dataset, userLayerIds ?? undefined) : null),
    [dataset, userLayerIds],
  );
}
