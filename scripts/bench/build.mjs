// Builds what the benchmark serves, into .cache/bench/ (never into dist/):
//  - prod/: the production app, with the project's vite.config.ts unchanged;
//  - pages/: the bench-only pages of bench/ (bench/app: synthetic points and as-of,
//    bench/baseline: a bare react-leaflet page). These are a separate Vite build with their
//    own entries, so the synthetic data never reaches the shipped app.
import { resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * @param {(message: string) => void} log
 * @returns {Promise<{prodDir: string, pagesDir: string}>}
 */
export async function buildAll(log) {
  const prodDir = resolve('.cache/bench/prod');
  const pagesDir = resolve('.cache/bench/pages');
  log('building the production app → .cache/bench/prod');
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: prodDir, emptyOutDir: true },
  });
  log('building the bench pages → .cache/bench/pages');
  await build({
    configFile: false,
    root: resolve('bench'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: pagesDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      rollupOptions: {
        input: {
          app: resolve('bench/app/index.html'),
          baseline: resolve('bench/baseline/index.html'),
        },
      },
    },
  });
  return { prodDir, pagesDir };
}
