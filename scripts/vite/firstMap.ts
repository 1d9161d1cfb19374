import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

/**
 * The modules whose chunks the first map needs, though the app imports them lazily
 * (src/app/earlyLoads.ts): the map code and the data code. Without a hint the browser learns
 * of them only once the app script has run, so they would come one round trip after it.
 */
export const FIRST_MAP_MODULES = ['src/map/MapView.tsx', 'src/view/api.ts'] as const;

/** The basemap assets the first map draws (the areas include regions and countries). */
export const FIRST_MAP_ASSETS = [
  /^assets\/provinces\.topo-[\w-]+\.json$/,
  /^assets\/countries\.topo-[\w-]+\.json$/,
] as const;

function isChunk(item: Rollup.OutputBundle[string] | undefined): item is Rollup.OutputChunk {
  return item?.type === 'chunk';
}

/**
 * The chunks (and their CSS) that `entries` load, following static imports, minus what the
 * page's entry script already brings (Vite preloads that itself).
 * @param bundle - the build's output
 * @param entries - module paths relative to the project root
 * @returns chunk file names and CSS file names, in load order
 */
export function firstMapFiles(
  bundle: Rollup.OutputBundle,
  entries: readonly string[],
): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter(isChunk);
  const entry = chunks.find((chunk) => chunk.isEntry);
  const already = new Set<string>();
  const mark = (name: string) => {
    if (already.has(name)) return;
    already.add(name);
    const chunk = bundle[name];
    if (isChunk(chunk)) chunk.imports.forEach(mark);
  };
  if (entry) mark(entry.fileName);
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (!isChunk(chunk) || already.has(name)) return;
    already.add(name);
    chunk.imports.forEach(visit);
    scripts.push(name);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.push(css);
  };
  for (const path of entries) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${path}`));
    if (!chunk) throw new Error(`first-map preload: no chunk for ${path}`);
    visit(chunk.fileName);
  }
  return { scripts, styles };
}

/**
 * Vite plugin: `<link rel="modulepreload">` for the lazily imported chunks of the first map,
 * a stylesheet preload for their CSS and a fetch preload for the basemap outlines, so they all
 * download beside the app script instead of after it (no request waterfall). The app still
 * imports and fetches them itself; these links only start the downloads sooner. Each link is
 * marked `data-sitrep-first-map`: scripts/budget.mjs budgets them as the first map's, apart
 * from the initial JavaScript that the app shell needs.
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
        const { scripts, styles } = firstMapFiles(bundle, FIRST_MAP_MODULES);
        const assets = Object.keys(bundle).filter((name) =>
          FIRST_MAP_ASSETS.some((pattern) => pattern.test(name)),
        );
        if (assets.length !== FIRST_MAP_ASSETS.length) {
          throw new Error(`first-map preload: basemap assets not found (${assets.join(', ')})`);
        }
        const tags: HtmlTagDescriptor[] = [
          ...assets.map((href) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: 'anonymous',
              href,
              // The regions need the provinces only; the countries follow (src/app/earlyLoads.ts).
              ...(/countries/.test(href) ? { fetchpriority: 'low' } : {}),
              'data-sitrep-first-map': '',
            },
            injectTo: 'head' as const,
          })),
          ...scripts.map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href, 'data-sitrep-first-map': '' },
            injectTo: 'head' as const,
          })),
          ...styles.map((href) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'style',
              crossorigin: '',
              href,
              'data-sitrep-first-map': '',
            },
            injectTo: 'head' as const,
          })),
        ];
        return tags;
      },
    },
  };
}
