import { booleanIntersects } from '@turf/turf';
import type { Feature } from 'geojson';
import type { AreaGeometry } from './types';

/**
 * Whether two outlines share any point: one inside the other, overlapping, or only a border.
 * Outlines drawn at different scales (a 1:50m country, a 1:10m province beside it) overlap a
 * little along the border they share, so neighbours meet.
 *
 * @param a an outline
 * @param b another outline
 * @returns true when they meet
 * @example
 * outlinesMeet(russia, donetskOblast); // true: they share a border
 */
export function outlinesMeet(a: Feature<AreaGeometry>, b: Feature<AreaGeometry>): boolean {
  return booleanIntersects(a, b);
}
