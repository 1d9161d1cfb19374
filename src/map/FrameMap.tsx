import type { FrameModel } from '../view/frameModel';
import { COUNTRY_STYLE } from './basemapStyle';
import { PALETTE } from './palette';

/**
 * The first frame's map (index.html, rendered at build time): the theatre's box as the SVG's
 * viewBox, fitted into the map's padded box by CSS (`.frame-map`, the padding Leaflet fits
 * the theatre with) as Leaflet fits it, so Leaflet's first view draws the same outlines in the
 * same places. The outlines around the theatre overflow the viewBox to fill the map. Styles
 * are presentation attributes (the CSP allows no style attribute); strokes keep their screen
 * width whatever the scale, as Leaflet's do. The app takes this SVG into its map
 * (src/ui/staticFrame.ts) and lets it go once Leaflet has drawn what it shows.
 */
export function FrameMap({ model }: { model: FrameModel }) {
  return (
    <svg
      className="frame-map"
      viewBox={model.viewBox.join(' ')}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={`Map of the theatre: ${model.regions.map((r) => r.name).join(' and ')}`}
    >
      <path
        d={model.countries}
        fill={COUNTRY_STYLE.fillColor}
        stroke={COUNTRY_STYLE.color}
        strokeWidth={COUNTRY_STYLE.weight}
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      />
      <g className="frame-regions">
        {model.regions.map((region) => (
          <path
            key={region.id}
            className={`frame-region frame-region-${region.id}`}
            d={region.d}
            fill={PALETTE.area}
            fillOpacity={0.1}
            fillRule="evenodd"
            stroke={PALETTE.area}
            strokeWidth={2}
            strokeLinejoin="round"
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </g>
    </svg>
  );
}
