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
import type {
  CrossCheckSpec,
  DerivedSpec,
  ProductSpec,
  RateDaysSpec,
  ShareSpec,
  SumSpec,
} from './theatre';

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
 * @param spec - the declaration: the total's unit and the caveat said in the method
 * @returns the implied total, or null when the claim has no value or no start
 */
export function impliedTotalFromRate(
  rate: Claim,
  until: string,
  latestStart: string,
  spec: Pick<RateDaysSpec, 'unit' | 'caveat'> = { unit: rate.value?.unit ?? '' },
): DerivedFigure | null {
  const start = rate.refersTo.start;
  if (!rate.value || start === null) return null;
  const days = daysBetween(start, until) + 1;
  const fewestDays = daysBetween(latestStart, until) + 1;
  return {
    id: `implied-total-${rate.id}`,
    label: `Total implied by ${rate.value.qualifier} ${rate.value.low} ${rate.value.unit}`,
    value: rate.value.low * days,
    unit: spec.unit,
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
      `as late as ${latestStart} (${fewestDays} days).` +
      (spec.caveat ? ` ${spec.caveat}` : ''),
    derived: true,
  };
}

/** Two claims of one report with a source in common. */
function sameSourceAndReport(a: Claim, b: Claim): boolean {
  return a.report === b.report && b.source.some((id) => a.source.includes(id));
}

/**
 * A share of a whole as a count: "up to half" of "as many as 12,000" → 6,000.
 * @param share - a claim in %
 * @param force - a claim of the whole
 * @param spec - the declaration: the result's unit, the share's label, the caveat
 * @returns share × whole, or null when either has no value
 */
export function shareOfForce(
  share: Claim,
  force: Claim,
  spec: Pick<ShareSpec, 'unit' | 'shareLabel' | 'caveat'> = { unit: force.value?.unit ?? '' },
): DerivedFigure | null {
  if (!share.value || !force.value) return null;
  const value = (share.value.high / 100) * force.value.high;
  return {
    id: `share-of-force-${share.id}`,
    label: `${share.value.high}% of ${force.value.high} ${force.value.unit}`,
    value,
    unit: spec.unit,
    range: {
      low: (share.value.low / 100) * force.value.low,
      high: value,
    },
    inputs: [
      { label: spec.shareLabel ?? 'Share', value: share.value.high, unit: '%', claimId: share.id },
      { label: 'Force', value: force.value.high, unit: force.value.unit, claimId: force.id },
    ],
    method: sameSourceAndReport(share, force)
      ? 'share × force, both from the same source in the same report; the product is as rough ' +
        'as the share it rests on.'
      : 'share × force.' + (spec.caveat ? ` ${spec.caveat}` : ''),
    derived: true,
  };
}

/**
 * A product or a sum of figures of different measures, one claim each.
 * @param spec - the declaration
 * @param inputs - one claim with a value per factor or part, in the declaration's order
 * @returns the figure: high values give the central value, lows and highs the range
 */
function combined(spec: ProductSpec | SumSpec, inputs: readonly Claim[]): DerivedFigure {
  const product = spec.type === 'product';
  const fold = (pick: (claim: Claim) => number) =>
    inputs.reduce(
      (sum, claim) => (product ? sum * pick(claim) : sum + pick(claim)),
      product ? 1 : 0,
    );
  const high = fold((claim) => claim.value?.high ?? 0);
  const low = fold((claim) => claim.value?.low ?? 0);
  const sign = product ? ' × ' : ' + ';
  return {
    id: `${spec.type}-${inputs.map((claim) => claim.id).join('-')}`,
    label: spec.label,
    value: high,
    unit: spec.unit,
    ...(low !== high ? { range: { low, high } } : {}),
    inputs: inputs.map((claim) => ({
      label: claim.metric,
      value: claim.value?.high ?? 0,
      unit: claim.value?.unit ?? '',
      claimId: claim.id,
    })),
    method:
      `${inputs.map((claim) => claim.metric).join(sign)}, from the figures' upper ends ` +
      `(the range from their lower ends).` +
      (spec.caveat ? ` ${spec.caveat}` : ''),
    derived: true,
  };
}

/** A cross-check's result: reported figures beside figures derived from other measures. */
export interface CrossCheck {
  reported: Claim[];
  derived: DerivedFigure[];
  /** The declaration each derived figure came from, parallel to `derived`. */
  specs: DerivedSpec[];
}

/** The first claim of a measure that has a value. */
function firstOf(claims: readonly Claim[], metric: string): Claim | undefined {
  return claims.find((claim) => claim.metric === metric && claim.value);
}

/** Every claim of a measure with a value. */
function allOf(claims: readonly Claim[], metric: string): Claim[] {
  return claims.filter((claim) => claim.metric === metric && claim.value);
}

/**
 * The figures one declaration derives from the claims: one per claim of its first measure (a
 * rate, a share, the first factor or part), the other inputs taken as the first claim of
 * their measure with a value (so an area's own before its ancestors').
 * @param spec - the declaration (geodata/theatre.json, crossChecks[].derived)
 * @param claims - claims to draw from
 * @param until - last day counted for rates
 * @returns the derived figures; none when an input is missing
 */
export function derivedFigures(
  spec: DerivedSpec,
  claims: readonly Claim[],
  until: string,
): DerivedFigure[] {
  switch (spec.type) {
    case 'rate-days':
      return allOf(claims, spec.rate).flatMap((rate) => {
        const start = rate.refersTo.start;
        if (start === null) return [];
        const early = /\bearly\b/i.test(rate.refersTo.asPrinted);
        const latest = early ? addDays(start, spec.earlyWindowDays - 1) : start;
        return impliedTotalFromRate(rate, until, latest, spec) ?? [];
      });
    case 'share': {
      const wholes = allOf(claims, spec.of);
      // A share is of the whole its own source gives in the same report ("more than half of
      // the approximately 11,000"), when there is one; otherwise of the first whole.
      return allOf(claims, spec.share).flatMap((share) => {
        const whole = wholes.find((w) => sameSourceAndReport(share, w)) ?? wholes[0];
        return whole ? (shareOfForce(share, whole, spec) ?? []) : [];
      });
    }
    case 'product':
    case 'sum': {
      const [first = '', ...others] = spec.type === 'product' ? spec.factors : spec.parts;
      const rest = others.map((metric) => firstOf(claims, metric));
      if (rest.some((claim) => claim === undefined)) return [];
      return allOf(claims, first).map((claim) =>
        combined(spec, [claim, ...rest.filter((c): c is Claim => c !== undefined)]),
      );
    }
  }
}

/**
 * Puts a measure's reported figures beside the figures other measures imply, as one
 * declaration of geodata/theatre.json says (e.g. reported casualty totals beside a daily rate
 * × days and a share × the force).
 * @param spec - the cross-check's declaration
 * @param claims - claims to draw from (e.g. one area with its context)
 * @param until - last day counted for rates (the report date)
 * @returns reported figures and derived ones; empty lists when inputs are missing
 */
export function crossCheck(
  spec: CrossCheckSpec,
  claims: readonly Claim[],
  until: string,
): CrossCheck {
  const derived: DerivedFigure[] = [];
  const specs: DerivedSpec[] = [];
  for (const each of spec.derived) {
    for (const figure of derivedFigures(each, claims, until)) {
      derived.push(figure);
      specs.push(each);
    }
  }
  return { reported: allOf(claims, spec.reported), derived, specs };
}
