// Synthetic report files for the scale step of `npm run bench` (never shipped): n report files
// made from the real one as a template, from a fixed seed, each with 10 claims and 1 event
// dated on its own day, spread over 1,200 days. Written into a bench-only copy of the project
// (scaleCopy), which the bench builds into .cache/bench/; nothing here touches dist/.
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
// The same mulberry32 as bench/shared/synthetic.ts and the link-length scripts.
import { random } from '../seeded.mjs';

export const SCALE_SEED = 20250227;
const CLAIMS_PER_REPORT = 10;
const DAYS = 1200;
const START_MS = Date.UTC(2022, 1, 24);

const isoDay = (day) => new Date(START_MS + day * 86_400_000).toISOString().slice(0, 10);
const dayRef = (date) => ({ start: date, end: date, precision: 'day', asPrinted: 'synthetic' });

/**
 * One synthetic report file from the template.
 * @param {object} template - a real report file (parsed)
 * @param {number} i - its number
 * @param {() => number} next - the seeded generator
 * @returns {{name: string, json: object}}
 */
function syntheticReport(template, i, next) {
  const date = isoDay(Math.floor(next() * DAYS));
  const slug = `synthetic-${String(i).padStart(5, '0')}`;
  const id = `${date}-${slug}`;
  const outlet = `outlet-${slug}`;
  const claims = [];
  for (let k = 0; k < CLAIMS_PER_REPORT; k += 1) {
    const base = template.claims[Math.floor(next() * template.claims.length)];
    const scale = 0.5 + next();
    const value = base.value
      ? {
          ...base.value,
          low: Math.round(base.value.low * scale),
          high: Math.max(Math.round(base.value.low * scale), Math.round(base.value.high * scale)),
        }
      : null;
    claims.push({
      ...base,
      id: `c-${slug}-${k}`,
      value,
      refersTo: dayRef(date),
      reportedOn: dayRef(date),
      source: base.source.map((s) => (s === template.report.outletSource ? outlet : s)),
      via: [outlet],
    });
  }
  const [event] = template.events;
  return {
    name: `${id}.json`,
    json: {
      report: {
        ...template.report,
        id,
        published: date,
        outletSource: outlet,
        title: `Synthetic report ${i}`,
      },
      // The template's other sources are ids of geodata/sources.json; only the outlet is new.
      newSources: [
        {
          id: outlet,
          name: `Synthetic outlet ${i}`,
          shortName: `Outlet ${i}`,
          kind: 'outlet',
          country: null,
          party: false,
        },
      ],
      claims,
      events: [
        {
          ...event,
          id: `e-${slug}`,
          date: dayRef(date),
          sources: [outlet],
          claims: [claims[0].id],
        },
      ],
    },
  };
}

/**
 * A bench-only copy of the project (sources, geodata, config; node_modules linked) whose
 * geodata/reports/ holds the real report files plus n synthetic ones.
 * @param {number} n - synthetic report files
 * @param {string} dir - where to make the copy (replaced)
 * @returns {string} the copy's root
 */
export function scaleCopy(n, dir = resolve(`.cache/bench/scale-${n}/root`)) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of [
    'src',
    'geodata',
    'index.html',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(resolve(item), join(dir, item), { recursive: true });
  }
  cpSync(resolve('scripts/vite'), join(dir, 'scripts/vite'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const reports = join(dir, 'geodata/reports');
  const real = readdirSync(reports).filter((name) => /^\d{4}-\d{2}-\d{2}-.+\.json$/.test(name));
  const template = JSON.parse(readFileSync(join(reports, real[0]), 'utf8'));
  for (const { name, json } of syntheticReports(template, n)) {
    writeFileSync(join(reports, name), JSON.stringify(json));
  }
  return dir;
}

/**
 * n synthetic report files from a real one, from the fixed seed (also used by tests that
 * check the fast as-of paths against the plain ones on many reports).
 * @param {object} template - a real report file (parsed)
 * @param {number} n - how many
 * @param {number} seed - the generator's seed
 * @returns {{name: string, json: object}[]}
 */
export function syntheticReports(template, n, seed = SCALE_SEED) {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => syntheticReport(template, i, next));
}
