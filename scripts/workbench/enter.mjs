#!/usr/bin/env node
/* global document, window, NodeFilter, MouseEvent -- used in page.evaluate callbacks, run in the browser */
/**
 * Enters news reports through the real workbench (#workbench of the built app) in Chromium, from
 * per-article session files (scripts/workbench/sessions/*.json), and saves each export into
 * geodata/reports/ unchanged. `npm run enter-reports [-- <session> …] [--probe] [--no-build]`.
 *
 * A session says, for each selection (exact words of the article, optionally which occurrence),
 * what the parser SHOULD draft (value, qualifier, unit, measure, dates, and the source when the
 * sentence names it) and what the analyst adds by hand: grade and reason, note, area when the
 * sentence names none, source and carriers when the text does not name them, the link to a
 * published claim the words repeat. A draft that differs from what the session expects is a
 * parser miss: the run stops for that report, lists every miss and exports nothing. Drafted
 * values, measures and dates are never overwritten here; the fix is a phrase-table row and a
 * parser rule. `--probe` lists what was drafted for every selection without exporting.
 *
 * A session's `events` are entered the same way, after its claims: the selected words, what the
 * workbench should draft (date, area, sources named in the sentence) and what the analyst
 * gives (title in our words, area, sources, the numbers of the claims it is about). `outlet`
 * picks the report's outlet from the source registry (a missing one is added under `sources`
 * first); without it the report gets a stand-in outlet of its own.
 *
 * Sessions run in waves (`wave` in the file, default 1): the app is rebuilt between waves, so
 * a report can repeat (carry) a claim that an earlier wave exported.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SESSIONS = join(ROOT, 'scripts/workbench/sessions');
const REPORTS = join(ROOT, 'geodata/reports');
const PORT = Number(process.env.E2E_PORT ?? process.env.ENTER_PORT ?? 4317);
const BASE = `http://127.0.0.1:${PORT}/`;
/** The workbench's stand-in for the report's own outlet. */
const OUTLET = '(outlet)';

const args = process.argv.slice(2);
/** Known parser misses the analyst corrected in this run (listed at the end). */
const corrected = [];
const probe = args.includes('--probe');
const noBuild = args.includes('--no-build');
const wanted = args.filter((a) => !a.startsWith('--'));

/** Source id → short name, as the workbench shows it next to a checkbox. */
function knownShortNames(sessions) {
  const names = new Map();
  const registry = join(ROOT, 'geodata/sources.json');
  if (existsSync(registry)) {
    const json = JSON.parse(readFileSync(registry, 'utf8'));
    for (const s of json.sources ?? json) names.set(s.id, s.shortName);
  }
  for (const f of readdirSync(REPORTS).filter((n) => /^\d.*\.json$/.test(n))) {
    for (const s of JSON.parse(readFileSync(join(REPORTS, f), 'utf8')).sources ?? []) {
      if (typeof s === 'object') names.set(s.id, s.shortName);
    }
  }
  for (const session of sessions)
    for (const s of session.sources ?? []) names.set(s.id, s.shortName);
  return names;
}

function loadSessions() {
  const files = readdirSync(SESSIONS).filter((f) => f.endsWith('.json'));
  const all = files.map((f) => ({
    name: f.replace(/\.json$/, ''),
    ...readJson(join(SESSIONS, f)),
  }));
  const picked = wanted.length ? all.filter((s) => wanted.some((w) => s.name.includes(w))) : all;
  if (wanted.length && picked.length === 0) throw new Error(`no session matches ${wanted}`);
  return picked.sort((a, b) => (a.wave ?? 1) - (b.wave ?? 1) || a.name.localeCompare(b.name));
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed`);
}

async function startServer() {
  // Vite itself, not through npx: killing npx left `vite preview` running, holding the pipes
  // open, and the run never exited after its last report.
  const server = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  server.stdout.on('data', (d) => (out += d));
  server.stderr.on('data', (d) => (out += d));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      /* not up yet */
    }
    if (server.exitCode !== null) throw new Error(`vite preview exited:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${BASE}:\n${out}`);
}

/** Selects the `nth` occurrence of `words` in the article, as a mouse drag would. */
async function select(article, words, nth) {
  await article.evaluate(
    (root, [want, n]) => {
      const text = root.textContent ?? '';
      let at = -1;
      for (let i = 0; i <= n; i++) at = text.indexOf(want, at + 1);
      if (at < 0) throw new Error(`"${want}" (occurrence ${n}) is not in the article`);
      const point = (offset) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let left = offset;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (left <= length) return [node, left];
          left -= length;
        }
        throw new Error('offset outside the text');
      };
      const range = document.createRange();
      range.setStart(...point(at));
      range.setEnd(...point(at + want.length));
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [words, nth],
  );
}

/** The control a wrapping label names (its accessible name would include the control's value). */
function wrapped(scope, name) {
  return scope
    .locator('label', { has: scope.page().locator(`span:text-is("${name}")`) })
    .locator('input, select, textarea')
    .first();
}

async function readDate(claim, label) {
  const group = claim.getByRole('group', { name: label, exact: true });
  const start = await wrapped(group, 'Start').inputValue();
  return {
    start: start === '' ? null : start,
    end: await wrapped(group, 'End').inputValue(),
    precision: await wrapped(group, 'Precision').inputValue(),
    asPrinted: await wrapped(group, 'As printed').inputValue(),
  };
}

/** A source id from the name the workbench shows for it. */
function idOfName(name, shortNames) {
  if (name === "this report's outlet") return OUTLET;
  return [...shortNames].find(([, short]) => short === name)?.[0] ?? name;
}

/** Picks a source by its id in one of the workbench's searchable pickers (Enter takes the best). */
async function pick(claim, label, id) {
  const field = claim.getByLabel(label, { exact: true });
  await field.fill(id);
  await field.press('Enter');
}

/** The ids of the sources ticked in a group of source checkboxes (a claim's or an event's). */
async function checkedSources(group, shortNames) {
  const boxes = group.getByRole('checkbox');
  const checked = [];
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    if (!(await box.isChecked())) continue;
    const label = (await box.locator('xpath=..').innerText()).replace(
      / \(named in the sentence\)$/,
      '',
    );
    checked.push(idOfName(label, shortNames));
  }
  return checked;
}

/** What the workbench drafted for one claim editor, read from its fields. */
async function readDraft(claim, shortNames) {
  const field = (label) => claim.getByLabel(label, { exact: true }).inputValue();
  const checked = await checkedSources(
    claim.getByRole('group', { name: 'Source', exact: true }),
    shortNames,
  );
  const carriers = await claim
    .getByRole('list', { name: 'Carried by, in order' })
    .locator('li')
    .allInnerTexts()
    .catch(() => []);
  const via = carriers.map((t) => idOfName(t.replace(/\s*Remove$/, '').trim(), shortNames));
  return {
    metric: await field('Measure'),
    low: await field('Low'),
    high: await field('High'),
    unit: await field('Unit'),
    qualifier: await field('Qualifier'),
    area: await field('Area'),
    refersTo: await readDate(claim, 'Refers to'),
    reportedOn: await readDate(claim, 'Reported on'),
    source: checked,
    via,
  };
}

/** Differences between what was drafted and what the session expects the parser to draft. */
function misses(drafted, expectedIn, published) {
  let expected = expectedIn;
  const out = [];
  const want = {
    low: String(expected.low ?? ''),
    high: String(expected.high ?? expected.low ?? ''),
    qualifier: expected.qualifier ?? '',
    unit: expected.unit ?? '',
    // A known miss (its phrase-table row says why) is checked to still miss, then corrected
    // by the analyst in the measure field and listed in the run's output.
    metric: expected.known ? drafted.metric : expected.metric,
  };
  if (expected.known && drafted.metric === expected.metric) {
    out.push(`metric: "${expected.metric}" is drafted right now; drop the known miss`);
  }
  for (const [key, value] of Object.entries(want)) {
    if (drafted[key] !== value) out.push(`${key}: drafted "${drafted[key]}", expected "${value}"`);
  }
  for (const key of ['refersTo', 'reportedOn']) {
    if (!expected[key]) continue;
    // "undated": no date in the sentence, so only "no later than the report".
    if (expected[key] === 'undated') {
      expected = {
        ...expected,
        [key]: { start: null, end: published, precision: 'before', asPrinted: 'date not given' },
      };
    }
    const d = JSON.stringify(drafted[key]);
    const e = JSON.stringify({ start: null, ...expected[key] }, [
      'start',
      'end',
      'precision',
      'asPrinted',
    ]);
    const dn = JSON.stringify(drafted[key], ['start', 'end', 'precision', 'asPrinted']);
    if (dn !== e) out.push(`${key}: drafted ${d}, expected ${e}`);
  }
  if (expected.area !== undefined && drafted.area !== expected.area) {
    out.push(`area: drafted "${drafted.area}", expected "${expected.area}"`);
  }
  if (expected.source && JSON.stringify(drafted.source) !== JSON.stringify(expected.source)) {
    out.push(
      `source: drafted ${JSON.stringify(drafted.source)}, expected ${JSON.stringify(expected.source)}`,
    );
  }
  return out;
}

/** Fills what only the analyst can say; never the drafted value, measure or dates. */
async function judge(claim, set, drafted, shortNames, expected) {
  if (expected.known) {
    await claim.getByLabel('Measure', { exact: true }).selectOption(expected.metric);
    corrected.push(`${expected.metric} for "${drafted.low}": ${expected.known}`);
  }
  if (set.carries) {
    await claim.getByLabel('Repeats a published claim', { exact: true }).selectOption(set.carries);
  }
  if (set.area !== undefined && set.area !== drafted.area) {
    await claim.getByLabel('Area', { exact: true }).selectOption(set.area);
  }
  if (set.source) {
    const sourceGroup = claim.getByRole('group', { name: 'Source', exact: true });
    for (const id of drafted.source.filter((s) => !set.source.includes(s))) {
      const name = id === OUTLET ? "this report's outlet" : (shortNames.get(id) ?? id);
      await sourceGroup.getByRole('checkbox', { name }).uncheck();
    }
    for (const id of set.source.filter((s) => !drafted.source.includes(s))) {
      await pick(claim, 'Add a source from the registry', id);
    }
  }
  if (set.via && JSON.stringify(set.via) !== JSON.stringify(drafted.via)) {
    const removes = claim.getByRole('button', { name: /from carried by$/ });
    while ((await removes.count()) > 0) await removes.first().click();
    for (const id of set.via)
      await pick(claim, 'Add a carrier (last carries it to the reader)', id);
  }
  if (set.statement) {
    await claim.getByLabel('Statement (our words)', { exact: true }).fill(set.statement);
  }
  if (set.note) await claim.getByLabel('Note (our words)', { exact: true }).fill(set.note);
  if (set.grade) {
    const [source, info, reason] = set.grade;
    await claim.getByLabel('Source grade', { exact: true }).selectOption(source);
    await claim.getByLabel('Information grade', { exact: true }).selectOption(info);
    await claim.getByLabel('Grade reason', { exact: true }).fill(reason);
  }
}

/** What the workbench drafted for one event editor. */
async function readEvent(event, shortNames) {
  const checked = await checkedSources(
    event.getByRole('group', { name: 'Event sources', exact: true }),
    shortNames,
  );
  const claimBoxes = event
    .getByRole('group', { name: 'Claims of this report it is about', exact: true })
    .getByRole('checkbox');
  const claims = [];
  for (let i = 0; i < (await claimBoxes.count()); i++) {
    const box = claimBoxes.nth(i);
    if (!(await box.isChecked())) continue;
    const label = await box.locator('xpath=..').innerText();
    claims.push(Number(/^Claim (\d+)/.exec(label)?.[1]));
  }
  return {
    date: await readDate(event, 'Event date'),
    area: await event.getByLabel('Event area', { exact: true }).inputValue(),
    sources: checked,
    claims,
  };
}

/** Differences between the drafted event and what the session expects the workbench to draft. */
function eventMisses(drafted, expected, published) {
  const out = [];
  if (expected.date) {
    const want =
      expected.date === 'undated'
        ? { start: null, end: published, precision: 'before', asPrinted: 'date not given' }
        : { start: null, ...expected.date };
    const keys = ['start', 'end', 'precision', 'asPrinted'];
    const d = JSON.stringify(drafted.date, keys);
    const e = JSON.stringify(want, keys);
    if (d !== e) out.push(`date: drafted ${d}, expected ${e}`);
  }
  for (const key of ['area', 'sources', 'claims']) {
    if (expected[key] === undefined) continue;
    if (JSON.stringify(drafted[key]) !== JSON.stringify(expected[key]))
      out.push(
        `${key}: drafted ${JSON.stringify(drafted[key])}, expected ${JSON.stringify(expected[key])}`,
      );
  }
  return out;
}

/** Fills what only the analyst says of an event: its title, and area, sources, claims if needed. */
async function judgeEvent(event, set, drafted, shortNames) {
  await event.getByLabel('Event title (our words)', { exact: true }).fill(set.title);
  if (set.area !== undefined && set.area !== drafted.area) {
    await event.getByLabel('Event area', { exact: true }).selectOption(set.area);
  }
  if (set.sources) {
    const group = event.getByRole('group', { name: 'Event sources', exact: true });
    for (const id of drafted.sources.filter((s) => !set.sources.includes(s))) {
      const name = id === OUTLET ? "this report's outlet" : (shortNames.get(id) ?? id);
      await group.getByRole('checkbox', { name }).uncheck();
    }
    for (const id of set.sources.filter((s) => !drafted.sources.includes(s))) {
      const field = event.getByLabel('Add an event source from the registry', { exact: true });
      await field.fill(id === OUTLET ? 'outlet' : id);
      await field.press('Enter');
    }
  }
  if (set.claims) {
    const group = event.getByRole('group', {
      name: 'Claims of this report it is about',
      exact: true,
    });
    for (const n of [...new Set([...drafted.claims, ...set.claims])]) {
      const box = group.getByRole('checkbox', { name: new RegExp(`^Claim ${n}\\b`) });
      if (set.claims.includes(n)) await box.check();
      else await box.uncheck();
    }
  }
}

const META_LABELS = {
  title: 'Title',
  outlet: 'Outlet',
  published: 'Published',
  dateline: 'Dateline',
  url: 'URL',
  language: 'Language',
  editor: 'Editor',
  slug: 'File name slug',
  text: 'Text file',
  note: 'Report note',
};

async function enter(browser, session, shortNames) {
  const log = [];
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${BASE}#workbench`);
    const textPath = resolve(ROOT, session.text);
    await page.getByLabel(/Open a file/).setInputFiles(textPath);
    const article = page.getByRole('document', { name: 'Article text' });
    await article.waitFor();
    const meta = page.getByRole('group', { name: 'Report', exact: true });
    for (const [key, value] of Object.entries(session.meta ?? {})) {
      await meta.getByLabel(META_LABELS[key], { exact: true }).fill(value);
    }
    for (const source of session.sources ?? []) {
      const form = page.locator('details.wb-newsource');
      if (!(await form.evaluate((d) => d.open))) await form.locator('summary').click();
      await wrapped(form, 'Name').fill(source.name);
      await wrapped(form, 'Short name').fill(source.shortName);
      await wrapped(form, 'Id').fill(source.id);
      await wrapped(form, 'Kind').selectOption(source.kind);
      await wrapped(form, 'Country (ISO alpha-2, empty if not said)').fill(source.country ?? '');
      if (source.party) await form.getByLabel('A party to the conflict').check();
      if (source.aliases?.length) {
        const aliases = 'Aliases: other names articles use, separated by semicolons';
        await wrapped(form, aliases).fill(source.aliases.join('; '));
      }
      if (source.note) {
        await wrapped(form, 'Note (who it is, in our words; optional)').fill(source.note);
      }
      await form.getByRole('button', { name: 'Add source' }).click();
    }
    if (session.outlet) {
      const field = meta.getByLabel('Outlet from the registry', { exact: true });
      await field.fill(session.outlet);
      await field.press('Enter');
      const status = await meta.getByRole('status', { name: 'Outlet source' }).innerText();
      if (!status.includes(`(${session.outlet})`)) {
        throw new Error(`the outlet ${session.outlet} was not picked: ${status}`);
      }
    }
    const claims = page.getByRole('group', { name: /^Claim \d+$/ });
    const missed = [];
    for (const step of session.claims) {
      const before = await claims.count();
      await select(article, step.select, step.occurrence ?? 0);
      await page.getByRole('button', { name: 'Draft claim from selection' }).click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('fieldset.wb-claim').length > n,
        before,
      );
      const after = await claims.count();
      const expected = step.expect;
      const drafted = [];
      for (let i = before; i < after; i++) {
        drafted.push(
          await readDraft(
            page.getByRole('group', { name: `Claim ${i + 1}`, exact: true }),
            shortNames,
          ),
        );
      }
      if (probe) {
        log.push({ select: step.select, drafted });
      }
      if (drafted.length !== expected.length) {
        missed.push(
          `"${step.select}": drafted ${drafted.length} claims, expected ${expected.length}: ${JSON.stringify(drafted.map((d) => [d.low, d.metric]))}`,
        );
        continue;
      }
      for (const [j, want] of expected.entries()) {
        for (const m of misses(drafted[j], want, session.published))
          missed.push(`"${step.select}" [${j}] ${m}`);
        const claim = page.getByRole('group', { name: `Claim ${before + j + 1}`, exact: true });
        await judge(
          claim,
          { ...(step.set ?? {}), ...(step.each?.[j] ?? {}) },
          drafted[j],
          shortNames,
          want,
        );
      }
    }
    const events = page.getByRole('group', { name: /^Event \d+$/ });
    for (const step of session.events ?? []) {
      const before = await events.count();
      await select(article, step.select, step.occurrence ?? 0);
      await page.getByRole('button', { name: 'Draft event from selection' }).click();
      const event = page.getByRole('group', { name: `Event ${before + 1}`, exact: true });
      await event.waitFor();
      const drafted = await readEvent(event, shortNames);
      if (probe) log.push({ event: step.select, drafted });
      for (const m of eventMisses(drafted, step.expect ?? {}, session.published))
        missed.push(`event "${step.select}" ${m}`);
      await judgeEvent(event, step.set, drafted, shortNames);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (missed.length || probe) return { missed, log };
    const problems = page.getByRole('list', { name: 'Problems of the report' });
    if (await problems.count()) {
      const claimProblems = await page.locator('.wb-claim .wb-problems li').allInnerTexts();
      throw new Error(
        `the workbench will not export: ${[...(await problems.locator('li').allInnerTexts()), ...claimProblems].join('; ')}`,
      );
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Export .*\.json$/ }).click(),
    ]);
    if (download.suggestedFilename() !== `${session.report}.json`) {
      throw new Error(
        `exported ${download.suggestedFilename()}, the session expects ${session.report}.json`,
      );
    }
    const target = join(REPORTS, download.suggestedFilename());
    await download.saveAs(target);
    return { missed, log, saved: target };
  } finally {
    await context.close();
  }
}

async function main() {
  const sessions = loadSessions();
  const waves = [...new Set(sessions.map((s) => s.wave ?? 1))];
  const executablePath = findChromium() ?? undefined;
  let failed = 0;
  const allMisses = {};
  // A report already exported by an earlier run is published: the workbench would refuse its id.
  // It is entered again from its session (git shows any difference).
  if (!probe) {
    for (const session of sessions) {
      const file = join(REPORTS, `${session.report}.json`);
      if (existsSync(file)) unlinkSync(file);
    }
  }
  for (const wave of waves) {
    if (!noBuild) run('npx', ['vite', 'build', '--logLevel', 'warn']);
    const server = await startServer();
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const shortNames = knownShortNames(sessions);
    try {
      for (const session of sessions.filter((s) => (s.wave ?? 1) === wave)) {
        let result;
        try {
          result = await enter(browser, session, shortNames);
        } catch (error) {
          failed += 1;
          allMisses[session.name] = [`stopped: ${String(error).split('\n')[0]}`];
          console.error(`✗ ${session.name}: ${String(error).split('\n')[0]}`);
          continue;
        }
        if (probe)
          console.log(JSON.stringify({ session: session.name, drafted: result.log }, null, 1));
        if (result.missed.length) {
          failed += 1;
          allMisses[session.name] = result.missed;
          console.error(
            `✗ ${session.name}: ${result.missed.length} parser misses (nothing exported)`,
          );
          for (const m of result.missed) console.error(`    ${m}`);
        } else if (result.saved) {
          console.log(`✓ ${session.name} → ${basename(result.saved)}`);
        }
      }
    } finally {
      await browser.close();
      server.kill();
    }
  }
  if (corrected.length) {
    console.log(`Known parser misses corrected by hand (${corrected.length}):`);
    for (const c of corrected) console.log(`    ${c}`);
  }
  if (failed) {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(
      join(ROOT, 'test-results/enter-reports-misses.json'),
      `${JSON.stringify(allMisses, null, 2)}\n`,
    );
    console.error(
      `${failed} session(s) with parser misses; see test-results/enter-reports-misses.json`,
    );
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
