import type { Annotation } from './annotations/types.ts';
import type { LinkedLayer } from './linkedLayers/types.ts';

/**
 * The view state: everything that decides what the dashboard shows, and nothing else
 * (no data, no hover). It is what a shared link carries; see `src/state/url/` for the codec.
 */
import { userLayerKey, type UserLayerId } from '../data/layerIds.ts';

/** The map's centre and zoom, in OpenStreetMap's link order (zoom, lat, lng). */
export interface MapViewport {
  /** 2–18, an integer or one decimal. */
  zoom: number;
  /** Degrees, within ±85.0511 (the Web Mercator limit). */
  lat: number;
  /** Degrees, within [-180, 180). */
  lng: number;
}

/** Built-in layers, in their canonical order (the order the layer control lists them). */
export const BUILT_IN_LAYER_IDS = [
  'basemap',
  'osm',
  'areas',
  'places',
  'route',
  'uncertainty',
  'annotations',
] as const;

export type BuiltInLayerId = (typeof BUILT_IN_LAYER_IDS)[number];

export type { UserLayerId };

export type LayerId = BuiltInLayerId | UserLayerId;

/** Visible by default: everything but the online OpenStreetMap tiles (the site works offline). */
export const DEFAULT_LAYERS: readonly LayerId[] = [
  'basemap',
  'areas',
  'places',
  'route',
  'uncertainty',
  'annotations',
];

/** Columns of the overview table that can be sorted. */
export const SORT_KEYS = ['area', 'metric', 'value', 'source', 'reported', 'grade'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface TableSort {
  key: SortKey;
  dir: SortDirection;
}

/** Tabs of the side panel. */
export const PANEL_TABS = ['figures', 'timeline', 'sources'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface ViewState {
  /** null = fit the selected area, or the default theatre view when none is selected. */
  map: MapViewport | null;
  /** Selected area id; null = none. */
  area: string | null;
  /** Visible layers, unique, in canonical order (see `canonicalLayers`). */
  layers: LayerId[];
  /** 'YYYY-MM-DD': show what was known on that day; null = the latest figures. */
  asof: string | null;
  /** 'YYYY-MM-DD': mark figures reported after that day as new; null = mark nothing. */
  since: string | null;
  /** Id of the figure whose provenance is open; null = none. */
  claim: string | null;
  /** Sort of the overview table. */
  sort: TableSort;
  /** Tab of the side panel. */
  tab: PanelTab;
  /** Embed mode (for iframes): the chrome is hidden. */
  embed: boolean;
  /** Shapes the analyst drew, with their notes ([] = none). */
  ann: Annotation[];
  /**
   * Imported layers carried in the link itself ([] = none); each is shown as the layer
   * `user:<key>`, and `layers=` decides whether it is visible.
   */
  lyr: LinkedLayer[];
}

/**
 * Returns a fresh copy of the default view state (safe to mutate).
 * @returns the state a link without any key opens
 */
export function createDefaultViewState(): ViewState {
  return {
    map: null,
    area: null,
    layers: [...DEFAULT_LAYERS],
    asof: null,
    since: null,
    claim: null,
    sort: { key: 'area', dir: 'asc' },
    tab: 'figures',
    embed: false,
    ann: [],
    lyr: [],
  };
}

/**
 * Tells whether a string is a layer id (built-in, or `user:` plus 1–40 of `[a-z0-9-]`).
 * @param id - any string
 * @returns true when `id` is a `LayerId`
 */
export function isLayerId(id: string): id is LayerId {
  return (BUILT_IN_LAYER_IDS as readonly string[]).includes(id) || userLayerKey(id) !== null;
}

/**
 * Puts layer ids in canonical order: built-ins in `BUILT_IN_LAYER_IDS` order, then user
 * layers sorted by id; duplicates removed.
 * @param layers - layer ids in any order, possibly repeated
 * @returns a new array in canonical order
 */
export function canonicalLayers(layers: readonly LayerId[]): LayerId[] {
  const unique = new Set(layers);
  const builtIn = BUILT_IN_LAYER_IDS.filter((id) => unique.has(id));
  const user = [...unique].filter((id) => userLayerKey(id) !== null).sort(compareCodeUnits);
  return [...builtIn, ...user];
}

/**
 * Compares two layer lists element by element.
 * @param a - first list
 * @param b - second list
 * @returns true when both hold the same ids in the same order
 */
export function sameLayers(a: readonly LayerId[], b: readonly LayerId[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
