/**
 * Who made the map's data and under which licence: one wording for the map's attribution, the
 * overview's "Sources and licences" and the briefing PNG's footer, so they never disagree.
 * Constants only: Leaflet renders attributions as HTML.
 */

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
