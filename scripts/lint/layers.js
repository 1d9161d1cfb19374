// The layers of src/ and what each may import, as ESLint rules (no-restricted-imports with a
// regex per forbidden folder). Imports point one way:
//   geo → data → state → view → map | panels | workbench → app   (ui: generic, imports none)
// A folder may import itself and the folders to its left; map and panels never import each
// other; only map imports Leaflet. See docs/architecture.md.

/** Each folder of src/ with the folders it must not import. */
export const FORBIDDEN = {
  geo: ['data', 'state', 'view', 'map', 'panels', 'workbench', 'app', 'ui'],
  data: ['state', 'view', 'map', 'panels', 'workbench', 'app', 'ui'],
  state: ['view', 'map', 'panels', 'workbench', 'app', 'ui'],
  ui: ['geo', 'data', 'state', 'view', 'map', 'panels', 'workbench', 'app'],
  view: ['map', 'panels', 'workbench', 'app'],
  map: ['panels', 'workbench', 'app'],
  panels: ['map', 'workbench', 'app'],
  // The report workbench: a view of its own beside the dashboard, loaded on demand.
  workbench: ['map', 'app'],
};

const LEAFLET = ['leaflet', 'react-leaflet'];

function rulesFor(folder, forbidden) {
  const patterns = forbidden.map((target) => ({
    // '../view/x', '../../view', but not '../viewState' or './view'.
    regex: `^(\\.\\./)+${target}(/|$)`,
    message: `src/${folder}/ must not import src/${target}/ (imports point geo → data → state → view → map|panels|workbench → app; see docs/architecture.md).`,
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
