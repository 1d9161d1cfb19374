/**
 * Who made the map's data and under which licence: one wording for the map's attribution, the
 * overview's "Sources and licences" and the briefing PNG's footer, so they never disagree.
 * The map's attribution is made of constants only: Leaflet renders attributions as HTML.
 * `figuresCredit` says which reports the figures come from, from the data; it is text for
 * React, never for the attribution.
 */
import type { Report } from '../data/schema';
import { formatIsoDate, formatNumber } from '../ui/format';

/** Outlines of countries and provinces (so also the report's areas), rivers and lakes. */
export const NATURAL_EARTH_CREDIT = 'Natural Earth (public domain)';
/** The report's places and every settlement name (the gazetteer). */
export const GEONAMES_CREDIT = '© GeoNames (geonames.org), CC BY 4.0';
/** The optional online tiles. */
export const OSM_CREDIT = '© OpenStreetMap contributors (ODbL)';

/** The embedded data's attribution on the map (short: on a phone it sits under the map's tools). */
export const MAP_ATTRIBUTION = `Basemap: ${NATURAL_EARTH_CREDIT} · Places: ${GEONAMES_CREDIT}`;

/**
 * The credit line of the briefing image: the map's attribution, and more. The online tiles are
 * never in the image (their pixels would need a cross-origin fetch the page's CSP forbids), so
 * with them on it names their makers, as the map did, and says they are left out.
 * @param layers ids of the visible layers
 * @returns the credit line
 * @example briefingCredit(['basemap', 'places'])
 */
export function briefingCredit(layers: readonly string[]): string {
  const parts = [MAP_ATTRIBUTION];
  if (layers.includes('osm')) parts.push(`online tiles ${OSM_CREDIT} left out of the image`);
  return [...parts, 'Figures as reported, not verified'].join(' · ');
}

/**
 * Where the figures come from: how many news reports, of which dates, from how many outlets.
 * @param reports - the dataset's reports (any order), or null while the data is not in
 * @returns the sentence of the credits
 * @example figuresCredit(ds.reports)
 * // 'Figures: 14 news reports from 11 outlets, published 23 Oct 2024 to 24 Oct 2025, …'
 */
export function figuresCredit(
  reports: readonly Pick<Report, 'published' | 'outlet'>[] | null,
): string {
  const tail =
    'every figure attributed to the source that claims it; notes and grades are Sitrep’s own.';
  if (!reports) return `Figures: news reports, still loading; ${tail}`;
  const [first] = reports;
  if (!first) return 'Figures: no news report loaded.';
  if (reports.length === 1) {
    return `Figures: one news report (${first.outlet}, ${formatIsoDate(first.published)}), ${tail}`;
  }
  const dates = reports.map((report) => report.published).sort();
  const from = formatIsoDate(dates[0] ?? '');
  const to = formatIsoDate(dates[dates.length - 1] ?? '');
  const outlets = new Set(reports.map((report) => report.outlet)).size;
  const published = from === to ? `on ${from}` : `${from} to ${to}`;
  return (
    `Figures: ${formatNumber(reports.length)} news reports from ${formatNumber(outlets)} ` +
    `outlet${outlets === 1 ? '' : 's'}, published ${published}, ${tail}`
  );
}
