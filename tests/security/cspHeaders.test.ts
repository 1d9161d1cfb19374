// The Content Security Policy reaches browsers two ways: a meta tag in dist/index.html (any
// static host) and dist/_headers (Netlify, Cloudflare Pages), plus docs/deploy-nginx.conf for
// nginx. All three come from CSP_DIRECTIVES; these tests build a tiny page with the plugin and
// fail when the outputs drift apart or the policy loosens.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  SECURITY_HEADERS,
  checkFrameAncestors,
  cspPlugin,
  cspString,
  headerCspString,
  headersFileText,
} from '../../scripts/vite/csp';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'sitrep-csp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a one-page site with the CSP plugin; returns its index.html and _headers. */
async function buildWith(frameAncestors?: string): Promise<{ html: string; headers: string }> {
  const root = mkdtempSync(join(work, 'site-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>t</title><script type="module" src="./main.js"></script></head><body></body></html>',
  );
  writeFileSync(join(root, 'main.js'), 'document.title = "ok";\n');
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [frameAncestors === undefined ? cspPlugin() : cspPlugin(frameAncestors)],
    build: { outDir, emptyOutDir: true },
  });
  return {
    html: readFileSync(join(outDir, 'index.html'), 'utf8'),
    headers: readFileSync(join(outDir, '_headers'), 'utf8'),
  };
}

/** The policy of the meta tag in an HTML text (attribute entities decoded). */
function metaPolicy(html: string): string | null {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"') ?? null;
}

/** `name: value` lines of the `/*` block of a _headers file. */
function headerLines(text: string): Map<string, string> {
  const block = text.split(/^\/assets\/\*$/m)[0] ?? '';
  const lines = block.split('\n').filter((line) => /^\s+\S+: /.test(line));
  return new Map(
    lines.map((line) => {
      const [name, ...rest] = line.trim().split(': ');
      return [name ?? '', rest.join(': ')];
    }),
  );
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.split(/\s+/)[0] === name);
}

describe('the policy', () => {
  it('allows scripts from the site only: no inline script, no eval', () => {
    const scripts = directive(cspString(), 'script-src') ?? '';
    expect(scripts).toBe("script-src 'self'");
    expect(cspString()).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(directive(cspString(), 'default-src')).toBe("default-src 'self'");
    expect(directive(cspString(), 'object-src')).toBe("object-src 'none'");
    expect(directive(cspString(), 'base-uri')).toBe("base-uri 'none'");
  });

  it('loads images from the tile host only, besides the site and data:/blob:', () => {
    expect(CSP_DIRECTIVES['img-src']).toBe("'self' data: blob: https://tile.openstreetmap.org");
    expect(CSP_DIRECTIVES['connect-src']).toBe("'self'");
  });
});

describe('the build', () => {
  it('puts the policy in a meta tag before any script, and the same policy in _headers', async () => {
    const { html, headers } = await buildWith();
    const meta = metaPolicy(html);
    expect(meta).toBe(cspString());
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // A meta tag cannot carry frame-ancestors (browsers ignore it there), so only _headers has it.
    expect(meta).not.toContain('frame-ancestors');

    const lines = headerLines(headers);
    expect(lines.get('Content-Security-Policy')).toBe(`${cspString()}; frame-ancestors *`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(lines.get(name), name).toBe(value);
    }
    expect(lines.get('Referrer-Policy')).toBe('no-referrer');
    expect(lines.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers).toBe(headersFileText());
  });

  it('takes another frame-ancestors from the build setting', async () => {
    const { headers } = await buildWith("'self' https://intranet.example.org");
    expect(headerLines(headers).get('Content-Security-Policy')).toBe(
      `${cspString()}; frame-ancestors 'self' https://intranet.example.org`,
    );
  });
});

describe('checkFrameAncestors', () => {
  it('accepts source lists', () => {
    expect(checkFrameAncestors('*')).toBe('*');
    expect(checkFrameAncestors("  'none' ")).toBe("'none'");
    expect(checkFrameAncestors("'self'  https://*.example.org:443 https:")).toBe(
      "'self' https://*.example.org:443 https:",
    );
  });

  it.each([
    '',
    "*; script-src 'unsafe-inline'",
    "'self'\nSet-Cookie: a=b",
    "'unsafe-inline'",
    "'none' 'self'",
    'https://example.org/path?x',
  ])('refuses %j', (value) => {
    expect(() => checkFrameAncestors(value)).toThrow(/SITREP_FRAME_ANCESTORS/);
  });
});

describe('docs/deploy-nginx.conf', () => {
  it('sends the same headers as _headers, in every location', () => {
    const conf = readFileSync(join(ROOT, 'docs/deploy-nginx.conf'), 'utf8');
    const sent = [...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)];
    const csp = sent.filter((m) => m[1] === 'Content-Security-Policy').map((m) => m[2]);
    const locations = conf.match(/^location /gm)?.length ?? 0;
    expect(locations).toBeGreaterThan(0);
    expect(csp).toEqual(Array.from({ length: locations }, () => headerCspString()));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const values = sent.filter((m) => m[1] === name).map((m) => m[2]);
      expect(values, name).toEqual(Array.from({ length: locations }, () => value));
    }
  });
});
