/** What the link codec checks ids and dates against: the loaded data and this browser's layers. */
import type { Dataset } from '../data/dataset';
import type { ParseContext } from '../state/url';
import { dateRange } from './timeline';

/**
 * The parse context of the link.
 * @param ds - the dataset
 * @param userLayerIds - imported layers present in this browser now (`user:…`); it must follow
 *   imports and removals, or Back after an import would drop the layer as unknown. Undefined
 *   while they are still being read: every well-formed `user:` id is kept for now
 * @returns area and claim ids, the date range, the layer ids
 */
export function linkParseContext(
  ds: Dataset,
  userLayerIds: ReadonlySet<string> | undefined,
): ParseContext {
  const range = dateRange(ds);
  return {
    areaIds: new Set(ds.areas.map((area) => area.id)),
    claimIds: new Set(ds.claims.map((claim) => claim.id)),
    minDate: range.min,
    maxDate: range.max,
    ...(userLayerIds ? { userLayerIds } : {}),
  };
}
