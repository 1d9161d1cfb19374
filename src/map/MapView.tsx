import { userLayerId } from '../data/layerIds';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { MapContainer, Pane } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import './leafletIcons';
import type { AnnotationsLayerProps } from './annotations/AnnotationsLayer';
import { AreasLayer } from './AreasLayer';
import { BasemapLayer } from './BasemapLayer';
import { fitPaddingOptions, MapController } from './MapController';
import { OsmLayer } from './OsmLayer';
import { PlacesLayer } from './PlacesLayer';
import { RouteLayer } from './RouteLayer';
import { UncertaintyLayer } from './UncertaintyLayer';
import { MAP_ATTRIBUTION } from '../view/credits';
import { useFirstMap, useFirstMapShown } from '../ui/firstMap';
import { SyncPane } from './SyncPane';
import { dropFrameRegions, dropStaticFrame, placeStaticFrame } from '../ui/staticFrame';
import { WaterLayer } from './WaterLayer';
import type { LabelPlace } from './labels/candidates';
import type { Basemap } from '../data/geodata';
import { useAfterPaint } from './useAfterPaint';
import type { BBox } from '../geo/types';
import type { MapViewport } from '../state/viewState';
import {
  type MapArea,
  type MapPlace,
  type MapRoute,
  type MapUncertainty,
  type MapUserLayer,
  type ViewRequest,
} from '../view/mapTypes';

// What the first map does not draw comes in its own chunks, after the regions are painted.
const BasemapLabels = lazy(() =>
  import('./labels/BasemapLabels').then((m) => ({ default: m.BasemapLabels })),
);
const UserLayers = lazy(() => import('./UserLayers').then((m) => ({ default: m.UserLayers })));
const AnnotationsLayer = lazy(() =>
  import('./annotations/AnnotationsLayer').then((m) => ({ default: m.AnnotationsLayer })),
);

/** Zoom steps after the first fit: a tenth, the precision of a link's zoom. */
const ZOOM_SNAP = 0.1;

// Constants only (the attribution is src/view/credits.ts): Leaflet renders them as HTML.
const ATTRIBUTION_PREFIX = 'Sitrep · Leaflet';
const NO_PROVINCES: readonly string[] = [];

export interface MapViewProps {
  basemap: Basemap | null;
  areas: readonly MapArea[];
  places: readonly MapPlace[];
  /** Gazetteer settlements to label, most important first. */
  settlements: readonly LabelPlace[];
  /** A settlement picked in search: labelled first, in its own style. */
  picked: LabelPlace | null;
  routes: readonly MapRoute[];
  /** Where the map opens before any request: the theatre's view (geodata/theatre.json). */
  homeBbox: BBox;
  uncertainty: readonly MapUncertainty[];
  userLayers: readonly MapUserLayer[];
  visible: ReadonlySet<string>;
  selectedArea: string | null;
  request: ViewRequest | null;
  bboxOf: (areaId: string) => BBox | null;
  /** The report's features in or touching an area: kept in view when it cannot fit whole. */
  focusOf: (areaId: string) => BBox | null;
  fitPadding: { bottom: number; right: number };
  onSelectArea: (id: string) => void;
  onViewChange: (viewport: MapViewport) => void;
  onTilesUnavailable: (reason: string) => void;
  onUserFeatureClick: (layerName: string, properties: unknown) => void;
  /** The analyst's marks and the drawing mode (visibility included). */
  annotations: AnnotationsLayerProps;
}

/**
 * Credits the embedded data in the attribution control. A module-level function, so React
 * calls it once when the map is made: an inline ref is called again on every render, and each
 * call rewrote the control (a page layout) and added the credit once more.
 */
function creditSources(map: LeafletMap | null) {
  map?.attributionControl.setPrefix(ATTRIBUTION_PREFIX);
  map?.attributionControl.addAttribution(MAP_ATTRIBUTION);
  if (!map) return;
  // The first fit (the theatre) was made at its exact zoom, to land on the page's first frame;
  // every later zoom snaps to a tenth, which is what a link carries, so links reopen exactly.
  map.options.zoomSnap = ZOOM_SNAP;
  // The page's first frame, under the panes, until Leaflet has drawn what it shows.
  placeStaticFrame(map);
}

export default function MapView(props: MapViewProps) {
  const { visible, basemap } = props;
  // The first render draws the regions only; the places, overlays and marks come after them.
  const firstMap = useFirstMap();
  const rest = useFirstMapShown();
  // No regions to wait for: the areas layer is off, or the whole basemap is in and has none.
  const noRegions = !visible.has('areas') || (basemap !== null && props.areas.length === 0);
  useEffect(() => {
    if (noRegions) firstMap.announce('no-regions');
  }, [noRegions, firstMap]);
  // The report's regions paint first; the basemap, water and names under them a frame later.
  const context = useAfterPaint(basemap !== null);
  // The country, oblast and sea names one more frame on: placing them inside their shapes
  // takes as long as drawing the basemap, and each in its own task keeps both short.
  const named = useAfterPaint(context);
  // The first frame's regions go when Leaflet's are drawn; the rest once the basemap is.
  const basemapShown = visible.has('basemap') ? named : rest;
  useEffect(() => {
    if (rest) dropFrameRegions();
    if (basemapShown) dropStaticFrame();
  }, [rest, basemapShown]);
  // The provinces the report's area labels name (while that layer is on): the basemap's
  // names leave them out, so Kursk Oblast is not named twice.
  const labelledProvinces = visible.has('areas')
    ? props.areas.flatMap((area) => (area.provinceCode ? [area.provinceCode] : []))
    : NO_PROVINCES;
  const initialBounds = useMemo(() => {
    const [w, s, e, n] = props.homeBbox;
    return [
      [s, w],
      [n, e],
    ] as [[number, number], [number, number]];
    // Only the first bounds count (MapContainer's bounds apply at creation).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <MapContainer
      className="map"
      bounds={initialBounds}
      // The same room as every later fit, so fitting the theatre once the data is in finds
      // the map already there (MapController skips a fit that would not move it).
      boundsOptions={fitPaddingOptions(props.fitPadding)}
      // No zoom snapping for the first fit: the theatre at its exact (fractional) zoom, so the
      // map lands where the page's first frame drew it (src/ui/staticFrame.ts). Snapping to a
      // tenth starts right after (creditSources); MapController finds the theatre shown.
      zoomSnap={0}
      zoomDelta={0.5}
      minZoom={2}
      maxZoom={18}
      worldCopyJump={false}
      attributionControl={true}
      whenReady={() => undefined}
      ref={creditSources}
    >
      {visible.has('basemap') && props.basemap && context ? (
        <BasemapLayer basemap={props.basemap} />
      ) : null}
      {visible.has('basemap') && props.basemap && context ? <WaterLayer /> : null}
      {visible.has('basemap') && context ? (
        <Suspense fallback={null}>
          <BasemapLabels
            basemap={basemap}
            named={named}
            labelledProvinces={labelledProvinces}
            places={props.settlements}
            picked={props.picked}
          />
        </Suspense>
      ) : null}
      {visible.has('osm') ? <OsmLayer onUnavailable={props.onTilesUnavailable} /> : null}
      {/* Made in this render, not in an effect: the regions are drawn in the app's first render. */}
      <SyncPane name="areas" zIndex={400}>
        {visible.has('areas') ? (
          <AreasLayer
            areas={props.areas}
            selectedId={props.selectedArea}
            onSelect={props.onSelectArea}
          />
        ) : null}
      </SyncPane>
      {rest ? (
        <>
          <Pane name="overlays" style={{ zIndex: 450 }}>
            {visible.has('uncertainty') ? <UncertaintyLayer rings={props.uncertainty} /> : null}
            {visible.has('route')
              ? props.routes.map((route) => <RouteLayer key={route.id} route={route} />)
              : null}
            <Suspense fallback={null}>
              <UserLayers
                layers={props.userLayers.filter((layer) => visible.has(userLayerId(layer.id)))}
                onFeatureClick={props.onUserFeatureClick}
              />
            </Suspense>
          </Pane>
          <Pane name="places" style={{ zIndex: 500 }}>
            {visible.has('places') ? (
              <PlacesLayer
                places={props.places}
                selectedId={props.selectedArea}
                onSelect={props.onSelectArea}
              />
            ) : null}
          </Pane>
          <Pane name="annotations" style={{ zIndex: 550 }}>
            <Suspense fallback={null}>
              <AnnotationsLayer {...props.annotations} />
            </Suspense>
          </Pane>
        </>
      ) : null}
      <MapController
        request={props.request}
        bboxOf={props.bboxOf}
        focusOf={props.focusOf}
        homeBbox={props.homeBbox}
        fitPadding={props.fitPadding}
        onViewChange={props.onViewChange}
      />
    </MapContainer>
  );
}
