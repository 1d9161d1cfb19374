// Benchmark figures of the settlements gazetteer (BENCH_ONLY=gazetteer): the gzipped size of the
// shipped asset against its budget, when its names first appear on the map compared with the
// first map itself (both marks from the same page load, cold cache), and how long a search
// query takes (in Node, on the shipped file) beside scoring every key without the letter
// pre-filter. The query time was a unit test once; timings belong here, where load is expected
// (tests/gazetteer/searchCost.test.ts checks what keeps it fast without a clock).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { BUDGETS } from '../budget.mjs';
import { summarize } from './stats.mjs';

/**
 * @param {{ freshPage: () => Promise<{page: import('playwright-core').Page, errors: string[], close: () => Promise<void>}>, origin: string, runs: number, prodDir: string, log: (m: string) => void }} ctx
 * @returns {Promise<{figure: object, size: object}>}
 */
export async function benchGazetteer({ freshPage, origin, runs, prodDir, log }) {
  const assets = join(prodDir, 'assets');
  const file = readdirSync(assets).find((name) => /^gazetteer-.*\.json$/.test(name));
  if (!file) throw new Error('no gazetteer asset in the production build');
  const bytes = readFileSync(join(assets, file));
  const size = {
    file,
    rawBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    budgetBytes: BUDGETS.gazetteer,
  };
  log(`gazetteer ${file}: ${(size.gzipBytes / 1024).toFixed(1)} KiB gzipped`);
  size.search = await benchSearch(runs, log);

  const once = async () => {
    const { page, errors, close } = await freshPage();
    try {
      await page.goto(`${origin}/app/index.html#map=8/47.6/37.4`);
      await page.waitForFunction(
        () => performance.getEntriesByName('sitrep:settlements-labelled').length > 0,
        undefined,
        { timeout: 30_000 },
      );
      const marks = await page.evaluate(() => ({
        regions: performance.getEntriesByName('sitrep:regions-painted')[0]?.startTime ?? NaN,
        labels: performance.getEntriesByName('sitrep:settlements-labelled')[0].startTime,
      }));
      if (errors.length) throw new Error(errors.join('; '));
      return marks;
    } finally {
      await close();
    }
  };
  log('navigation → settlement names drawn (cold cache, 1 warm-up)');
  await once();
  const labels = [];
  const regions = [];
  for (let run = 0; run < runs; run += 1) {
    const marks = await once();
    labels.push(marks.labels);
    regions.push(marks.regions);
  }
  return {
    size,
    figure: {
      id: 'settlements-labelled',
      name: 'Navigation → settlement names drawn (ms)',
      sitrep: summarize(labels),
      baseline: summarize(regions),
      baselineName: 'regions painted (first map), same page loads',
    },
  };
}

/** The queries timed: whole names, a prefix, another script, a typo. */
const QUERIES = ['Nikolske', 'Маріуполь', 'Pokr', 'Sudzha', 'Kramatorsk', 'Krmatorsk'];

/**
 * The time of a gazetteer query (searchGazetteer, src/data/gazetteerSearch.ts) on the shipped
 * file, beside the same query scoring every key (the pre-filter off): milliseconds per query,
 * the median over `runs` rounds of every query, after one warm-up round.
 * @param {number} runs
 * @param {(m: string) => void} log
 */
export async function benchSearch(runs, log) {
  const config = {
    root: process.cwd(),
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@geodata': resolve('geodata') } },
  };
  const load = async (id) => (await runnerImport(id, config)).module;
  const { parseGazetteer } = await load('/src/data/gazetteer.ts');
  const { buildGazetteerIndex, searchGazetteer } = await load('/src/data/gazetteerSearch.ts');
  const { loadTheatre, placesCollection } = await load('/src/data/geodata.ts');
  const { matchScore, queryKeys } = await load('/src/data/search.ts');
  const gazetteer = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
  const reportIds = new Set(placesCollection.features.map((f) => f.properties.geonamesId));
  const index = buildGazetteerIndex(gazetteer, reportIds, loadTheatre().countries);
  // Every key scored: what a query would cost without the letter pre-filter.
  const everyKey = (query) => {
    let found = 0;
    for (const q of queryKeys(query)) {
      for (const key of index.keys) if (matchScore(q, key) > 0) found += 1;
    }
    return found;
  };
  const time = (fn) => {
    const perQuery = [];
    for (let round = 0; round <= runs; round += 1) {
      for (const query of QUERIES) {
        const t0 = performance.now();
        fn(query);
        if (round > 0) perQuery.push(performance.now() - t0);
      }
    }
    return summarize(perQuery);
  };
  const search = {
    keys: index.keys.length,
    queries: QUERIES,
    queryMs: time((query) => searchGazetteer(index, query)),
    everyKeyMs: time(everyKey),
  };
  log(
    `gazetteer search: ${search.queryMs.median.toFixed(1)} ms a query (median), ` +
      `${search.everyKeyMs.median.toFixed(1)} ms scoring all ${search.keys} keys`,
  );
  return search;
}
