import type { BBox } from '../geo/types';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import L from 'leaflet';
import type { MapViewport } from '../state/viewState';
import { normalizeViewport } from '../state/url/mapViewport';
import { focusedCentre } from '../view/areaFrame';
import type { ViewRequest } from '../view/mapTypes';

interface MapControllerProps {
  request: ViewRequest | null;
  /** Bounding box [west, south, east, north] of an area, or null while it is unknown. */
  bboxOf: (areaId: string) => BBox | null;
  /**
   * The box of the report's features in or touching an area: an area too large for the map at
   * its widest zoom is framed so that they are in view (view/areaFrame.ts).
   */
  focusOf: (areaId: string) => BBox | null;
  /** The theatre's box [west, south, east, north]: its fit is exact, as the first frame's. */
  homeBbox: BBox;
  /** Extra room (px) kept free at the bottom/right when fitting, e.g. for a bottom sheet. */
  fitPadding: { bottom: number; right: number };
  onViewChange: (viewport: MapViewport) => void;
}

/** The room kept around a fitted box: 16 px, plus the panel's share at the bottom/right. */
export function fitPaddingOptions(fitPadding: { bottom: number; right: number }) {
  return {
    paddingTopLeft: L.point(16, 16),
    paddingBottomRight: L.point(16 + fitPadding.right, 16 + fitPadding.bottom),
  };
}

/**
 * Where fitting a box would put the map, as Leaflet's fitBounds works it out, without moving
 * it: so a fit that would not change the view can be skipped (with `animate: false`, Leaflet
 * resets and redraws every layer on any setView, even to the view it already shows).
 */
function fittedView(
  map: L.Map,
  bounds: L.LatLngBounds,
  padding: ReturnType<typeof fitPaddingOptions>,
  maxZoom: number,
): { center: L.LatLng; zoom: number } {
  const { paddingTopLeft, paddingBottomRight } = padding;
  const zoom = Math.min(
    maxZoom,
    map.getBoundsZoom(bounds, false, paddingTopLeft.add(paddingBottomRight)),
  );
  const offset = paddingBottomRight.subtract(paddingTopLeft).divideBy(2);
  const southWest = map.project(bounds.getSouthWest(), zoom);
  const northEast = map.project(bounds.getNorthEast(), zoom);
  const center = map.unproject(southWest.add(northEast).divideBy(2).add(offset), zoom);
  return { center, zoom };
}

/**
 * Runs `work` with Leaflet's zoom snapping off, so zooms are exact (fractional): the theatre is
 * fitted so (MapView: the page's first frame is drawn at that zoom), whatever the snapping.
 */
function unsnapped<T>(map: L.Map, work: () => T): T {
  const snap = map.options.zoomSnap;
  map.options.zoomSnap = 0;
  try {
    return work();
  } finally {
    map.options.zoomSnap = snap;
  }
}

/** `fittedView` at the exact zoom. */
function exactFittedView(
  map: L.Map,
  bounds: L.LatLngBounds,
  padding: ReturnType<typeof fitPaddingOptions>,
  maxZoom: number,
): { center: L.LatLng; zoom: number } {
  return unsnapped(map, () => fittedView(map, bounds, padding, maxZoom));
}

/** The same view as a link writes it (zoom to a tenth, coordinates rounded for the zoom). */
function sameInLink(a: MapViewport, b: MapViewport): boolean {
  const here = normalizeViewport(a);
  const there = normalizeViewport(b);
  return (
    here !== null &&
    there !== null &&
    here.zoom === there.zoom &&
    here.lat === there.lat &&
    here.lng === there.lng
  );
}

/** setView at this exact zoom (Leaflet would round it to the zoom snap). */
function setExactView(map: L.Map, center: L.LatLngExpression, zoom: number) {
  unsnapped(map, () => map.setView(center, zoom, { animate: false }));
}

/** Whether the map already shows this center and zoom (to a millionth of a degree). */
function showing(map: L.Map, center: L.LatLngExpression, zoom: number): boolean {
  const here = map.getCenter();
  const there = L.latLng(center);
  return (
    Math.abs(here.lat - there.lat) < 1e-6 &&
    Math.abs(here.lng - there.lng) < 1e-6 &&
    Math.abs(map.getZoom() - zoom) < 1e-6
  );
}

/**
 * Moves the map when the app asks (a link, Back/Forward, selecting an area) and reports the
 * view after the user moves it. Leaflet's `center`/`zoom` props apply only at creation, so the
 * view is moved through `useMap()` instead.
 */
export function MapController({
  request,
  bboxOf,
  focusOf,
  homeBbox,
  fitPadding,
  onViewChange,
}: MapControllerProps) {
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
        // The theatre is shown at its exact zoom (the page's first frame is drawn at it), which
        // a link carries only to a tenth: a link to that view (Back to the first view, a reload)
        // shows the theatre as it was, not a view 2–3% larger or smaller.
        const theatre = exactFittedView(
          map,
          L.latLngBounds([homeBbox[1], homeBbox[0]], [homeBbox[3], homeBbox[2]]),
          fitPaddingOptions(fitPadding),
          12,
        );
        const theatreView = {
          zoom: theatre.zoom,
          lat: theatre.center.lat,
          lng: theatre.center.lng,
        };
        if (sameInLink(theatreView, request.viewport)) {
          if (!showing(map, theatre.center, theatre.zoom)) {
            setExactView(map, theatre.center, theatre.zoom);
          }
        } else if (!showing(map, [lat, lng], zoom)) {
          map.setView([lat, lng], zoom, { animate: false });
        }
      } else {
        const bbox = request.kind === 'fit' ? request.bbox : bboxOf(request.areaId);
        if (!bbox) return; // not known yet: this effect runs again when bboxOf changes
        applied.current = request.nonce;
        const [west, south, east, north] = bbox;
        const bounds = L.latLngBounds([south, west], [north, east]);
        const maxZoom = request.kind === 'fit' ? (request.maxZoom ?? 12) : 12;
        const padding = fitPaddingOptions(fitPadding);
        // The theatre at its exact zoom, as the map's first fit (and the page's first frame);
        // an area at a zoom a link can carry (a tenth), so its link reopens it exactly.
        const isTheatre = bbox.every((value, i) => value === homeBbox[i]);
        const fitted = isTheatre
          ? exactFittedView(map, bounds, padding, maxZoom)
          : fittedView(map, bounds, padding, maxZoom);
        const { zoom } = fitted;
        // An area larger than the map at its widest zoom: centring it would cut off its edges,
        // and with them the places the report is about. Keep that zoom, move them into view.
        const focused =
          request.kind === 'area'
            ? focusedCentre({
                area: bbox,
                focus: focusOf(request.areaId),
                zoom,
                size: { width: map.getSize().x, height: map.getSize().y },
                padding: {
                  top: padding.paddingTopLeft.y,
                  left: padding.paddingTopLeft.x,
                  bottom: padding.paddingBottomRight.y,
                  right: padding.paddingBottomRight.x,
                },
              })
            : null;
        const center = focused ? L.latLng(focused[1], focused[0]) : fitted.center;
        if (!showing(map, center, zoom)) setExactView(map, center, zoom);
        // Already there (the theatre on a first load): report the view as the move would
        // have, so the link carries it, without redrawing every layer.
        else report.current({ zoom, lat: center.lat, lng: center.lng });
      }
    },
    // Only a new request (or an outline becoming known) moves the map; padding alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, request, bboxOf, focusOf, homeBbox],
  );

  return null;
}
