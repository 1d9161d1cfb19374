// `npm start`: serves the production build on localhost, building it first when dist/ is
// missing or older than the sources. Works offline: everything is in the build.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'src',
  'geodata',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  'scripts/vite',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(...SOURCES.map(newestMtime));
if (built < sources) {
  console.log(
    built ? 'Sources changed since the last build: rebuilding…' : 'Building the dashboard…',
  );
  const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? '4173';
console.log(`\nSitrep is served at http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'inherit',
  },
);
server.on('exit', (code) => process.exit(code ?? 0));
