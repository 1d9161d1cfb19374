import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { AreaLabel } from './areaLabels';
import { labelCandidates, type LabelPlace } from './candidates';
import { DOT_RADIUS, placeLabels, type Box, type LabelKind, type PlacedLabel } from './placement';
import { drawnText, LABEL_STYLES } from './style';
import { HIDDEN_LABEL, REPORT_LABELS_MOVED } from '../reportLabelLayout';

interface LabelsLayerProps {
  areas: readonly AreaLabel[];
  places: readonly LabelPlace[];
  picked: LabelPlace | null;
}

const SETTLEMENTS_MARK = 'sitrep:settlements-labelled';

/** What lies over the map and holds its own text: overlaid tools, such as the layer list. */
const OVERLAYS = '.map-tools > *';

/**
 * Boxes of what already shows on the map as HTML: the report's place names and area headlines
 * (not those hidden for want of room), Leaflet's controls, and the tools laid over the map (a
 * label under them could not be read).
 */
function domObstacles(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  const elements = [
    ...container.querySelectorAll(
      `.leaflet-tooltip:not(.${HIDDEN_LABEL}), .place-marker, .leaflet-control`,
    ),
    ...(container.parentElement?.querySelectorAll(OVERLAYS) ?? []),
  ];
  return elements.map((element) => {
    const r = element.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
  });
}

function applyStyle(ctx: CanvasRenderingContext2D, kind: LabelKind): void {
  const style = LABEL_STYLES[kind];
  ctx.font = style.font;
  ctx.letterSpacing = style.spacing;
}

function draw(ctx: CanvasRenderingContext2D, placed: readonly PlacedLabel[]): void {
  ctx.lineJoin = 'round';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const { candidate: c, dotBox } of placed) {
    if (!dotBox) continue;
    ctx.beginPath();
    ctx.arc(c.x, c.y, c.kind === 'picked' ? DOT_RADIUS + 1 : DOT_RADIUS, 0, Math.PI * 2);
    ctx.fillStyle = c.kind === 'picked' ? LABEL_STYLES.picked.color : '#3a4048';
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1;
    ctx.fill();
    ctx.stroke();
  }
  for (const { candidate: c, textX, textY } of placed) {
    applyStyle(ctx, c.kind);
    const text = drawnText(c.text, c.kind);
    ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.lineWidth = 3;
    ctx.strokeText(text, textX, textY);
    ctx.fillStyle = LABEL_STYLES[c.kind].color;
    ctx.fillText(text, textX, textY);
  }
}

/**
 * Names of countries, provinces, seas and settlements, drawn on one canvas above the areas and
 * below the report's own places, redrawn after every move. Canvas text is not in the DOM, so the
 * same placement is also written to a hidden list (aria-hidden: the overview and search are the
 * accessible way to places) for tests and tools to read.
 */
export function LabelsLayer({ areas, places, picked }: LabelsLayerProps) {
  const map = useMap();
  const [placed, setPlaced] = useState<readonly PlacedLabel[]>([]);

  useEffect(
    function drawLabels() {
      const pane = map.getPane('labels') ?? map.createPane('labels');
      pane.style.zIndex = '460';
      pane.style.pointerEvents = 'none';
      const canvas = L.DomUtil.create('canvas', 'map-labels-canvas', pane);
      const ctx = canvas.getContext('2d');
      const measure = (text: string, kind: LabelKind) => {
        if (!ctx) return text.length * LABEL_STYLES[kind].size * 0.6;
        applyStyle(ctx, kind);
        return ctx.measureText(drawnText(text, kind)).width;
      };
      let frame = 0;
      const redraw = () => {
        frame = 0;
        if (!ctx) return;
        const size = map.getSize();
        const ratio = window.devicePixelRatio || 1;
        L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
        canvas.width = Math.round(size.x * ratio);
        canvas.height = Math.round(size.y * ratio);
        canvas.style.width = `${size.x}px`;
        canvas.style.height = `${size.y}px`;
        canvas.style.visibility = 'visible';
        const candidates = labelCandidates({
          zoom: map.getZoom(),
          size: { width: size.x, height: size.y },
          project: (lng, lat) => map.latLngToContainerPoint([lat, lng]),
          measure,
          areas,
          places,
          picked,
        });
        const next = placeLabels(
          candidates,
          { width: size.x, height: size.y },
          domObstacles(map.getContainer()),
        );
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.clearRect(0, 0, size.x, size.y);
        draw(ctx, next);
        setPlaced(next);
        // For the benchmark: when settlement names first appear (after the first map).
        if (
          performance.getEntriesByName(SETTLEMENTS_MARK).length === 0 &&
          next.some((p) => p.candidate.kind === 'city' || p.candidate.kind === 'settlement')
        ) {
          performance.mark(SETTLEMENTS_MARK);
        }
      };
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(redraw);
      };
      const hide = () => {
        canvas.style.visibility = 'hidden';
      };
      map.on(`moveend zoomend resize layeradd layerremove ${REPORT_LABELS_MOVED}`, schedule);
      map.on('zoomstart', hide);
      // The layer list opens and closes over the map: place the labels around it again.
      const tools = map.getContainer().parentElement?.querySelectorAll(OVERLAYS) ?? [];
      const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
      for (const element of tools) resized?.observe(element);
      schedule();
      return function removeLabels() {
        if (frame) cancelAnimationFrame(frame);
        map.off(`moveend zoomend resize layeradd layerremove ${REPORT_LABELS_MOVED}`, schedule);
        map.off('zoomstart', hide);
        resized?.disconnect();
        canvas.remove();
      };
    },
    [map, areas, places, picked],
  );

  return (
    <ol className="visually-hidden map-labels" aria-hidden="true" data-testid="map-labels">
      {placed.map(({ candidate, box }) => (
        <li
          key={candidate.id}
          data-kind={candidate.kind}
          data-box={[box.x, box.y, box.w, box.h].map((n) => n.toFixed(1)).join(',')}
        >
          {candidate.text}
        </li>
      ))}
    </ol>
  );
}
