import { canonicalLayers, isLayerId } from '../viewState.ts';
import type { ViewState } from '../viewState.ts';
import { normalizeAnnotations } from '../annotations/normalize.ts';
import { normalizeLinkedLayers } from '../linkedLayers/restore.ts';
import { normalizeViewport } from './mapViewport.ts';

/**
 * Brings a view state into the form a link holds, so that
 * `parseViewState(encodeViewState(s)).state` equals `s` for data-valid states: map
 * coordinates rounded to the precision the zoom needs (zoom to one decimal, clamped to
 * 2–18; latitude clamped to ±85.0511; longitude wrapped into [-180, 180)), a viewport
 * with non-finite numbers dropped (null), layers de-duplicated, malformed ones dropped,
 * and put in canonical order; annotations and linked layers rounded to 5 decimals, notes and values cleaned. Ids and dates are not checked here (that needs the data:
 * see `isValidViewState`). Call it on the state you keep, e.g. after every map move.
 * @param state - any view state
 * @returns a new, normalised state (the input is not changed)
 */
export function normalizeViewState(state: ViewState): ViewState {
  return {
    map: state.map === null ? null : normalizeViewport(state.map),
    area: state.area,
    layers: canonicalLayers(state.layers.filter((id) => isLayerId(id))),
    asof: state.asof,
    since: state.since,
    claim: state.claim,
    sort: { key: state.sort.key, dir: state.sort.dir },
    tab: state.tab,
    embed: state.embed,
    ann: normalizeAnnotations(state.ann),
    lyr: normalizeLinkedLayers(state.lyr),
  };
}
