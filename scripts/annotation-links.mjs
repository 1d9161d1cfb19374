// Measures the shared link's length with N drawn marks: the real codec (src/state/url, loaded
// through Vite's module runner), realistic shapes (a third each points, 4-vertex lines and
// 5-corner polygons inside the theatre, from a fixed seed), and notes of 50–60 characters of random words
// or none. Prints a table and the most marks that fit the 8,000-character budget, beside the
// same shapes as uncompressed GeoJSON in the link (what geojson.io's #data= does).
//
//   node scripts/annotation-links.mjs
import { runnerImport } from 'vite';
import { phrase, random } from './seeded.mjs';

const { module: url } = await runnerImport('/scripts/linkCodec.ts');
const { module: state } = await runnerImport('/src/state/viewState.ts');
const { encodeViewState, LINK_BUDGET } = url;
const PAGE = 'https://example.org/sitrep/';

/** Notes are random phrases from these words (repeated notes would compress unfairly well). */
const WORDS = (
  'reported position convoy supply road trench bridge depot unit seen near village edge ' +
  'estimate unconfirmed second source briefing satellite pass drone strike artillery ' +
  'brigade battalion north south east west river crossing checkpoint 27 Feb 3 Mar ' +
  'Kursk Sudzha Nikolske staging area withdrawn moved since last week'
).split(' ');

function note(next) {
  return phrase(next, WORDS, 50);
}

function marks(count, withNotes, seed = 13) {
  const next = random(seed);
  const at = () => [34 + next() * 5, 47 + next() * 5];
  const near = ([lng, lat]) => [lng + (next() - 0.5) * 0.3, lat + (next() - 0.5) * 0.2];
  return Array.from({ length: count }, (_, i) => {
    const start = at();
    const kind = i % 3;
    const geometry =
      kind === 0
        ? { type: 'Point', coordinates: start }
        : kind === 1
          ? { type: 'LineString', coordinates: [start, near(start), near(start), near(start)] }
          : {
              type: 'Polygon',
              coordinates: [[start, near(start), near(start), near(start), near(start), start]],
            };
    return { id: `m${i}`, geometry, note: withNotes ? note(next) : '' };
  });
}

function linkLength(ann) {
  const view = { ...state.createDefaultViewState(), area: 'kursk', asof: '2025-02-27', ann };
  return `${PAGE}#${encodeViewState(view)}`.length;
}

function geojsonLength(ann) {
  const round = (p) => p.map((x) => Math.round(x * 1e5) / 1e5);
  const features = ann.map((a) => ({
    type: 'Feature',
    properties: a.note ? { note: a.note } : {},
    geometry: {
      type: a.geometry.type,
      coordinates:
        a.geometry.type === 'Point'
          ? round(a.geometry.coordinates)
          : a.geometry.type === 'LineString'
            ? a.geometry.coordinates.map(round)
            : [a.geometry.coordinates[0].map(round)],
    },
  }));
  const data = encodeURIComponent(JSON.stringify({ type: 'FeatureCollection', features }));
  return `${PAGE}#data=data:application/json,${data}`.length;
}

function mostThatFit(withNotes) {
  let n = 0;
  while (linkLength(marks(n + 1, withNotes)) <= LINK_BUDGET) n += 1;
  return n;
}

const rows = [1, 10, 30, 100].map((n) => ({
  marks: n,
  notes: linkLength(marks(n, true)),
  noNotes: linkLength(marks(n, false)),
  geojson: geojsonLength(marks(n, true)),
}));
console.log(
  '| Marks | Link, notes of 50–60 characters | Link, no notes | Uncompressed GeoJSON link |',
);
console.log('| ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.marks} | ${row.notes} | ${row.noNotes} | ${row.geojson} |`);
}
console.log(
  `\nBudget ${LINK_BUDGET} characters. Most marks that fit: ${mostThatFit(true)} with notes, ${mostThatFit(false)} without.`,
);
