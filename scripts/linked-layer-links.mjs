// Measures the shared link's length with one imported layer put in the link (`lyr=`): the real
// codec (src/state/url and the same restore "Include in link" uses, loaded through Vite's
// module runner), layers of points or of 5-corner polygons inside the theatre from a fixed seed,
// each feature with two properties (a name of random words, 20–30 characters, and a number)
// or none. Prints a table and the most features that fit the 8,000-character budget, beside the
// same polygons as uncompressed GeoJSON in the link (what geojson.io's #data= does).
//
//   node scripts/linked-layer-links.mjs
import { runnerImport } from 'vite';
import { phrase, random } from './seeded.mjs';

const { module: url } = await runnerImport('/scripts/linkCodec.ts');
const { module: state } = await runnerImport('/src/state/viewState.ts');
const { module: restore } = await runnerImport('/src/state/linkedLayers/restore.ts');
const { encodeViewState, LINK_BUDGET } = url;
const PAGE = 'https://example.org/sitrep/';
const KEY = 'front-positions-3fa1c2d4';

const WORDS = (
  'reported position convoy supply road trench bridge depot unit seen near village edge ' +
  'estimate unconfirmed second source briefing brigade battalion north south river crossing ' +
  'checkpoint Kursk Sudzha Nikolske staging area'
).split(' ');

function name(next) {
  return phrase(next, WORDS, 20);
}

function features(count, kind, withProperties, seed = 17) {
  const next = random(seed);
  const at = () => [34 + next() * 5, 47 + next() * 5];
  const near = ([lng, lat]) => [lng + (next() - 0.5) * 0.3, lat + (next() - 0.5) * 0.2];
  return Array.from({ length: count }, () => {
    const start = at();
    const geometry =
      kind === 'points'
        ? { type: 'Point', coordinates: start }
        : {
            type: 'Polygon',
            coordinates: [[start, near(start), near(start), near(start), near(start), start]],
          };
    const properties = withProperties
      ? { name: name(next), troops: Math.round(next() * 5000) }
      : {};
    return { type: 'Feature', properties, geometry };
  });
}

function linked(list) {
  const layer = { type: 'FeatureCollection', id: KEY, name: 'Front positions', features: list };
  return restore.restoreLinkedLayers([layer]).layers;
}

function linkLength(list) {
  const view = {
    ...state.createDefaultViewState(),
    area: 'kursk',
    asof: '2025-02-27',
    layers: [...state.DEFAULT_LAYERS, `user:${KEY}`],
    lyr: linked(list),
  };
  return `${PAGE}#${encodeViewState(view)}`.length;
}

function geojsonLength(list) {
  const data = encodeURIComponent(
    JSON.stringify({ type: 'FeatureCollection', features: linked(list)[0].features }),
  );
  return `${PAGE}#data=data:application/json,${data}`.length;
}

function mostThatFit(kind, withProperties) {
  let n = 0;
  while (n < 200 && linkLength(features(n + 1, kind, withProperties)) <= LINK_BUDGET) n += 1;
  return n;
}

console.log(
  '| Features | Points, with properties | Points, none | Polygons, with properties | Polygons, none | Polygons as uncompressed GeoJSON |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of [10, 50, 200]) {
  const cells = [
    linkLength(features(n, 'points', true)),
    linkLength(features(n, 'points', false)),
    linkLength(features(n, 'polygons', true)),
    linkLength(features(n, 'polygons', false)),
    geojsonLength(features(n, 'polygons', true)),
  ].map((length) => (length > LINK_BUDGET ? `${length} (over)` : `${length}`));
  console.log(`| ${n} | ${cells.join(' | ')} |`);
}
console.log(
  `\nBudget ${LINK_BUDGET} characters; a link carries at most 200 features. Most that fit: ` +
    `points ${mostThatFit('points', true)} with properties, ${mostThatFit('points', false)} without; ` +
    `polygons ${mostThatFit('polygons', true)} with properties, ${mostThatFit('polygons', false)} without.`,
);
