// Finds a Chromium for Playwright, installing one when there is none.
// Order: $CHROMIUM_PATH, system Chromium/Chrome on PATH or in /usr/bin, a Playwright-managed
// browser; else install (Debian/Ubuntu as root: apt-get; elsewhere: npx playwright install).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Flags for headless Chromium on a machine with no network: without the background-networking
 * ones it keeps reaching for Google's hosts. Shared by Playwright, the bench and screenshots.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function onPath(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : null;
}

function playwrightManaged() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return null;
  for (const dir of readdirSync(root)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const rel of [
      'chrome-linux/chrome',
      'chrome-linux64/chrome',
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    ]) {
      const candidate = join(root, dir, rel);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** @returns {string | null} the path of a usable Chromium, or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = onPath(name);
    if (found) return found;
  }
  return playwrightManaged();
}

function isDebianLike() {
  return existsSync('/etc/debian_version') && onPath('apt-get') !== null;
}

/** Finds Chromium or installs it; exits the process with advice when neither works. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found: installing one for the end-to-end tests.');
  try {
    if (isDebianLike() && process.getuid?.() === 0) {
      console.log('  apt-get install -y chromium');
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } else {
      console.log('  npx playwright install chromium');
      execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    }
  } catch {
    // fall through to the message below
  }
  const installed = findChromium();
  if (installed) return installed;
  console.error(
    'Could not find or install Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`;\n' +
      'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
