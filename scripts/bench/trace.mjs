/* global document -- a page callback runs in the browser */
// Where the main thread's time goes before the map is interactive (issue 24): cold loads of
// dist/ and of an earlier build (TRACE_BEFORE=path/to/dist), alternating, each traced from
// navigation to the `sitrep:regions-painted` mark. Prints, per build, the medians of the main
// thread's CPU time (thread time of its events, self time per kind) and the renderer's raster
// threads' time in the same span.
//
//   TRACE_BEFORE=../before/dist RUNS=7 node scripts/bench/trace.mjs           # desktop
//   TRACE_BEFORE=../before/dist RUNS=5 PHONE=1 node scripts/bench/trace.mjs   # CPU 4× slower
//   TRACE_ALSO=prev=path/to/dist     # a third build (name=folder, comma-separated for more)
//   PROFILE=1 TRACE_DIST=<vite build --minify false>   # also the CPU profile: self time by
//                                                      module/function, inclusive by function
//   TRACE_SAVE=/tmp/t                 # write each build's last trace to /tmp/t-<name>.json
//   TRACE_TO=task    # up to the end of the task that holds the mark instead of the mark
//                    # (the app script's whole task: what follows the first region in it,
//                    # the second region and the labels), and the longest task until the
//                    # areas' labels are on the map; with PROFILE=1 also the inclusive time
//                    # per function after that task, until the labels are on the map
//                    # (PROFILE_GREP=regex: only the functions whose name matches)
//
// Not a test: a measuring aid for docs/scale.md. Desktop is served uncompressed from
// localhost; PHONE=1 adds the phone profile's viewport and CPU throttle (no network throttle:
// this is about CPU).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { benchContextOptions } from './firstMap.mjs';
import { serve } from './serve.mjs';
import { median } from './stats.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const PHONE = process.env.PHONE === '1';
const TO_TASK = process.env.TRACE_TO === 'task';
const builds = [['now', resolve(process.env.TRACE_DIST ?? 'dist')]];
if (process.env.TRACE_BEFORE) builds.push(['before', resolve(process.env.TRACE_BEFORE)]);
// More builds to trace in the same alternation: TRACE_ALSO=name=path,name=path
for (const entry of (process.env.TRACE_ALSO ?? '').split(',').filter(Boolean)) {
  const [name, dir] = entry.split('=');
  builds.push([name, resolve(dir)]);
}

const server = await serve(Object.fromEntries(builds.map(([name, dir]) => [`/${name}/`, dir])));
const origin = `http://127.0.0.1:${server.port}`;
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
  headless: true,
});

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  ...(process.env.PROFILE === '1' ? ['disabled-by-default-v8.cpu_profiler'] : []),
].join(',');

/** The kind an event's self time counts under. */
function kindOf(event) {
  const n = event.name;
  if (n === 'ParseHTML') return 'HTML parse';
  if (n === 'ParseAuthorStyleSheet') return 'CSS parse';
  if (n === 'UpdateLayoutTree' || n === 'RecalculateStyles') return 'style';
  if (n === 'Layout') return 'layout';
  if (n === 'PrePaint' || n === 'Paint' || n === 'Layerize' || n === 'UpdateLayer')
    return 'paint (main)';
  if (n.startsWith('v8.compile') || n === 'V8.CompileCode' || n === 'v8.parseOnBackground')
    return 'compile';
  if (n === 'v8.produceModuleCache' || n === 'v8.produceCache') return 'compile';
  if (n === 'MajorGC' || n === 'MinorGC' || n.startsWith('V8.GC') || n === 'BlinkGC.AtomicPhase')
    return 'GC';
  if (
    n === 'EvaluateScript' ||
    n === 'v8.evaluateModule' ||
    n === 'FunctionCall' ||
    n === 'v8.run' ||
    n === 'V8.Execute' ||
    n === 'EventDispatch' ||
    n === 'TimerFire' ||
    n === 'FireAnimationFrame' ||
    n === 'RunMicrotasks' ||
    n === 'v8.callFunction' ||
    n === 'XHRReadyStateChange' ||
    n === 'FireIdleCallback'
  )
    return 'script';
  if (n === 'RunTask' || n === 'ThreadControllerImpl::RunTask') return 'other (task)';
  return 'other';
}

/** Self thread time per kind of the complete events of one thread, between t0 and t1 (µs). */
function selfTimes(events, t0, t1) {
  const spans = events
    .filter((e) => e.ph === 'X' && e.ts >= t0 && e.ts < t1 && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = {};
  let topLevel = 0;
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.childT += e.tdur;
    else topLevel += e.tdur;
    const entry = { ts: e.ts, dur: e.dur, tdur: e.tdur, childT: 0, kind: kindOf(e) };
    stack.push(entry);
    e.entry = entry;
  }
  for (const e of spans) {
    const self = Math.max(0, e.entry.tdur - e.entry.childT);
    totals[e.entry.kind] = (totals[e.entry.kind] ?? 0) + self;
  }
  return { totals, topLevel };
}

async function traceOnce(name) {
  const context = await browser.newContext(benchContextOptions(PHONE));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (PHONE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(`${origin}/${name}/index.html`);
  await page.waitForFunction(
    () => performance.getEntriesByName('sitrep:regions-painted').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const markMs = await page.evaluate(
    () => performance.getEntriesByName('sitrep:regions-painted')[0].startTime,
  );
  if (TO_TASK) {
    // The labels, whenever they come, and a little after them.
    await page.waitForFunction(() => document.querySelectorAll('.area-label').length > 0);
    await page.waitForTimeout(200);
  }
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  if (process.env.TRACE_SAVE) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      `${process.env.TRACE_SAVE}-${name}.json`,
      JSON.stringify({ traceEvents: events }),
    );
  }

  const threadName = (pid, tid) =>
    events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.tid === tid)
      ?.args.name;
  const mark = events.find((e) => e.name === 'sitrep:regions-painted');
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === mark.pid);
  const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid);
  // The main thread's tasks (outermost), and the one that holds the mark.
  const tasks = main.filter(
    (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
  );
  const holding = tasks
    .filter((e) => e.ts <= mark.ts && mark.ts < e.ts + e.dur)
    .sort((a, b) => b.dur - a.dur)[0];
  const end = TO_TASK && holding ? holding.ts + holding.dur : mark.ts;
  const longest = tasks.filter((e) => e.ts >= nav.ts).sort((a, b) => b.dur - a.dur)[0];
  // The first frame after it (the task that runs requestAnimationFrame callbacks, then the
  // frame's style, layout and paint): where a layout put off to the next frame runs.
  const frames = main.filter((e) => e.ph === 'X' && e.name === 'FireAnimationFrame');
  const frame = holding
    ? tasks
        .filter((t) => t.ts >= holding.ts + holding.dur)
        .sort((a, b) => a.ts - b.ts)
        .find((t) => frames.some((f) => f.ts >= t.ts && f.ts < t.ts + t.dur))
    : undefined;
  const { totals, topLevel } = selfTimes(main, nav.ts, end);
  const rasterTids = new Set(
    events
      .filter((e) => e.pid === mark.pid && /Raster|Compositor/.test(threadName(e.pid, e.tid) ?? ''))
      .map((e) => e.tid),
  );
  let raster = 0;
  for (const tid of rasterTids) {
    const own = events.filter((e) => e.pid === mark.pid && e.tid === tid);
    raster += selfTimes(own, nav.ts, end).topLevel;
  }
  // Per script: compile and evaluation of each chunk (the events' own url).
  const perScript = {};
  for (const e of main) {
    if (e.ph !== 'X' || e.ts < nav.ts || e.ts >= end || e.tdur === undefined) continue;
    const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName;
    if (!url || !/\.js/.test(url)) continue;
    const file = url
      .split('/')
      .pop()
      .replace(/-[\w-]{8}\.js$/, '.js');
    const key = `${file} ${kindOf(e)}`;
    perScript[key] = (perScript[key] ?? 0) + e.tdur;
  }
  const ms = (us) => us / 1000;
  const profile = process.env.PROFILE === '1' ? cpuProfile(events, mark, nav, end) : {};
  if (process.env.PROFILE === '1' && TO_TASK) {
    const last = Math.max(...main.map((e) => e.ts + (e.dur ?? 0)));
    profile.after = cpuProfile(events, mark, { ts: end }, last).inclusive;
  }
  return {
    profile,
    markMs,
    task: holding ? { wall: ms(holding.dur), cpu: ms(holding.tdur ?? 0) } : null,
    longest: longest ? { wall: ms(longest.dur), cpu: ms(longest.tdur ?? 0) } : null,
    frame: frame ? { wall: ms(frame.dur), cpu: ms(frame.tdur ?? 0) } : null,
    cpu: ms(topLevel),
    raster: ms(raster),
    kinds: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, ms(v)])),
    perScript: Object.fromEntries(Object.entries(perScript).map(([k, v]) => [k, ms(v)])),
  };
}

/**
 * The source module of a line of an unminified build (`vite build --minify false` writes a
 * `// path` comment before each module).
 */
const moduleLines = new Map();
function moduleAt(url, line) {
  if (!url || !url.startsWith(origin)) return null;
  const [, name, ...rest] = new URL(url).pathname.split('/');
  const dir = builds.find(([n]) => n === name)?.[1];
  if (!dir) return null;
  if (!moduleLines.has(url)) {
    const text = readFileSync(resolve(dir, rest.join('/')), 'utf8').split('\n');
    const marks = [];
    text.forEach((l, i) => {
      if (/^\/\/ (\S+\/|\\0)\S+$/.test(l)) marks.push([i, l.slice(3)]);
    });
    moduleLines.set(url, marks);
  }
  let found = null;
  for (const [i, name] of moduleLines.get(url)) if (i <= line) found = name;
  return found;
}

/** A script's file name without its content hash. */
const fileName = (url) =>
  url
    .split('/')
    .pop()
    .replace(/-[\w-]{8}\.js$/, '.js');

/**
 * Self time per script file, module and function, and inclusive time per function, from the
 * trace's CPU profile of the main thread (sampled: wall time while the thread runs the
 * stack, so a loaded machine inflates it; the thread-time totals above are the CPU).
 */
function cpuProfile(events, mark, nav, end) {
  const starts = events.filter((e) => e.name === 'Profile' && e.pid === mark.pid);
  const byFile = {};
  const byFunction = {};
  const byModule = {};
  const inclusive = {};
  for (const start of starts) {
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === start.id);
    const nodes = new Map();
    let t = start.args.data.startTime;
    let last = null;
    for (const chunk of chunks) {
      const data = chunk.args.data;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i += 1) {
        t += deltas[i] ?? 0;
        if (last && last.t >= nav.ts && last.t < end) {
          const node = nodes.get(last.id);
          const frame = node?.callFrame ?? {};
          const file = fileName(frame.url || `(${frame.functionName || 'native'})`);
          const d = (t - last.t) / 1000;
          {
            byFile[file] = (byFile[file] ?? 0) + d;
            const fn = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
            const mod = moduleAt(frame.url, frame.lineNumber) ?? file;
            byModule[mod] = (byModule[mod] ?? 0) + d;
            byFunction[fn] = (byFunction[fn] ?? 0) + d;
            // Inclusive: the sample counts once for every function on its stack (a component
            // with its hooks, React's commit with the effects that make the map).
            const onStack = new Set();
            for (let n = node; n; n = nodes.get(n.parent)) {
              const f = n.callFrame ?? {};
              if (!f.url) continue;
              onStack.add(`${f.functionName || '(anonymous)'} ${fileName(f.url)}:${f.lineNumber}`);
            }
            for (const key of onStack) inclusive[key] = (inclusive[key] ?? 0) + d;
          }
        }
        last = { t, id: samples[i] };
      }
    }
  }
  return { byFile, byFunction, byModule, inclusive };
}

const results = Object.fromEntries(builds.map(([name]) => [name, []]));
for (const [name] of builds) await traceOnce(name); // warm-up
for (let run = 0; run < RUNS; run += 1) {
  for (const [name] of builds) results[name].push(await traceOnce(name));
}
await browser.close();
server.close();

const fmt = (v) => (v === undefined ? '–' : v.toFixed(1));
const keys = (field) =>
  [...new Set(builds.flatMap(([n]) => results[n].flatMap((r) => Object.keys(r[field]))))].sort();
const row = (label, pick) =>
  `| ${label} | ${builds.map(([n]) => fmt(median(results[n].map(pick)))).join(' | ')} |`;
console.log(`${PHONE ? 'Phone profile (CPU 4×)' : 'Desktop'}, medians of ${RUNS} (ms)`);
console.log(`| | ${builds.map(([n]) => n).join(' | ')} |`);
console.log(`| --- | ${builds.map(() => '---:').join(' | ')} |`);
console.log(row('map interactive (wall)', (r) => r.markMs));
console.log(row('the task holding the mark (wall)', (r) => r.task?.wall));
console.log(row('the task holding the mark (CPU)', (r) => r.task?.cpu));
const spread = (pick) =>
  builds
    .map(([n]) => {
      const v = results[n].map(pick).filter((x) => x !== undefined);
      return `${n} ${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)}`;
    })
    .join(', ');
console.log(`  (min–max: wall ${spread((r) => r.task?.wall)}; CPU ${spread((r) => r.task?.cpu)})`);
if (TO_TASK) {
  console.log(row('longest task until the labels (wall)', (r) => r.longest?.wall));
  console.log(row('longest task until the labels (CPU)', (r) => r.longest?.cpu));
  console.log(`  (min–max: wall ${spread((r) => r.longest?.wall)})`);
  console.log(row('the first frame after that task (wall)', (r) => r.frame?.wall));
  console.log(row('the first frame after that task (CPU)', (r) => r.frame?.cpu));
  console.log(`  (min–max: CPU ${spread((r) => r.frame?.cpu)})`);
}
console.log(row(`main thread CPU before ${TO_TASK ? 'the end of that task' : 'it'}`, (r) => r.cpu));
for (const k of keys('kinds')) console.log(row(`  ${k}`, (r) => r.kinds[k] ?? 0));
console.log(row('raster/compositor threads', (r) => r.raster));
for (const k of keys('perScript'))
  console.log(row(`  ${k} (incl. children)`, (r) => r.perScript[k] ?? 0));

if (process.env.PROFILE === '1') {
  for (const [n] of builds) {
    const sum = (field) => {
      const all = {};
      for (const r of results[n])
        for (const [k, v] of Object.entries(r.profile[field]))
          all[k] = (all[k] ?? 0) + v / results[n].length;
      return Object.entries(all).sort((a, b) => b[1] - a[1]);
    };
    console.log(
      `\n${n}: CPU profile self time before ${TO_TASK ? "the task's end" : 'the mark'}, mean of ${RUNS} (ms), by file`,
    );
    for (const [k, v] of sum('byFile').slice(0, 20))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    console.log(`${n}: by module (unminified builds)`);
    for (const [k, v] of sum('byModule').slice(0, Number(process.env.TOP ?? 30)))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    console.log(`${n}: by function`);
    for (const [k, v] of sum('byFunction').slice(0, Number(process.env.TOP ?? 30)))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    const grep = new RegExp(process.env.PROFILE_GREP ?? '.');
    console.log(`${n}: by function, inclusive (with what it calls)`);
    for (const [k, v] of sum('inclusive')
      .filter(([k]) => grep.test(k))
      .slice(0, Number(process.env.TOP ?? 30) * 2))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    if (TO_TASK) {
      console.log(`${n}: after that task until the labels, inclusive`);
      for (const [k, v] of sum('after')
        .filter(([k]) => grep.test(k))
        .slice(0, Number(process.env.TOP ?? 30) * 2))
        console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
    }
  }
}
