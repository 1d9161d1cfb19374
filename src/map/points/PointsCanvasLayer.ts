import L from 'leaflet';
import { projectLngLats, worldScaleAt } from './mercator';
import { packRgba, rasterizePoints } from './rasterize';

export interface PointsCanvasOptions extends L.LayerOptions {
  /** Extra canvas around the view, as a share of its size, so a pan shows points at once. */
  padding?: number;
  /** Core and rim colours as [r, g, b, a]. */
  core?: [number, number, number, number];
  rim?: [number, number, number, number];
}

/**
 * A Leaflet layer drawing many points on one canvas: the points are projected once to Web
 * Mercator world units; a redraw (on moveend/zoomend/resize only) rasterizes the visible ones
 * into an ImageData. While panning the canvas moves with the map pane (it is drawn with a
 * margin), and during a zoom animation it is scaled like Leaflet's own renderers, so no work
 * happens per frame. Not interactive: it shows where points are, not which one is where.
 */
export class PointsCanvasLayer extends L.Layer {
  private world: Float64Array = new Float64Array(0);
  private canvas: HTMLCanvasElement | null = null;
  private topLeft: L.LatLng | null = null;
  private drawnZoom = 0;
  private readonly padding: number;
  private readonly core: number;
  private readonly rim: number;
  /** Duration of the last redraw in milliseconds (the benchmark reads it). */
  lastDrawMs = 0;

  constructor(options: PointsCanvasOptions = {}) {
    super(options);
    this.padding = options.padding ?? 0.3;
    this.core = packRgba(...(options.core ?? [214, 96, 36, 255]));
    this.rim = packRgba(...(options.rim ?? [60, 30, 10, 255]));
  }

  /**
   * Replaces the points.
   * @param lngLat - interleaved [lng, lat] pairs in degrees
   * @returns this layer
   */
  setPoints(lngLat: ArrayLike<number>): this {
    this.world = projectLngLats(lngLat);
    this.redraw();
    return this;
  }

  override onAdd(map: L.Map): this {
    const pane = this.getPane() ?? map.getPanes().overlayPane;
    const canvas = L.DomUtil.create('canvas', 'sitrep-points leaflet-zoom-animated', pane);
    canvas.style.pointerEvents = 'none';
    this.canvas = canvas;
    this.redraw();
    return this;
  }

  override onRemove(): this {
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      moveend: () => this.redraw(),
      zoomend: () => this.redraw(),
      viewreset: () => this.redraw(),
      resize: () => this.redraw(),
      zoomanim: (event) => this.animateZoom(event as L.ZoomAnimEvent),
    };
  }

  /** Draws the visible points again for the current view. */
  redraw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const started = performance.now();
    const size = map.getSize();
    const pad = size.multiplyBy(this.padding).round();
    const width = size.x + 2 * pad.x;
    const height = size.y + 2 * pad.y;
    const topLeftLayer = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
    L.DomUtil.setPosition(canvas, topLeftLayer);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    this.topLeft = map.layerPointToLatLng(topLeftLayer);
    this.drawnZoom = map.getZoom();

    const context = canvas.getContext('2d');
    if (!context) return;
    const origin = map.getPixelOrigin().add(topLeftLayer);
    const patch = rasterizePoints(
      this.world,
      { width, height, scale: worldScaleAt(this.drawnZoom), originX: origin.x, originY: origin.y },
      this.core,
      this.rim,
    );
    context.clearRect(0, 0, width, height);
    if (patch.drawn > 0) {
      const bytes = new Uint8ClampedArray(patch.pixels.buffer as ArrayBuffer);
      context.putImageData(new ImageData(bytes, patch.width, patch.height), patch.x, patch.y);
    }
    this.lastDrawMs = performance.now() - started;
  }

  /** Scales the drawn canvas towards the zoom animation's target, as L.Renderer does. */
  private animateZoom(event: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    if (!map || !this.canvas || !this.topLeft) return;
    const scale = map.getZoomScale(event.zoom, this.drawnZoom);
    const mapPanePos = L.DomUtil.getPosition(map.getPane('mapPane') as HTMLElement);
    const newOrigin = map
      .project(event.center, event.zoom)
      .subtract(map.getSize().divideBy(2))
      .add(mapPanePos)
      .round();
    const position = map.project(this.topLeft, event.zoom).subtract(newOrigin);
    L.DomUtil.setTransform(this.canvas, position, scale);
  }
}
