/**
 * Quotes must be the words of the report, exactly as printed. The report text is not part of
 * this repository (it is someone else's article; we keep only short quotes). It lives beside
 * the clone in ../shared/seeds/ (override with SITREP_SEEDS_DIR). Without it the substring
 * check is skipped on a developer machine and fails under CI, where the seeds are present.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readReportFiles } from './helpers';
import { reportFileSchema } from '../../src/data/schema';

/** Report id → the seed text it was transcribed from. */
const SEEDS: Record<string, string> = {
  '2025-02-27-north-korea-more-troops-to-russia': '000_5dfc4162d6534f21.txt',
};

const seedsDir = process.env.SITREP_SEEDS_DIR ?? path.join(ROOT, '..', 'shared', 'seeds');
const haveSeeds = existsSync(seedsDir);
const reports = readReportFiles().map((file) => reportFileSchema.parse(file.json));

describe('quotes', () => {
  it('has the seed texts when running under CI', () => {
    if (process.env.CI) expect(haveSeeds, `seed texts missing in ${seedsDir}`).toBe(true);
  });

  it.skipIf(!haveSeeds).each(reports.map((data) => [data.report.id, data] as const))(
    'every quote of %s is a substring of its source text',
    (id, data) => {
      const seed = SEEDS[id];
      expect(seed, `no seed text registered for report ${id}`).toBeDefined();
      const text = readFileSync(path.join(seedsDir, seed ?? ''), 'utf8');
      for (const claim of data.claims) {
        expect(text.includes(claim.quote), `${claim.id}: "${claim.quote}"`).toBe(true);
      }
    },
  );

  it('keeps quotes short: only the words that carry the figure', () => {
    for (const data of reports) {
      for (const claim of data.claims) {
        expect(claim.quote.split(/\s+/).length, claim.id).toBeLessThanOrEqual(12);
      }
    }
  });
});
