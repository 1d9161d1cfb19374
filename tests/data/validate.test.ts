/**
 * Breaking the data on purpose: each breakage fails validation with a message naming the
 * file and the field. The real report file is copied and broken in memory.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { loadAreas, placesCollection } from '../../src/data/geodata';
import { buildDataset, geoInputs } from '../../src/data/buildDataset';
import {
  formatProblem,
  validatePlaces,
  validateReportFile,
  type ReportFileInput,
} from '../../src/data/validate';
import { SOURCE_REGISTRY } from '../../src/data/sourceRegistry';
import { clone, datasetOf, readBasemap, readReportFiles } from './helpers';

const SEED = 'geodata/reports/2025-02-27-north-korea-more-troops-to-russia.json';
const all = readReportFiles();
const real = at(
  all.filter((file) => file.name === SEED),
  0,
);
/** The other report files: they stay valid while the seed is broken. */
const others = all.filter((file) => file.name !== SEED);
const FILE = real.name;

/** list[i], or a thrown error naming what is missing. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

interface Editable {
  report: { id: string; published: string };
  claims: {
    id: string;
    area: string;
    source: string[];
    value: { low: number; high: number } | null;
    refersTo: { start: string | null; end: string };
  }[];
  events: { id: string; claims: string[] }[];
  carries?: unknown[];
}

/** The real file with one change applied. */
function broken(change: (json: Editable) => void): ReportFileInput {
  const json = clone(real.json) as Editable;
  change(json);
  return { name: FILE, json };
}

function problemsOf(files: ReportFileInput[]): string[] {
  return datasetOf([...others, ...files]).problems.map(formatProblem);
}

describe('validation', () => {
  it('accepts the real data', () => {
    expect(problemsOf([real])).toEqual([]);
  });

  it('rejects an unknown area id, naming file and field', () => {
    const problems = problemsOf([broken((json) => void (at(json.claims, 0).area = 'kurskk'))]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(FILE);
    expect(problems[0]).toMatch(/claims\[0\] \(c-[a-z0-9-]+\)\.area: unknown area "kurskk"/);
  });

  it('rejects low > high', () => {
    const problems = problemsOf([
      broken((json) => {
        const claim = at(json.claims, 4);
        if (claim.value) claim.value.low = 30000;
      }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /claims\[4\] \(c-[a-z0-9-]+\)\.value\.low: low must not be greater than high$/,
      ),
    ]);
    expect(problems[0]?.startsWith(`${FILE}: `)).toBe(true);
  });

  it('rejects an impossible date such as 2025-02-30', () => {
    const problems = problemsOf([
      broken((json) => void (at(json.claims, 1).refersTo.end = '2025-02-30')),
    ]);
    expect(problems.join('\n')).toMatch(/\.json: claims\[1\] \(c-[a-z0-9-]+\)\.refersTo\.end: /);
    expect(problems.join('\n')).toContain('calendar date');
  });

  it('rejects a date after the report was published', () => {
    const problems = problemsOf([
      broken((json) => void (at(json.claims, 1).refersTo.end = '2025-03-15')),
    ]);
    expect(problems.join('\n')).toMatch(/claims\[1\].*refersTo\.end: 2025-03-15 is after/);
  });

  it('rejects an id used in two files, keeping the first file', () => {
    const second = broken((json) => {
      json.report.id = '2025-02-27-z-copy';
      json.claims = json.claims.slice(0, 1);
      json.events = [];
      json.carries = [];
    });
    const ds = datasetOf([...all, { ...second, name: 'geodata/reports/2025-02-27-z-copy.json' }]);
    const messages = ds.problems.map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^geodata\/reports\/2025-02-27-z-copy\.json: claims\[0\]\.id: "c-[a-z0-9-]+" is already used in geodata\/reports\/2025-02-27-north-korea/,
    );
    expect(ds.reports.map((report) => report.id)).toEqual(
      all.map((file) => file.name.slice(16, -5)),
    );
  });

  it('looks the known sources up without copying them (a copy per file made the build quadratic)', () => {
    // In the build, `known` is the registry plus every report's new sources: at 10,000 reports
    // a copy of it per file was 10^8 map entries. A map that cannot be iterated shows the file
    // is checked by lookups alone.
    class LookupOnly<K, V> extends Map<K, V> {
      override [Symbol.iterator](): MapIterator<[K, V]> {
        throw new Error('the known sources were iterated (copied)');
      }
      override entries(): MapIterator<[K, V]> {
        throw new Error('the known sources were iterated (copied)');
      }
      override forEach(): void {
        throw new Error('the known sources were iterated (copied)');
      }
    }
    const known = new LookupOnly<string, { kind: string }>();
    for (const [id, source] of SOURCE_REGISTRY) Map.prototype.set.call(known, id, source);
    const areaIds = new Set(loadAreas().map((area) => area.id));
    expect(validateReportFile(real, areaIds, undefined, known).problems).toEqual([]);
    const unknown = broken((json) => {
      at(json.claims, 0).source = ['nobody'];
    });
    expect(
      validateReportFile(unknown, areaIds, undefined, known).problems.map(formatProblem).join('\n'),
    ).toMatch(/claims\[0\] \([^)]+\)\.source\[0\]: unknown source "nobody"/);
  });

  it('rejects an unknown source and an event naming a missing claim', () => {
    const problems = problemsOf([
      broken((json) => {
        at(json.claims, 0).source = ['nobody'];
        at(json.events, 0).claims = ['c-missing'];
      }),
    ]).join('\n');
    expect(problems).toMatch(/claims\[0\] \([^)]+\)\.source\[0\]: unknown source "nobody"/);
    expect(problems).toMatch(/events\[0\] \([^)]+\)\.claims\[0\]: unknown claim "c-missing"/);
  });

  it('rejects a carried claim that no report defines, keeping the rest of the file', () => {
    const json = clone(real.json) as Editable;
    json.carries = [{ claim: 'c-nowhere', quote: 'about 92 casualties a day', via: [] }];
    const ds = datasetOf([...others, { name: FILE, json }]);
    expect(ds.problems.map(formatProblem)).toEqual([
      `${FILE}: carries[0].claim: unknown claim "c-nowhere" (not in any valid report)`,
    ]);
    expect(ds.reports.map((report) => report.id)).toContain(real.name.slice(16, -5));
  });

  it('rejects a carry by a report older than the one defining the claim', () => {
    const older = others.find((file) => file.name.includes('2025-01-17-'));
    if (!older) throw new Error('no 17 January report');
    const json = clone(older.json) as Editable;
    json.carries = [{ claim: 'c-2025-02-27-troops-in-russia', quote: '12,000 troops', via: [] }];
    const ds = datasetOf([...all.filter((file) => file !== older), { ...older, json }]);
    expect(ds.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /2025-01-17-isw-all-may-be-lost\.json: carries\[0\]\.claim: "c-2025-02-27-troops-in-russia" is defined in a later report/,
      ),
    ]);
    expect(ds.carriedBy.get('c-2025-02-27-troops-in-russia')).toHaveLength(1);
  });

  it('rejects a carry of one of its own claims, and an unknown measure', () => {
    const problems = problemsOf([
      broken((json) => {
        json.carries = [{ claim: at(json.claims, 0).id, quote: 'x', via: [] }];
        (at(json.claims, 1) as { metric?: string }).metric = 'killed-ish';
      }),
    ]).join('\n');
    expect(problems).toMatch(/carries\[0\]\.claim: "c-[a-z0-9-]+" is a claim of this file/);
    expect(problems).toMatch(/claims\[1\] \([^)]+\)\.metric: unknown measure "killed-ish"/);
  });

  it('rejects a file whose name is not its report id', () => {
    const problems = problemsOf([{ ...real, name: 'geodata/reports/2025-02-27-other.json' }]);
    expect(problems.join('\n')).toContain('report.id');
  });

  it('skips a bad file and keeps the others working', () => {
    const bad = { name: 'geodata/reports/2025-03-01-bad.json', json: { report: 'nonsense' } };
    const ds = datasetOf([bad, ...all]);
    expect(ds.claims.length).toBeGreaterThan(10);
    expect(ds.problems.every((problem) => problem.file === bad.name)).toBe(true);
  });

  it('rejects a place outside the area it says it is in', () => {
    const areas = loadAreas();
    const geo = geoInputs(areas, readBasemap());
    const places = clone(placesCollection.features).map((place) =>
      place.properties.id === 'nikolske'
        ? { ...place, geometry: { type: 'Point' as const, coordinates: [36.19, 51.74] } }
        : place,
    );
    const problems = validatePlaces(places, areas, geo.areaFeatures).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^geodata\/places\.geojson: features\[\d+\] \(nikolske\)\.geometry: point lies outside area "donetsk"/,
    );
  });

  it('rejects a point area outside its parent', () => {
    const areas = loadAreas();
    const geo = geoInputs(areas, readBasemap());
    const moved: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [36.19, 51.74] },
    };
    const features = new Map([...geo.areaFeatures, ['nikolske', moved]]);
    const ds = buildDataset([], areas, { places: [], areaFeatures: features });
    expect(ds.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^geodata\/areas\.json: .*\(nikolske\)\.geometry: point lies outside/),
    ]);
  });
});
