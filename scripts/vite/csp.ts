import type { Plugin } from 'vite';

/**
 * The Content Security Policy of the built site. The same text goes into a meta tag of
 * dist/index.html and into public/_headers (with `frame-ancestors`, which a meta tag
 * cannot carry). `img-src data:` is allowed because Leaflet's CSS and the PNG export
 * use data: images; no script or style is ever inline.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self' blob:",
  'style-src': "'self'",
  'img-src': "'self' data: blob: https://tile.openstreetmap.org",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export function cspString(directives: Readonly<Record<string, string>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([key, value]) => `${key} ${value}`)
    .join('; ');
}

/** Adds the CSP meta tag to index.html, in production builds only (dev needs inline HMR). */
export function cspPlugin(): Plugin {
  return {
    name: 'sitrep-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspString() },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
