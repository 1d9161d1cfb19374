/**
 * Synthetic events and claims for the benchmark, from a fixed seed (same numbers every run,
 * every machine). Never shipped: only the bench pages import this.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Claim } from '../../src/data/schema';

export const SEED = 20250227;

/** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Around the theatre (Kursk–Donetsk), clustered like front-line reporting. */
const CENTRES: readonly [number, number][] = [
  [35.2, 51.3],
  [36.2, 51.7],
  [37.8, 48.0],
  [37.5, 48.6],
  [38.2, 47.6],
  [36.8, 50.0],
];

/**
 * Synthetic event points.
 * @param count - how many
 * @param seed - generator seed
 * @returns a FeatureCollection of Points with `{ id }`
 */
export function syntheticEvents(count: number, seed = SEED): FeatureCollection<Point> {
  const next = random(seed);
  const features: Feature<Point>[] = [];
  for (let i = 0; i < count; i += 1) {
    const centre = CENTRES[Math.floor(next() * CENTRES.length)] ?? [36, 50];
    // Sum of uniforms: a cheap bell around each centre, ±1.2° at most.
    const dx = (next() + next() + next() - 1.5) * 0.8;
    const dy = (next() + next() + next() - 1.5) * 0.5;
    features.push({
      type: 'Feature',
      properties: { id: `e${i}` },
      geometry: { type: 'Point', coordinates: [centre[0] + dx, centre[1] + dy] },
    });
  }
  return { type: 'FeatureCollection', features };
}

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2022, 1, 24);
/** Claims spread over this many days, so as-of steps through them one day at a time. */
export const CLAIM_DAYS = 1200;

/** ISO date `days` after the start. */
export function dayIso(days: number): string {
  return new Date(START_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Synthetic claims, in random (file-like) order, reported on days 0…CLAIM_DAYS-1.
 * @param count - how many
 * @param seed - generator seed
 * @returns claims shaped like the app's (only the fields as-of filtering reads are meaningful)
 */
export function syntheticClaims(count: number, seed = SEED + 1): Claim[] {
  const next = random(seed);
  const claims: Claim[] = [];
  for (let i = 0; i < count; i += 1) {
    const reported = dayIso(Math.floor(next() * CLAIM_DAYS));
    claims.push({
      id: `c${i}`,
      report: 'synthetic',
      area: 'kursk',
      reportedOn: { start: reported, end: reported },
    } as unknown as Claim);
  }
  return claims;
}
