// Compares the workbench's hand-written figure parser with compromise (v14, whose numbers
// plugin is built in) on the phrase table of tests/workbench/phrases.ts: hit rate and the
// gzipped size each would add to the workbench chunk. A measurement, not a test.
//
//   npm i --no-save compromise@14     # not a dependency of the project
//   node scripts/workbench/compare-parsers.mjs
//
// COMPROMISE_ENTRY=<path to compromise's src/three.js> reads it from elsewhere.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, '.cache/workbench-compare');
mkdirSync(out, { recursive: true });

async function bundle(entry, file, options = {}) {
  await build({
    input: entry,
    output: { file: resolve(out, file), format: 'esm', minify: true },
    logLevel: 'silent',
    ...options,
  });
  const bytes = readFileSync(resolve(out, file));
  return { path: resolve(out, file), gzip: gzipSync(bytes, { level: 9 }).length };
}

const table = await bundle(resolve(root, 'tests/workbench/phrases.ts'), 'phrases.mjs');
const ours = await bundle(resolve(root, 'src/workbench/parse/figures.ts'), 'figures.mjs');
const { PHRASES } = await import(pathToFileURL(table.path).href);
const { parseFigures } = await import(pathToFileURL(ours.path).href);

let compromiseEntry = process.env.COMPROMISE_ENTRY;
if (!compromiseEntry) {
  try {
    compromiseEntry = import.meta.resolve('compromise').replace(/^file:\/\//, '');
  } catch {
    console.log('compromise is not installed: npm i --no-save compromise@14, then run again.');
    process.exit(0);
  }
}
const theirs = await bundle(compromiseEntry, 'compromise.mjs');
const nlp = (await import(pathToFileURL(theirs.path).href)).default;

/** The values a reader takes from a row: each figure's low and high, low = high once. */
const valuesOf = (figures) =>
  figures.flatMap((f) => (f.low === f.high ? [f.low] : [f.low, f.high]));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

let oursFull = 0;
let oursValues = 0;
let theirsValues = 0;
const misses = [];
for (const row of PHRASES) {
  const expected = valuesOf(row.figures);
  const mine = parseFigures(row.text);
  if (
    same(
      mine.map(({ low, high, qualifier, unit }) => ({ low, high, qualifier, unit })),
      row.figures,
    )
  )
    oursFull++;
  if (same(valuesOf(mine), expected)) oursValues++;
  const doc = nlp(row.text);
  // numbers() includes percentages (50% → 50) and fractions (half → 0.5, read here as 50 %).
  const numbers = doc
    .numbers()
    .get()
    .map((v) => (Number(v) > 0 && Number(v) < 1 ? Math.round(Number(v) * 100) : Number(v)));
  const found = Array.from(new globalThis.Set(Array.from(numbers))).filter((v) =>
    Number.isFinite(v),
  );
  const yearless = found.filter((n) => !(n >= 1900 && n <= 2100 && !expected.includes(n)));
  if (same(yearless, expected)) theirsValues++;
  else
    misses.push(
      `${row.text} → compromise ${JSON.stringify(yearless)}, expected ${JSON.stringify(expected)}`,
    );
}
const n = PHRASES.length;
const pct = (k) => `${k}/${n} (${Math.round((100 * k) / n)}%)`;
console.log(`phrases: ${n}`);
console.log(`hand-written, values + qualifier + unit: ${pct(oursFull)}`);
console.log(`hand-written, values only:               ${pct(oursValues)}`);
console.log(`compromise ${nlp.version}, values only (no qualifier or unit): ${pct(theirsValues)}`);
console.log(`gzipped size, hand-written figures.ts: ${(ours.gzip / 1024).toFixed(1)} KiB`);
console.log(
  `gzipped size, compromise (three, with numbers): ${(theirs.gzip / 1024).toFixed(1)} KiB`,
);

// Dates: compromise-dates against the workbench's findDates on tests/workbench/datePhrases.ts.
const datesEntry =
  process.env.COMPROMISE_DATES_ENTRY ??
  (() => {
    try {
      return import.meta.resolve('compromise-dates').replace(/^file:\/\//, '');
    } catch {
      return null;
    }
  })();
if (datesEntry) {
  const dateTable = await bundle(
    resolve(root, 'tests/workbench/datePhrases.ts'),
    'datePhrases.mjs',
  );
  const oursDates = await bundle(resolve(root, 'src/workbench/parse/dates.ts'), 'dates.mjs');
  const theirDates = await bundle(datesEntry, 'compromise-dates.mjs');
  const { DATE_PHRASES } = await import(pathToFileURL(dateTable.path).href);
  const { findDates } = await import(pathToFileURL(oursDates.path).href);
  nlp.extend((await import(pathToFileURL(theirDates.path).href)).default);
  let oursHit = 0;
  let theirsHit = 0;
  for (const [text, published, ref] of DATE_PHRASES) {
    const mine = findDates(text, published)[0]?.ref;
    if (
      mine &&
      mine.start === ref.start &&
      mine.end === ref.end &&
      mine.precision === ref.precision
    )
      oursHit++;
    const found = nlp(text).dates({ today: published, timezone: 'UTC' }).get()[0];
    // Start and end days only (compromise has no precision or "before" kind); a "before" row
    // counts when compromise gives an interval ending on the published date.
    const day = (iso) => (iso ? String(iso).slice(0, 10) : null);
    const start = found ? day(found.start) : undefined;
    const end = found ? day(found.end) : undefined;
    if (found && end === ref.end && (ref.start === null || start === ref.start)) theirsHit++;
    else
      misses.push(
        `${text} (${published}) → compromise-dates ${start}…${end}, expected ${ref.start}…${ref.end}`,
      );
  }
  const m = DATE_PHRASES.length;
  console.log(`date phrases: ${m}`);
  console.log(
    `hand-written dates: ${oursHit}/${m} (${Math.round((100 * oursHit) / m)}%), ${(oursDates.gzip / 1024).toFixed(1)} KiB gzipped`,
  );
  console.log(
    `compromise-dates: ${theirsHit}/${m} (${Math.round((100 * theirsHit) / m)}%), ${(theirDates.gzip / 1024).toFixed(1)} KiB gzipped on top of compromise`,
  );
}
if (process.argv.includes('--misses')) console.log(misses.join('\n'));
