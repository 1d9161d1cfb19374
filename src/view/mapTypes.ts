/**
 * What the map layers draw, already resolved from the dataset: plain data, no Leaflet.
 * `src/map/` takes these as props; `mapModel.ts` builds them.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import type { BBox } from '../geo/types';
import type { MapViewport } from '../state/viewState';

/** What the map should show next; `nonce` makes a repeated request (same target) run again. */
export type ViewRequest =
  | { kind: 'viewport'; viewport: MapViewport; nonce: number }
  | { kind: 'fit'; bbox: BBox; maxZoom?: number; nonce: number }
  /** Fit an area; waits until its outline is known (the basemap arrives after the app script). */
  | { kind: 'area'; areaId: string; nonce: number };

let lastNonce = 0;
/** A fresh nonce for a ViewRequest (call it in event handlers, not while rendering). */
export function nextNonce(): number {
  lastNonce += 1;
  return lastNonce;
}

export interface MapArea {
  id: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** The current picture on the map label, one line per family (see pictureLabel). */
  headline: string | null;
  /**
   * The basemap province the area is (its code, e.g. an ISO 3166-2 code), or null: while the
   * area's own label is on the map, the basemap does not name that province a second time.
   */
  provinceCode: string | null;
}

export interface MapPlace {
  id: string;
  name: string;
  /** [lng, lat] */
  coordinates: [number, number];
  /** The area this place stands for, when it is one (Nikolske). */
  areaId: string | null;
  approximate: boolean;
}

export interface MapUncertainty {
  id: string;
  label: string;
  ring: Feature<Polygon>;
}

export interface MapRoute {
  /** The route's id in geodata/theatre.json. */
  id: string;
  line: Feature<LineString>;
  /** Label lines: a title, then one line per troop figure. */
  label: string[];
  /** Where the label sits: near the destination, so it shows in the theatre view. [lng, lat] */
  labelAt: [number, number];
}

export interface MapUserLayer {
  id: string;
  name: string;
  collection: FeatureCollection<Geometry | null>;
}
