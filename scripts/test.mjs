// `npm test`: every check, in order, stopping at the first failure. Ends with one line:
// "tests: N passed, N failed" (unit and end-to-end tests together).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const counts = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${seconds}s)`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest() {
  const report = readJson('test-results/unit.json');
  if (!report) return;
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright() {
  const report = readJson('test-results/e2e.json');
  if (!report?.stats) return;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  counts.passed += expected + flaky;
  counts.failed += unexpected;
  counts.skipped += skipped;
}

function finish(ok) {
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  if (!ok && counts.failed === 0) counts.failed = 1; // a failing check is a failure too
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
  process.exit(ok ? 0 : 1);
}

// Only our own report files: Playwright manages the rest of test-results/ itself.
mkdirSync('test-results', { recursive: true });
for (const report of ['test-results/unit.json', 'test-results/e2e.json'])
  rmSync(report, { force: true });

const npx = 'npx';
const steps = [
  ['typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', npx, ['eslint', '.', '--max-warnings=0']],
  ['format check', npx, ['prettier', '--check', '.']],
];
for (const [title, command, args] of steps) if (!run(title, command, args)) finish(false);

const unitOk = run('unit tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
countVitest();
if (!unitOk) finish(false);

if (!run('production build', npx, ['vite', 'build'])) finish(false);
if (existsSync('scripts/budget.mjs') && !run('size budgets', 'node', ['scripts/budget.mjs'])) {
  finish(false);
}

const chromium = ensureChromium();
const e2eOk = run('end-to-end tests', npx, ['playwright', 'test'], { CHROMIUM_PATH: chromium });
countPlaywright();
finish(e2eOk);
