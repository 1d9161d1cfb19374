import type L from 'leaflet';
import { useMemo, useRef, useState } from 'react';
import { CircleMarker, FeatureGroup, Polygon, Polyline, Tooltip } from 'react-leaflet';
import type { Annotation, AnnotationGeometry } from '../../state/annotations/types';
import { shapeLabel } from '../../state/annotations/types';
import { PALETTE } from '../palette';
import { geometryOfLayer, latLngOf } from './geometryOfLayer';
import { useGeomanDrawing, type DrawMode } from './useGeomanDrawing';
import './drawing.css';

export type { DrawMode };

export interface AnnotationsLayerProps {
  annotations: readonly Annotation[];
  /** Drawn (false: the layer is hidden, but drawing still works and shows it again). */
  visible: boolean;
  mode: DrawMode | null;
  selectedId: string | null;
  onCreate: (geometry: AnnotationGeometry) => void;
  onChange: (id: string, geometry: AnnotationGeometry) => void;
  onRemove: (id: string) => void;
  onSelect: (id: string) => void;
  onModeEnd: () => void;
  onError: (message: string) => void;
}

const STYLE: L.PathOptions = {
  color: PALETTE.annotation,
  weight: 3,
  fillOpacity: 0.2,
  className: 'annotation-shape',
};

/** Leaflet positions per geometry object, so an unchanged shape keeps its positions array
 * (react-leaflet calls setLatLngs whenever the array changes, which would reset an edit). */
const positionsCache = new WeakMap<AnnotationGeometry, L.LatLngTuple[]>();
function positionsOf(geometry: AnnotationGeometry): L.LatLngTuple[] {
  let positions = positionsCache.get(geometry);
  if (!positions) {
    positions =
      geometry.type === 'Point'
        ? [latLngOf(geometry.coordinates)]
        : geometry.type === 'LineString'
          ? geometry.coordinates.map(latLngOf)
          : geometry.coordinates[0].slice(0, -1).map(latLngOf);
    positionsCache.set(geometry, positions);
  }
  return positions;
}

/**
 * The analyst's annotations as Leaflet layers (React-rendered; notes shown in tooltips as
 * React text, never HTML), and the drawing modes over them.
 */
export function AnnotationsLayer(props: AnnotationsLayerProps) {
  const [group, setGroup] = useState<L.FeatureGroup | null>(null);
  const ids = useRef(new WeakMap<L.Layer, string>());
  const idOf = (layer: L.Layer) => ids.current.get(layer) ?? null;

  useGeomanDrawing(group, props.mode, {
    onCreate(layer) {
      const geometry = geometryOfLayer(layer);
      layer.remove(); // the state owns the shapes: the app draws it again from there
      if (geometry) props.onCreate(geometry);
    },
    onEdit(layer) {
      const id = idOf(layer);
      const geometry = geometryOfLayer(layer);
      if (id && geometry) props.onChange(id, geometry);
    },
    onRemove(layer) {
      const id = idOf(layer);
      if (id) props.onRemove(id);
    },
    onModeEnd: props.onModeEnd,
    onError: props.onError,
  });

  const register = (id: string) => (layer: L.Layer | null) => {
    if (layer) ids.current.set(layer, id);
  };
  const shapes = useMemo(
    () => (props.visible ? props.annotations : []),
    [props.visible, props.annotations],
  );

  return (
    <FeatureGroup ref={setGroup}>
      {shapes.map((annotation, index) => {
        const selected = annotation.id === props.selectedId;
        const pathOptions = { ...STYLE, weight: selected ? 5 : 3 };
        const common = {
          pathOptions,
          // A creation option: Leaflet does not apply className through setStyle.
          className: 'annotation-shape',
          pmIgnore: false,
          eventHandlers: { click: () => props.onSelect(annotation.id) },
        };
        const tip = (
          <Tooltip sticky>
            {`${shapeLabel(annotation.geometry)} ${index + 1}`}
            {annotation.note ? `: ${annotation.note}` : ''}
          </Tooltip>
        );
        const positions = positionsOf(annotation.geometry);
        const { type } = annotation.geometry;
        if (type === 'Point') {
          return (
            <CircleMarker
              key={annotation.id}
              ref={register(annotation.id)}
              center={positions[0] ?? [0, 0]}
              radius={selected ? 9 : 7}
              {...common}
            >
              {tip}
            </CircleMarker>
          );
        }
        if (type === 'LineString') {
          return (
            <Polyline
              key={annotation.id}
              ref={register(annotation.id)}
              positions={positions}
              {...common}
            >
              {tip}
            </Polyline>
          );
        }
        return (
          <Polygon
            key={annotation.id}
            ref={register(annotation.id)}
            positions={positions}
            {...common}
          >
            {tip}
          </Polygon>
        );
      })}
    </FeatureGroup>
  );
}
