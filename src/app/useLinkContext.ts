import { useMemo } from 'react';
import type { Dataset } from '../data/dataset';
import { userLayerId } from '../data/layerIds';
import type { UserLayer } from '../data/userLayers';
import type { ParseContext } from '../state/url';
import type { DataApi } from './useAppData';

/**
 * The link's parse context: null until the data and this browser's imported layers are known
 * (the codec checks area, figure and layer ids against them). The layer ids follow imports
 * and removals, so Back/Forward and hand edits keep a layer imported after the page opened.
 * @param api - the lazily loaded data and view code
 * @param dataset - the dataset
 * @param layers - the imported layers, or null while they are read from storage
 * @returns the context, or null while something is missing
 */
export function useLinkContext(
  api: DataApi | null,
  dataset: Dataset | null,
  layers: readonly UserLayer[] | null,
): ParseContext | null {
  const userLayerIds = useMemo(
    () => (layers ? new Set(layers.map((layer) => userLayerId(layer.id))) : null),
    [layers],
  );
  return useMemo(
    () => (api && dataset && userLayerIds ? api.linkParseContext(dataset, userLayerIds) : null),
    [api, dataset, userLayerIds],
  );
}
