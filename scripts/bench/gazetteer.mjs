// Benchmark figures of the settlements gazetteer (BENCH_ONLY=gazetteer): the gzipped size of the
// shipped asset against its budget, and when its names first appear on the map compared with
// the first map itself (both marks from the same page load, cold cache).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
