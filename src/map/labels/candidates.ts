/**
 * Which labels compete for a view, in order of importance: the place picked in search, then
 * countries, seas, provinces (each only at the zooms where its shape can hold its name), then
 * settlements by size (capitals and oblast seats from zoom 5, everything by zoom 10).
 */
import type { AreaLabel } from './areaLabels';
import type { LabelCandidate, LabelKind } from './placement';
import { LABEL_STYLES } from './style';

export interface LabelPlace {
  id: string;
  name: string;
  lng: number;
  lat: number;
  /** Labelled from this zoom on. */
  minZoom: number;
}

export interface CandidateInput {
  zoom: number;
  size: { width: number; height: number };
  /** [lng, lat] → container pixels. */
  project: (lng: number, lat: number) => { x: number; y: number };
  /** Width in pixels of a text drawn in a kind's style. */
  measure: (text: string, kind: LabelKind) => number;
  areas: readonly AreaLabel[];
  /** Settlements, most important first. */
  places: readonly LabelPlace[];
  picked: LabelPlace | null;
}

/** Settlements labelled from zoom 6 or earlier are drawn larger. */
const CITY_MAX_MIN_ZOOM = 6;
/** Fractional zooms (zoomSnap 0.1) count as the whole zoom they have reached. */
const EPSILON = 0.05;
const MARGIN = 40;

/**
 * The candidates for one view.
 * @param input the view and what could be labelled
 * @returns candidates in order of importance
 */
export function labelCandidates(input: CandidateInput): LabelCandidate[] {
  const { zoom, size, project, measure } = input;
  const out: LabelCandidate[] = [];
  const near = (x: number, y: number) =>
    x > -MARGIN && y > -MARGIN && x < size.width + MARGIN && y < size.height + MARGIN;
  const add = (
    id: string,
    text: string,
    kind: LabelKind,
    x: number,
    y: number,
    dot: boolean,
    more?: { x: number; y: number }[],
  ) => {
    const height = Math.ceil(LABEL_STYLES[kind].size * 1.25);
    const width = Math.ceil(measure(text, kind));
    out.push({ id, text, kind, x, y, width, height, dot, ...(more ? { more } : {}) });
  };

  if (input.picked) {
    const { x, y } = project(input.picked.lng, input.picked.lat);
    if (near(x, y)) add(input.picked.id, input.picked.name, 'picked', x, y, true);
  }
  for (const label of input.areas) {
    if (zoom < label.minZoom - EPSILON || zoom > label.maxZoom + EPSILON) continue;
    const { x, y } = project(label.lng, label.lat);
    if (!near(x, y)) continue;
    if (label.bbox) {
      // Only where the shape is wider than the name.
      const [w, s, e, n] = label.bbox;
      const sw = project(w, s);
      const ne = project(e, n);
      if (Math.abs(ne.x - sw.x) < measure(label.text, label.kind) * 1.1) continue;
      if (Math.abs(sw.y - ne.y) < LABEL_STYLES[label.kind].size * 1.5) continue;
    }
    const more = label.more?.map(([lng, lat]) => project(lng, lat));
    add(label.id, label.text, label.kind, x, y, false, more);
  }
  for (const place of input.places) {
    if (place.minZoom > zoom + EPSILON || place.id === input.picked?.id) continue;
    const { x, y } = project(place.lng, place.lat);
    if (!near(x, y)) continue;
    add(
      place.id,
      place.name,
      place.minZoom <= CITY_MAX_MIN_ZOOM ? 'city' : 'settlement',
      x,
      y,
      true,
    );
  }
  return out;
}
