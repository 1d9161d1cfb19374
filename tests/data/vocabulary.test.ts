/**
 * The open vocabulary: measures, units and relations are data (geodata/measures.json).
 * Acceptance: a report using new measures needs data files only. The test copies the report
 * files and the vocabulary to a temporary folder, adds a fixture report using `killed` and
 * `wounded` (and a measure that exists only in the copied vocabulary), builds the dataset
 * from that folder and finds the figures and their derived sum.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/buildDataset';
import { loadAreas } from '../../src/data/geodata';
import { METRIC_IDS, VOCABULARY_PROBLEMS, isMetricId, metricInfo } from '../../src/data/metrics';
import { relationSums } from '../../src/data/sums';
import { parseVocabulary } from '../../src/data/parseVocabulary';
import { ROOT, clone, readJson } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-vocab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixtureReport() {
  const dateRef = {
    start: '2025-03-03',
    end: '2025-03-03',
    precision: 'day',
    asPrinted: 'on Monday',
  };
  const claim = (id: string, metric: string, low: number, quote: string) => ({
    id,
    area: 'kursk',
    metric,
    value: { low, high: low, unit: 'people', qualifier: '' },
    refersTo: dateRef,
    reportedOn: dateRef,
    source: ['fixture-agency'],
    via: ['fixture-outlet'],
    quote,
    note: 'Fixture for the vocabulary test.',
    grade: { source: 'F', info: '6', reason: 'Fixture.' },
  });
  return {
    report: {
      id: '2025-03-03-fixture-killed-and-wounded',
      title: 'Fixture report',
      outlet: 'Fixture outlet',
      outletSource: 'fixture-outlet',
      dateline: 'Nowhere',
      published: '2025-03-03',
      editor: null,
      url: null,
      language: 'en',
      text: null,
    },
    newSources: [
      {
        id: 'fixture-outlet',
        name: 'Fixture outlet',
        shortName: 'Fixture',
        kind: 'outlet',
        country: null,
        party: false,
      },
      {
        id: 'fixture-agency',
        name: 'Fixture agency',
        shortName: 'Agency',
        kind: 'government',
        country: null,
        party: false,
      },
    ],
    claims: [
      claim('c-fixture-killed', 'killed', 120, '120 killed'),
      claim('c-fixture-wounded', 'wounded', 480, '480 wounded'),
      claim('c-fixture-missing', 'fixture-missing', 15, '15 missing'),
    ],
    events: [],
  };
}

function readFolder(folder: string) {
  return readdirSync(folder)
    .filter((name) => /^\d{4}-.*\.json$/.test(name))
    .map((name) => ({
      name: `geodata/reports/${name}`,
      json: JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as unknown,
    }));
}

describe('open vocabulary', () => {
  it('the shipped measures file is valid and drives the metric lookups', () => {
    expect(VOCABULARY_PROBLEMS).toEqual([]);
    const json = readJson('geodata/measures.json') as { measures: { id: string }[] };
    // Its shape too, as the build checks it (the dashboard only reads it, without zod).
    expect(parseVocabulary(json).problems).toEqual([]);
    expect([...METRIC_IDS].sort()).toEqual(json.measures.map((m) => m.id).sort());
    expect(isMetricId('killed')).toBe(true);
    expect(isMetricId('no-such-measure')).toBe(false);
    expect(metricInfo('killed-or-wounded').unit).toBe('people');
    expect(metricInfo('no-such-measure').label).toBe('no-such-measure');
  });

  it('adding a report with new measures needs data files only', () => {
    cpSync(path.join(ROOT, 'geodata/reports'), path.join(dir, 'reports'), { recursive: true });
    const vocab = clone(readJson('geodata/measures.json')) as {
      measures: Record<string, unknown>[];
    };
    vocab.measures.push({
      id: 'fixture-missing',
      label: 'Missing (fixture)',
      unit: 'people',
      kind: 'figure',
      order: 46,
    });
    writeFileSync(path.join(dir, 'measures.json'), JSON.stringify(vocab));
    writeFileSync(
      path.join(dir, 'reports', '2025-03-03-fixture-killed-and-wounded.json'),
      JSON.stringify(fixtureReport()),
    );

    const parsed = parseVocabulary(
      JSON.parse(readFileSync(path.join(dir, 'measures.json'), 'utf8')),
    );
    expect(parsed.problems).toEqual([]);
    const vocabulary = parsed.vocabulary;
    if (!vocabulary) throw new Error('vocabulary did not parse');
    const files = readFolder(path.join(dir, 'reports'));
    const ds = buildDataset(files, loadAreas(), undefined, vocabulary);

    expect(ds.problems).toEqual([]);
    const ids = ds.claims.map((claim) => claim.id);
    expect(ids).toEqual(
      expect.arrayContaining(['c-fixture-killed', 'c-fixture-wounded', 'c-fixture-missing']),
    );
    const fixtureSums = relationSums(ds.claims, vocabulary).filter((sum) =>
      sum.claimIds.includes('c-fixture-killed'),
    );
    expect(fixtureSums).toHaveLength(1);
    expect(fixtureSums[0]).toMatchObject({
      metric: 'killed-or-wounded',
      value: 600,
      derived: true,
      claimIds: ['c-fixture-killed', 'c-fixture-wounded'],
    });
    expect(fixtureSums[0]?.inputs.map((input) => input.value)).toEqual([120, 480]);

    // The same report against the shipped vocabulary: the unknown measure is named, the rest works.
    const shipped = buildDataset(files, loadAreas());
    expect(shipped.problems.map((p) => p.message).join('\n')).toContain(
      'unknown measure "fixture-missing"',
    );
    expect(shipped.claims.some((claim) => claim.id.startsWith('c-fixture'))).toBe(false);
    expect(shipped.claims.length).toBe(ds.claims.length - 3);
  });

  it('rejects a broken vocabulary with messages naming the row, never throwing', () => {
    const bad = clone(readJson('geodata/measures.json')) as {
      measures: Record<string, unknown>[];
      relations: Record<string, unknown>[];
    };
    bad.measures.push({ id: 'killed', label: 'Again', unit: 'people', kind: 'figure', order: 1 });
    bad.measures.push({ id: 'odd', label: 'Odd', unit: 'parsecs', kind: 'figure', order: 2 });
    bad.measures.push({ id: 'said', label: 'Said', unit: 'people', kind: 'statement', order: 3 });
    bad.relations.push({
      whole: 'killed-or-wounded',
      parts: ['killed', 'casualties-per-day'],
      note: 'x',
    });
    const { vocabulary, problems } = parseVocabulary(bad);
    expect(vocabulary).toBeNull();
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('duplicate measure "killed"');
    expect(text).toContain('unknown unit "parsecs"');
    expect(text).toContain('must be null for a statement measure');
    expect(text).toContain('"casualties-per-day" is in casualties/day');
    expect(parseVocabulary({ measures: 'no' }).problems.length).toBeGreaterThan(0);
  });
});

describe('headline families', () => {
  it('reads the families in display order, troops then casualties with killed and wounded', () => {
    const { vocabulary } = parseVocabulary(readJson('geodata/measures.json'));
    const families = vocabulary?.headline.families ?? [];
    expect(families.map((f) => f.id)).toEqual(['troops', 'casualties']);
    expect(families[1]?.measures).toContain('killed-or-wounded');
    expect(families[1]?.parts).toEqual(['killed', 'wounded']);
    expect(vocabulary?.headline.oldAfterDays).toBeGreaterThan(0);
    expect(vocabulary?.headline.windowDays).toBeGreaterThan(0);
  });

  it('rejects a family naming an unknown, a statement or an already used measure', () => {
    const bad = clone(readJson('geodata/measures.json')) as {
      headline: { families: Record<string, unknown>[] };
    };
    bad.headline.families.push({
      id: 'troops',
      label: 'Again',
      noun: 'figure',
      measures: ['nowhere', 'incursion', 'killed'],
    });
    const text = parseVocabulary(bad)
      .problems.map((p) => p.message)
      .join('\n');
    expect(text).toContain('duplicate family "troops"');
    expect(text).toContain('unknown measure "nowhere"');
    expect(text).toContain('"incursion" is a statement measure');
    expect(text).toContain('"killed" is already in family "casualties"');
  });

  it('refuses projections and party measures of unknown measures or of another unit', () => {
    const bad = clone(readJson('geodata/measures.json')) as {
      measures: Record<string, unknown>[];
    };
    const byId = (id: string) => bad.measures.find((m) => m.id === id) ?? {};
    byId('troops-sent-expected').projects = ['nowhere', 'killed'];
    byId('ru-killed').partyOf = ['troops-present'];
    delete byId('ru-wounded').partyWords;
    delete byId('killed-acknowledged').sourceWords;
    const text = parseVocabulary(bad)
      .problems.map((p) => p.message)
      .join('\n');
    expect(text).toContain('projects[0]: unknown measure "nowhere"');
    expect(text).toContain('"killed" is in people, "troops-sent-expected" in troops');
    expect(text).toContain('"troops-present" is in troops, "ru-killed" in people');
    expect(text).toContain('(ru-wounded).partyWords: a party measure needs its party words');
    expect(text).toContain('(killed-acknowledged).partyWords: a party measure needs its party');
  });

  it('accepts a vocabulary without families (no headline then)', () => {
    const bare = clone(readJson('geodata/measures.json')) as Record<string, unknown>;
    delete bare.headline;
    expect(parseVocabulary(bare).vocabulary?.headline.families).toEqual([]);
  });
});

describe('derived sums', () => {
  const vocabulary = parseVocabulary(readJson('geodata/measures.json')).vocabulary;
  it('adds only parts from one source on one date, open ends carried over', () => {
    if (!vocabulary) throw new Error('vocabulary did not parse');
    const base = fixtureReport().claims.map((c) => ({ ...c, report: 'r' }));
    const [killed, wounded] = base;
    if (!killed || !wounded) throw new Error('fixture');
    const atLeast = { ...killed, value: { ...killed.value, qualifier: 'at least' } };
    const [sum] = relationSums([atLeast, wounded] as never, vocabulary);
    expect(sum?.qualifier).toBe('at least');
    const otherDay = {
      ...wounded,
      reportedOn: { ...wounded.reportedOn, end: '2025-03-04', start: '2025-03-04' },
    };
    expect(relationSums([killed, otherDay] as never, vocabulary)).toEqual([]);
    const otherSource = { ...wounded, source: ['someone-else'] };
    expect(relationSums([killed, otherSource] as never, vocabulary)).toEqual([]);
  });
});
