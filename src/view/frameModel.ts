/**
 * The first frame: what index.html shows before any script runs (scripts/vite/staticFrame.ts
 * renders it at build time). The theatre's outlines and the report's regions as SVG path data
 * in Web Mercator pixels, in the projection Leaflet uses (handed in: the build passes
 * Leaflet's own EPSG:3857), so that the SVG fitted to the map's padded box is what Leaflet
 * draws when it fits the theatre into the same box. Plain data, no DOM, no Leaflet.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { clipToBox } from '../geo/clipToBox';
import type { BBox } from '../geo/types';
import type { Dataset } from '../data/dataset';
import type { Basemap } from '../data/geodata';
import { areaSummaries } from './figures';
import { mapAreas } from './mapModel';
import type { AreaSummary } from './model';
import { dateRange } from './timeline';

/** [lng, lat] → Web Mercator pixels at FRAME_ZOOM ([x, y], y down), as the map projects. */
export type Project = (lng: number, lat: number) => readonly [number, number];

/**
 * The zoom whose pixels the frame's coordinates are: the theatre is about 1,100 units wide,
 * so coordinates to a tenth are finer than a screen pixel on any screen the map fills.
 */
export const FRAME_ZOOM = 8;

/**
 * How far around the theatre the frame draws the countries (the land), in theatre widths and
 * heights: the map shows more than the theatre (about 2.3 widths at 1440×900, 4.7 on a 2560 px
 * screen). The province outlines are not in the frame: they were three quarters of its bytes
 * (15 of 25 KB gzipped), and on a phone every byte of the page comes before the app script's;
 * the basemap draws them just after Leaflet's regions.
 */
const MARGIN = { lng: 1.5, lat: 0.5 } as const;

export interface FrameRegion {
  id: string;
  name: string;
  /** SVG path data, in the frame's units. */
  d: string;
}

export interface FrameModel {
  /** The theatre box in the frame's units: the SVG's viewBox [x, y, width, height]. */
  viewBox: readonly [number, number, number, number];
  /** The countries around the theatre (land), cut to the box the map can show. */
  countries: string;
  regions: FrameRegion[];
}

/** Rounding of the outlines: whole units, under half a screen pixel wherever the map fits the theatre on a screen under 2,000 px tall; the regions to a tenth. */
interface Precision {
  /** Decimals kept. */
  decimals: number;
  /** Points closer than this to the last one kept are left out (as Leaflet leaves out what is under a pixel). */
  minStep: number;
}
const OUTLINES: Precision = { decimals: 0, minStep: 2 };
const REGIONS: Precision = { decimals: 1, minStep: 0.5 };

/** SVG path data of an outline: a move, then relative lines, rounded. */
function pathData(
  geometry: Polygon | MultiPolygon,
  project: Project,
  precision: Precision,
): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) parts.push(ringData(ring, project, precision));
  }
  return parts.join('');
}

function ringData(ring: readonly Position[], project: Project, precision: Precision): string {
  const scale = 10 ** precision.decimals;
  const round = (n: number) => Math.round(n * scale) / scale;
  const points = ring.map(([lng, lat]) => project(lng ?? 0, lat ?? 0));
  const first = points[0];
  if (!first) return '';
  let [x, y] = [round(first[0]), round(first[1])];
  let text = `M${x} ${y}`;
  let kept = 1;
  for (const point of points.slice(1)) {
    const nx = round(point[0]);
    const ny = round(point[1]);
    if (Math.hypot(nx - x, ny - y) < precision.minStep) continue;
    text += `l${round(nx - x)} ${round(ny - y)}`;
    [x, y] = [nx, ny];
    kept += 1;
  }
  // A ring that shrank to under a triangle draws nothing at this scale.
  return kept < 3 ? '' : `${text}z`;
}

function outlines(
  features: readonly Feature<Polygon | MultiPolygon>[],
  box: BBox,
  project: Project,
  precision: Precision,
): string {
  return features
    .map((feature) => clipToBox(feature, box))
    .filter((clipped) => clipped !== null)
    .map((clipped) => pathData(clipped.geometry, project, precision))
    .join('');
}

/** The theatre widened by a margin (in theatre widths and heights). */
function widen(theatre: BBox, margin: { lng: number; lat: number }): BBox {
  const [west, south, east, north] = theatre;
  const width = east - west;
  const height = north - south;
  return [
    west - margin.lng * width,
    south - margin.lat * height,
    east + margin.lng * width,
    north + margin.lat * height,
  ];
}

/**
 * The frame's map: the theatre box, the basemap around it and the report's regions.
 * @param ds - the dataset (its region areas are drawn)
 * @param basemap - the embedded outlines
 * @param theatre - the box the map fits first [west, south, east, north]
 * @param project - Leaflet's projection at FRAME_ZOOM
 * @returns the path data
 */
export function frameModel(
  ds: Dataset,
  basemap: Basemap,
  theatre: BBox,
  project: Project,
): FrameModel {
  const [west, south, east, north] = theatre;
  const [x0, y0] = project(west, north);
  const [x1, y1] = project(east, south);
  // Coordinates from the theatre's north-west corner: shorter numbers in the page.
  const local: Project = (lng, lat) => {
    const [x, y] = project(lng, lat);
    return [x - x0, y - y0];
  };
  const asOf = dateRange(ds).max;
  return {
    viewBox: [0, 0, x1 - x0, y1 - y0],
    countries: outlines(basemap.countries.features, widen(theatre, MARGIN), local, OUTLINES),
    regions: mapAreas(ds, basemap, asOf).map((area) => ({
      id: area.id,
      name: area.name,
      d: pathData(area.feature.geometry, local, REGIONS),
    })),
  };
}

/** What the frame says beside the map: the date and each area's headline figures. */
export interface FrameSummary {
  asOf: string;
  areas: AreaSummary[];
}

/**
 * The frame's text: every area with its headline as of the latest date. The one place the
 * frame takes its figures from.
 * @param ds - the dataset
 * @returns the latest date and the areas
 */
export function frameSummary(ds: Dataset): FrameSummary {
  const asOf = dateRange(ds).max;
  return { asOf, areas: areaSummaries(ds, asOf) };
}
