// A minimal static file server for the benchmark (localhost only, no cache headers: every run
// opens a fresh browser context, so every run starts with a cold cache). No compression,
// except with `{ gzip: true }` (the phone profile, whose throttled network is where bytes
// count): then text files are sent gzipped, as any static host or CDN sends them.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * @param {Record<string, string>} mounts - URL prefix ('/app/') → folder
 * @param {{gzip?: boolean}} [options] - gzip text files (compressed once, then cached)
 * @returns {Promise<{port: number, close: () => void}>}
 */
export function serve(mounts, options = {}) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) return void response.writeHead(404).end();
    const rest = normalize(path.slice(prefix.length) || 'index.html');
    if (rest.startsWith('..')) return void response.writeHead(403).end();
    try {
      const file = join(mounts[prefix], rest.endsWith('/') ? `${rest}index.html` : rest);
      const type = TYPES[extname(rest)] ?? 'application/octet-stream';
      const headers = { 'content-type': type };
      let body = await readFile(file);
      const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (options.gzip && accepts && type !== 'image/png') {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
        body = gzipped.get(file);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolvePort) =>
    server.listen(0, '127.0.0.1', () =>
      resolvePort({ port: server.address().port, close: () => server.close() }),
    ),
  );
}
