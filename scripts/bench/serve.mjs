// A minimal static file server for the benchmark (localhost only, no compression, no cache
// headers: every run opens a fresh browser context, so every run starts with a cold cache).
import { createServer } from 'node:http';
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
 * @returns {Promise<{port: number, close: () => void}>}
 */
export function serve(mounts) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) return void response.writeHead(404).end();
    const rest = normalize(path.slice(prefix.length) || 'index.html');
    if (rest.startsWith('..')) return void response.writeHead(403).end();
    try {
      const body = await readFile(
        join(mounts[prefix], rest.endsWith('/') ? `${rest}index.html` : rest),
      );
      response.writeHead(200, {
        'content-type': TYPES[extname(rest)] ?? 'application/octet-stream',
      });
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
