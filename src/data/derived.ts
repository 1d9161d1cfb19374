/**
 * Derived figures: cross-checks computed from reported claims and geodata. They are never
 * stored in report files and must always be shown as derived, with their inputs. Every
 * function here is pure: features and claims come in as arguments.
 */
import type { Feature, Point } from 'geojson';
import { areaKm2 } from '../geo/areaKm2';
import { distanceKm } from '../geo/distanceKm';
import type { AreaGeometry, LngLat } from '../geo/types';
import { addDays, daysBetween } from './dates';
import type { Claim } from './schema';

/** One input of a derived figure: a reported claim, an area, or an assumption. */
export interface DerivedInput {
  label: string;
  value: number | string;
  unit: string;
  claimId?: string;
  areaId?: string;
}

export interface DerivedFigure {
  id: string;
  label: string;
  /** The central value. */
  value: number;
  unit: string;
  /** The spread the inputs' precision allows, when there is one. */
  range?: { low: number; high: number };
  inputs: DerivedInput[];
  /** How it was computed, in words, including every assumption. */
  method: string;
  derived: true;
}

/**
 * An area's size from its outline (geodesic, turf).
 * @param area - the area's id and name
 * @param feature - its Polygon/MultiPolygon outline
 * @returns the size in km², rounded to the km²
 */
export function areaSizeKm2(
  area: { id: string; name: string },
  feature: Feature<AreaGeometry>,
): DerivedFigure {
  return {
    id: `area-km2-${area.id}`,
    label: `Size of ${area.name}`,
    value: Math.round(areaKm2(feature)),
    unit: 'km²',
    inputs: [{ label: `Outline of ${area.name}`, value: area.id, unit: 'area', areaId: area.id }],
    method:
      'Geodesic area of the shipped outline (turf area), simplified from Natural Earth; ' +
      'differs from official figures by the simplification and the source scale.',
    derived: true,
  };
}

/** A point place as places.geojson has it. */
export type PlaceFeature = Feature<Point, { id: string; name: string }>;

/**
 * Great-circle distance between two places.
 * @param from - start place
 * @param to - end place
 * @returns the distance in km, rounded to 10 km (the points are city centres)
 */
export function placeDistanceKm(from: PlaceFeature, to: PlaceFeature): DerivedFigure {
  const [fromLng = NaN, fromLat = NaN] = from.geometry.coordinates;
  const [toLng = NaN, toLat = NaN] = to.geometry.coordinates;
  const a: LngLat = [fromLng, fromLat];
  const b: LngLat = [toLng, toLat];
  return {
    id: `distance-km-${from.properties.id}-${to.properties.id}`,
    label: `Distance ${from.properties.name} → ${to.properties.name} (great circle)`,
    value: Math.round(distanceKm(a, b) / 10) * 10,
    unit: 'km',
    inputs: [
      { label: from.properties.name, value: a.join(', '), unit: 'lng, lat' },
      { label: to.properties.name, value: b.join(', '), unit: 'lng, lat' },
    ],
    method:
      'Haversine great-circle distance between the two points (turf distance), rounded to ' +
      '10 km; a straight line over the globe, not a travel route.',
    derived: true,
  };
}

/**
 * Cumulative total implied by a daily rate held from a start date up to `until` (both days
 * counted). The central value uses the claim's refersTo.start; the range runs from
 * `latestStart` with the rate's low value to refersTo.start with its high value.
 * @param rate - a claim with a per-day value and a refersTo.start
 * @param until - last day counted (e.g. the report's date)
 * @param latestStart - the latest start the printed wording allows ("early December" → the 10th)
 * @returns the implied total, or null when the claim has no value or no start
 */
export function impliedTotalFromRate(
  rate: Claim,
  until: string,
  latestStart: string,
): DerivedFigure | null {
  const start = rate.refersTo.start;
  if (!rate.value || start === null) return null;
  const days = daysBetween(start, until) + 1;
  const fewestDays = daysBetween(latestStart, until) + 1;
  return {
    id: `implied-total-${rate.id}`,
    label: `Total implied by ${rate.value.qualifier} ${rate.value.low} ${rate.value.unit}`,
    value: rate.value.low * days,
    unit: 'casualties',
    range: { low: rate.value.low * fewestDays, high: rate.value.high * days },
    inputs: [
      { label: 'Reported rate', value: rate.value.low, unit: rate.value.unit, claimId: rate.id },
      { label: `Assumed start (${rate.refersTo.asPrinted})`, value: start, unit: 'date' },
      { label: 'Latest start the wording allows', value: latestStart, unit: 'date' },
      { label: 'Counted up to', value: until, unit: 'date' },
      { label: 'Days counted', value: days, unit: 'days' },
    ],
    method:
      `rate × days, counting ${start} to ${until} inclusive (${days} days); the range starts ` +
      `as late as ${latestStart} (${fewestDays} days). Assumes the rate held every day, ` +
      'although the NIS reports a pause in combat of about a month: an upper-end extrapolation.',
    derived: true,
  };
}

/**
 * A share of a force as a head count: "up to half" of "as many as 12,000" → 6,000.
 * @param share - a claim in %
 * @param force - a claim in troops
 * @returns share × force, or null when either has no value
 */
export function shareOfForce(share: Claim, force: Claim): DerivedFigure | null {
  if (!share.value || !force.value) return null;
  const value = (share.value.high / 100) * force.value.high;
  return {
    id: `share-of-force-${share.id}`,
    label: `${share.value.high}% of ${force.value.high} troops`,
    value,
    unit: 'people',
    range: {
      low: (share.value.low / 100) * force.value.low,
      high: value,
    },
    inputs: [
      { label: 'Share killed or wounded', value: share.value.high, unit: '%', claimId: share.id },
      { label: 'Force', value: force.value.high, unit: 'troops', claimId: force.id },
    ],
    method:
      share.report === force.report && force.source.some((id) => share.source.includes(id))
        ? 'share × force, both from the same source in the same report; the product is as ' +
          'rough as the share it rests on.'
        : 'share × force. Both figures are ceilings ("up to", "as many as") from different ' +
          'sources and possibly different dates, so the product is a rough ceiling too.',
    derived: true,
  };
}

/** The casualty cross-check: reported totals beside totals derived from rates and shares. */
export interface CasualtyCrossCheck {
  reported: Claim[];
  derived: DerivedFigure[];
}

/**
 * Puts reported casualty totals (killed-or-wounded) beside the total implied by a daily rate
 * and the head count implied by a share of the force.
 * @param claims - claims to draw from (e.g. one area with its context)
 * @param until - last day counted for rates (the report date)
 * @param earlyWindowDays - how many days "early <month>" spans (default 10: the 1st-10th)
 * @returns reported totals and derived figures; empty lists when inputs are missing
 */
export function casualtyCrossCheck(
  claims: readonly Claim[],
  until: string,
  earlyWindowDays = 10,
): CasualtyCrossCheck {
  const derived: DerivedFigure[] = [];
  for (const rate of claims.filter((claim) => claim.metric === 'casualties-per-day')) {
    const start = rate.refersTo.start;
    if (start === null) continue;
    const early = /\bearly\b/i.test(rate.refersTo.asPrinted);
    const implied = impliedTotalFromRate(
      rate,
      until,
      early ? addDays(start, earlyWindowDays - 1) : start,
    );
    if (implied) derived.push(implied);
  }
  const forces = claims.filter((claim) => claim.metric === 'troops-present' && claim.value);
  for (const share of claims.filter((claim) => claim.metric === 'share-of-force-lost')) {
    // A share is of the force its own source gives in the same report ("more than half of the
    // approximately 11,000"), when there is one; otherwise of the first force figure.
    const own = forces.find(
      (force) =>
        force.report === share.report && force.source.some((id) => share.source.includes(id)),
    );
    const force = own ?? forces[0];
    const figure = force ? shareOfForce(share, force) : null;
    if (figure) derived.push(figure);
  }
  const reported = claims.filter((claim) => claim.metric === 'killed-or-wounded' && claim.value);
  return { reported, derived };
}
