import { Suspense, useState, type ReactNode } from 'react';
import MapView from '../map/MapView';
import type { Basemap } from '../data/geodata';
import type { AnnotationsLayerProps } from '../map/annotations/AnnotationsLayer';
import { FeatureInfo, featureInfo, type FeatureInfoView } from '../panels/FeatureInfo';
import type { MapViewport } from '../state/viewState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { MapUserLayer, ViewRequest } from '../view/mapTypes';
import type { LabelPlace } from '../map/labels/candidates';
import type { DashboardModel } from '../view/dashboardModel';
import { THEATRE } from './theatre';
import type { useImports } from './useImports';

/** The phone's column of map controls at the right (styles.css): fitted areas stay clear of it. */
const PHONE_TOOLS_WIDTH = 48;

interface MapPaneProps {
  model: DashboardModel;
  basemap: Basemap | null;
  /** Gazetteer settlements to label, and the one picked in search. */
  settlements: readonly LabelPlace[];
  picked: LabelPlace | null;
  userLayers: readonly MapUserLayer[];
  visible: ReadonlySet<string>;
  selectedArea: string | null;
  request: ViewRequest | null;
  imports: ReturnType<typeof useImports>;
  /** Keep fitted areas clear of the layer list (wide screens) or the control column (phones). */
  wideScreen: boolean;
  onSelectArea: (id: string | null) => void;
  onViewChange: (viewport: MapViewport) => void;
  onTilesUnavailable: (reason: string) => void;
  /** The analyst's marks and the drawing mode. */
  annotations: AnnotationsLayerProps;
  /** Drawn over the map: the embed link, the layer list, the theatre button. */
  children: ReactNode;
}

/** The map and what sits on it; also the drop target for GeoJSON files. */
export function MapPane(props: MapPaneProps) {
  const { model, imports } = props;
  const [inspected, setInspected] = useState<FeatureInfoView | null>(null);
  return (
    <section
      className={imports.dragging ? 'app-map app-map-dropping' : 'app-map'}
      aria-label="Map"
      {...imports.dropTarget}
    >
      {imports.dragging ? (
        <div className="drop-hint" aria-hidden="true">
          Drop a GeoJSON or TopoJSON file to add it as a layer
        </div>
      ) : null}
      {inspected ? <FeatureInfo info={inspected} onClose={() => setInspected(null)} /> : null}
      <ErrorBoundary name="The map">
        <Suspense fallback={<div className="map-loading">Loading the map…</div>}>
          <MapView
            basemap={props.basemap}
            areas={model.map.areas}
            places={model.map.places}
            settlements={props.settlements}
            picked={props.picked}
            routes={model.map.routes}
            homeBbox={THEATRE.bbox}
            uncertainty={model.map.uncertainty}
            userLayers={props.userLayers}
            onUserFeatureClick={(layerName, properties) =>
              setInspected(featureInfo(layerName, properties))
            }
            visible={props.visible}
            selectedArea={props.selectedArea}
            request={props.request}
            bboxOf={model.map.bboxOf}
            focusOf={model.map.focusOf}
            fitPadding={{ bottom: 0, right: props.wideScreen ? 120 : PHONE_TOOLS_WIDTH }}
            onSelectArea={props.onSelectArea}
            onViewChange={props.onViewChange}
            onTilesUnavailable={props.onTilesUnavailable}
            annotations={props.annotations}
          />
        </Suspense>
      </ErrorBoundary>
      {props.children}
    </section>
  );
}
