/**
 * How the embedded basemap is drawn: by Leaflet (BasemapLayer) and in the first frame
 * (FrameMap, index.html), so the two look the same. No Leaflet here: the build renders the
 * frame in Node.
 */
export const COUNTRY_STYLE = {
  color: '#7d8792',
  weight: 1,
  fillColor: '#eef0ea',
  fillOpacity: 1,
  interactive: false,
} as const;

export const PROVINCE_STYLE = {
  color: '#a7afb8',
  weight: 0.6,
  dashArray: '3 3',
  fill: false,
  interactive: false,
} as const;
