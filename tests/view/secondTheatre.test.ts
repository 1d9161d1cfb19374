// A second theatre, from fixture files only (tests/fixtures/theatre/: two made-up countries,
// two regions, a village whose location is uncertain, four places, six measures, a convoy
// route and a cross-check), run through the same data and view functions as the shipped one.
// No code knows it: if a view function still named something of the shipped situation, the
// panel, labels, route or search below would come out empty or wrong.
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildDataset, geoInputs } from '../../src/data/buildDataset';
import { basemapFromTopologies } from '../../src/data/geodata';
import {
  containmentProblems,
  parseAreas,
  parsePlaces,
  theatreProblems,
} from '../../src/data/geodataSchema';
import { search } from '../../src/data/search';
import { parseSourceRegistry } from '../../src/data/sourceRegistry';
import { makeTheatre, type TheatreFile } from '../../src/data/theatre';
import { parseVocabulary } from '../../src/data/parseVocabulary';
import { formatProblem } from '../../src/data/validate';
import { areaPanelModel } from '../../src/view/areaPanel';
import { eventViews } from '../../src/view/figures';
import {
  mapAreas,
  mapPlaces,
  mapRoutes,
  mapUncertainty,
  searchEntries,
} from '../../src/view/mapModel';
import { readJson, readReportFiles } from '../data/helpers';

const DIR = 'tests/fixtures/theatre';

/** The fixture theatre as the build would read it, with every check of the build. */
function fixtureTheatre() {
  const places = parsePlaces(readJson(`${DIR}/places.geojson`));
  const areas = parseAreas(readJson(`${DIR}/areas.json`), places);
  const basemap = basemapFromTopologies(
    readJson(`${DIR}/basemap/countries.topo.json`) as Topology,
    readJson(`${DIR}/basemap/provinces.topo.json`) as Topology,
  );
  const { vocabulary, problems: vocabularyProblems } = parseVocabulary(
    readJson(`${DIR}/measures.json`),
  );
  if (!vocabulary) throw new Error(vocabularyProblems.map(formatProblem).join('\n'));
  const theatreFile = readJson(`${DIR}/theatre.json`);
  const theatre = makeTheatre(theatreFile as TheatreFile, places);
  const ds = buildDataset(
    readReportFiles(`${DIR}/reports`),
    areas,
    geoInputs(areas, basemap, places),
    vocabulary,
    parseSourceRegistry(readJson(`${DIR}/sources.json`)).sources,
    theatre,
  );
  const problems = [
    ...theatreProblems(theatreFile, places, new Set(areas.map((a) => a.id)), vocabulary),
    ...containmentProblems(areas, basemap, places),
    ...ds.problems.map(formatProblem),
  ];
  return { ds, basemap, problems };
}

const { ds, basemap, problems } = fixtureTheatre();
const AS_OF = '2026-03-10';

describe('a second theatre from fixture files', () => {
  it('passes every check the build runs on a theatre', () => {
    expect(problems).toEqual([]);
    expect(ds.claims).toHaveLength(6);
  });

  it("draws its regions and labels its places, the village's with its uncertainty", () => {
    expect(mapAreas(ds, basemap, AS_OF).map((area) => [area.id, area.provinceCode])).toEqual([
      ['north-march', 'XA-NM'],
      ['south-vale', 'XB-SV'],
    ]);
    const places = mapPlaces(ds);
    expect(places.map((place) => [place.id, place.areaId, place.approximate])).toEqual([
      ['port-ash', null, false],
      ['fenwick', null, false],
      ['millbrook', 'millbrook', true],
    ]);
    const [ring] = mapUncertainty(ds);
    expect(ring?.label).toBe('Millbrook: location uncertain by about 4 km');
  });

  it('draws the convoy route with the figure it names and the month it was reported', () => {
    const [route, ...more] = mapRoutes(ds, AS_OF);
    expect(more).toEqual([]);
    expect(route?.label).toEqual([
      'Convoy route: Port Ash → Fenwick',
      'about 400 relief trucks sent · Mar 2026',
    ]);
    const coordinates = route?.line.geometry.coordinates ?? [];
    expect(coordinates[0]).toEqual([12.5, 47.5]);
    expect(coordinates.at(-1)?.map((n) => Math.round(n * 1e6) / 1e6)).toEqual([17, 47]);
  });

  it("puts the cross-check in South Vale's panel: reported arrivals beside rate × days and share × sent", () => {
    const panel = areaPanelModel(ds, 'south-vale', AS_OF, eventViews(ds));
    const chart = panel?.charts.find((c) => c.id === 'trucks-compared');
    expect(chart?.title).toBe('Trucks: reported arrivals vs derived estimates (trucks)');
    expect(chart?.rows.map((row) => [row.label, row.derived, row.low, row.high])).toEqual([
      ['Relief Agency', false, 250, 250],
      // 1 to 10 March is 10 days at 20 a day; "early March" may start as late as the 10th.
      ['Rate × days', true, 20, 200],
      // Up to 75% of the 320 sent to South Vale (not the 400 sent in all: Arland is no
      // ancestor of South Vale).
      ['Share × sent', true, 240, 240],
    ]);
    expect(chart?.rows[0]?.valueText).toBe('at least 250 relief trucks arrived (reported)');
    const derived = panel?.derived.map((figure) => figure.label) ?? [];
    expect(derived).toContain('Distance Port Ash → Fenwick (great circle)');
    // The route's length shows in South Vale only (distanceIn).
    const north = areaPanelModel(ds, 'north-march', AS_OF, eventViews(ds));
    expect(north?.derived.map((figure) => figure.label)).not.toContain(
      'Distance Port Ash → Fenwick (great circle)',
    );
  });

  it("tells the village's location is approximate, naming the other Millbrook", () => {
    const panel = areaPanelModel(ds, 'millbrook', AS_OF, eventViews(ds));
    expect(panel?.location?.alternatives).toEqual(['Millbrook (North March, XA)']);
    expect(panel?.events.map((event) => event.id)).toEqual(['e-fx-bridge-closed']);
  });

  it('searches its areas and places in its own spellings and country names', () => {
    const entries = searchEntries(ds);
    const hits = search(entries, 'Mill Brook');
    expect(hits[0]?.entry.id).toBe('millbrook');
    const homonyms = search(entries, 'Millbrook').map((hit) => [hit.entry.id, hit.entry.detail]);
    expect(homonyms).toEqual([
      ['millbrook', 'Village · South Vale · Borvia — in this report'],
      ['millbrook-north', 'Settlement · North March · Arland'],
    ]);
    expect(search(entries, 'Sudtal')[0]?.entry.id).toBe('south-vale');
  });
});
