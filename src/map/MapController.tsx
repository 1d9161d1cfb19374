import type { BBox } from '../geo/types';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapViewport } from '../state/viewState';
import type { ViewRequest } from '../view/mapTypes';

interface MapControllerProps {
  request: ViewRequest | null;
  /** Bounding box [west, south, east, north] of an area, or null while it is unknown. */
  bboxOf: (areaId: string) => BBox | null;
  /** Extra room (px) kept free at the bottom/right when fitting, e.g. for a bottom sheet. */
  fitPadding: { bottom: number; right: number };
  onViewChange: (viewport: MapViewport) => void;
}

/**
 * Moves the map when the app asks (a link, Back/Forward, selecting an area) and reports the
 * view after the user moves it. Leaflet's `center`/`zoom` props apply only at creation, so the
 * view is moved through `useMap()` instead.
 */
export function MapController({ request, bboxOf, fitPadding, onViewChange }: MapControllerProps) {
  const map = useMap();
  const applied = useRef<number | null>(null);
  const report = useRef(onViewChange);
  useEffect(() => {
    report.current = onViewChange;
  }, [onViewChange]);

  // Declared before the effect below on purpose: effects run in order, and a request applied
  // on mount must find the moveend handler already registered, or its view is never reported.
  useMapEvents({
    moveend: () => {
      const center = map.getCenter();
      report.current({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
    },
  });
  useEffect(
    function applyViewRequest() {
      if (!request || applied.current === request.nonce) return;
      if (request.kind === 'viewport') {
        applied.current = request.nonce;
        const { lat, lng, zoom } = request.viewport;
        const here = map.getCenter();
        const same =
          Math.abs(here.lat - lat) < 1e-6 &&
          Math.abs(here.lng - lng) < 1e-6 &&
          Math.abs(map.getZoom() - zoom) < 1e-6;
        if (!same) map.setView([lat, lng], zoom, { animate: false });
      } else {
        const bbox = request.kind === 'fit' ? request.bbox : bboxOf(request.areaId);
        if (!bbox) return; // not known yet: this effect runs again when bboxOf changes
        applied.current = request.nonce;
        const [west, south, east, north] = bbox;
        map.fitBounds(
          [
            [south, west],
            [north, east],
          ],
          {
            animate: false,
            paddingTopLeft: [16, 16],
            paddingBottomRight: [16 + fitPadding.right, 16 + fitPadding.bottom],
            maxZoom: request.kind === 'fit' ? (request.maxZoom ?? 12) : 12,
          },
        );
      }
    },
    // Only a new request (or an outline becoming known) moves the map; padding alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, request, bboxOf],
  );

  return null;
}
