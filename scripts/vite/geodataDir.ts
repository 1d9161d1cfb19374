import path from 'node:path';

/**
 * The theatre's folder: geodata/, or another folder of the same layout named by the
 * SITREP_GEODATA environment variable, relative to the project root (e2e/theatre.spec.ts
 * builds the fixture theatre of tests/fixtures/theatre/ that way). src/ reaches its files only
 * as `@geodata/…` (the alias vite.config.ts and the claims plugin set to this folder).
 * @param root - the project root
 * @returns the folder's absolute path
 */
export function geodataDir(root: string): string {
  return path.resolve(root, process.env.SITREP_GEODATA ?? 'geodata');
}
