// The layers of src/ and what each may import, as ESLint rules (no-restricted-imports with a
// regex per forbidden folder). Imports point one way:
//   geo → data → state → view → map | panels → app      (ui: generic, imports none of them)
// A folder may import itself and the folders to its left; map and panels never import each
// other; only map imports Leaflet. See docs/architecture.md.

/** Each folder of src/ with the folders it must not import. */
export const FORBIDDEN = {
  geo: ['data', 'state', 'view', 'map', 'panels', 'app', 'ui'],
  data: ['state', 'view', 'map', 'panels', 'app', 'ui'],
  state: ['view', 'map', 'panels', 'app', 'ui'],
  ui: ['geo', 'data', 'state', 'view', 'map', 'panels', 'app'],
  view: ['map', 'panels', 'app'],
  map: ['panels', 'app'],
  panels: ['map', 'app'],
};

const LEAFLET = ['leaflet', 'react-leaflet'];

function rulesFor(folder, forbidden) {
  const patterns = forbidden.map((target) => ({
    // '../view/x', '../../view', but not '../viewState' or './view'.
    regex: `^(\\.\\./)+${target}(/|$)`,
    message: `src/${folder}/ must not import src/${target}/ (imports point geo → data → state → view → map|panels → app; see docs/architecture.md).`,
  }));
  if (folder !== 'map') {
    patterns.push({
      regex: `^(${LEAFLET.join('|')})(/|$)`,
      message: 'Only src/map/ imports Leaflet.',
    });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export const LAYER_RULES = Object.entries(FORBIDDEN).map(([folder, forbidden]) =>
  rulesFor(folder, forbidden),
);
