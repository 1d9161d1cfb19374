/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite/csp.ts';
import { claimsPlugin } from './scripts/vite/claims.ts';
import { firstMapPlugin } from './scripts/vite/firstMap.ts';
import { staticFramePlugin } from './scripts/vite/staticFrame.ts';
import { geodataDir } from './scripts/vite/geodataDir.ts';

// The theatre's files (areas, places, measures, theatre.json, basemap, reports): geodata/, or
// the folder SITREP_GEODATA names (scripts/vite/geodataDir.ts).
const GEODATA_DIR = geodataDir(fileURLToPath(new URL('.', import.meta.url)));

// `base: './'` keeps every asset URL relative, so dist/ works from any folder of any static
// host (a CDN path, a GitHub Pages project page, a file share behind nginx).
export default defineConfig({
  base: './',
  resolve: { alias: { '@geodata': GEODATA_DIR } },
  plugins: [react(), cspPlugin(), claimsPlugin(), firstMapPlugin(GEODATA_DIR), staticFramePlugin()],
  build: {
    outDir: 'dist',
    // Never inline assets as data: URLs; the CSP allows scripts and styles from 'self' only.
    assetsInlineLimit: 0,
    sourcemap: false,
    // dist/.vite/manifest.json: scripts/budget.mjs reads the chunk graph from it.
    manifest: true,
    target: 'es2022',
    // The entry chunk holds React, Leaflet, the map and the data code (500 kB, 153 KiB
    // gzipped): scripts/budget.mjs budgets what the first map loads, gzipped.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically (React, Leaflet, the app shell, the map and
        // data code) in the one entry chunk: left alone, the bundler splits out every module
        // it shares with a lazy chunk, and the first map waited for a dozen small requests
        // (a round trip each on a phone). The lazy chunks (side panel, map tools, workbench)
        // stay apart and load after the first map.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
