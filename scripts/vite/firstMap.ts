import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The basemap asset the first map draws: the province outlines, from which the report's
 * regions are drawn. The countries come after the regions are painted (src/data/geodata.ts).
 */
export const FIRST_MAP_ASSETS = [/^assets\/provinces\.topo-[\w-]+\.json$/] as const;

/**
 * Vite plugin: a fetch preload for the outlines the first map draws, so they download beside
 * the app script instead of after it has run (no request waterfall); the app fetches them
 * itself before its first render (src/app/earlyLoads.ts) and gets this response. The map and
 * data code need no hint: they are in the entry chunk (vite.config.ts). Each link is marked
 * `data-sitrep-first-map`: scripts/budget.mjs allows only these outlines to be preloaded.
 * @returns the plugin
 */
export function firstMapPlugin(): Plugin {
  return {
    name: 'sitrep-first-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const assets = Object.keys(bundle).filter((name) =>
          FIRST_MAP_ASSETS.some((pattern) => pattern.test(name)),
        );
        if (assets.length !== FIRST_MAP_ASSETS.length) {
          throw new Error(`first-map preload: basemap assets not found (${assets.join(', ')})`);
        }
        return assets.map((href): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'fetch',
            crossorigin: 'anonymous',
            href,
            'data-sitrep-first-map': '',
          },
          injectTo: 'head',
        }));
      },
    },
  };
}
