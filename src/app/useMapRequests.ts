import { useCallback, useState } from 'react';
import type { ViewState } from '../state/viewState';
import { nextNonce, type ViewRequest } from '../view/mapTypes';
import { THEATRE } from './theatre';

type Target = Pick<ViewState, 'map' | 'area'>;

/** Where the map goes for a state: its view, else its area, else the theatre. */
export function requestFor(target: Target): ViewRequest {
  const nonce = nextNonce();
  if (target.map) return { kind: 'viewport', viewport: target.map, nonce };
  if (target.area) return { kind: 'area', areaId: target.area, nonce };
  return { kind: 'fit', bbox: THEATRE.bbox, nonce };
}

/**
 * The map's pending move. Each request has a fresh nonce, so asking twice for the same place
 * (after panning away) moves the map back there.
 * @returns the request, and `moveTo` for a link read (or Back/Forward) or an analyst's action
 */
export function useMapRequests() {
  const [request, setRequest] = useState<ViewRequest | null>(null);
  const moveTo = useCallback((target: Target) => setRequest(requestFor(target)), []);
  return { request, moveTo };
}
