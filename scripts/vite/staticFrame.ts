import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { geodataDir } from './geodataDir.ts';
import { readReportFiles } from './reportFiles.ts';
import { FRAME_AS_OF_META, FRAME_AS_OF_TEXT_META } from '../../src/ui/staticFrame.ts';
// Type-only: erased from the config bundle; the modules load through Vite's module runner.
import type * as geodata from '../../src/data/geodata';
import type * as fileDataset from '../../src/data/fileDataset';
import type * as frame from '../../src/view/frameModel';
import type * as mapTypes from '../../src/view/mapTypes';
import type * as staticFrame from '../../src/app/StaticFrame';
import type * as format from '../../src/ui/format';
import type * as picture from '../../src/view/currentPicture';
import type * as firstMap from '../../src/ui/firstMap';
import type * as server from 'react-dom/server';
import type * as react from 'react';

/**
 * The first frame in index.html (issue 24): the build renders the dashboard's initial view
 * with the app's own code and puts it inside `#root`, so the page shows its map and figures
 * when the HTML arrives, before any script and without one:
 * - the theatre map as an inline SVG (src/view/frameModel.ts, projected with Leaflet's own
 *   EPSG:3857 from leaflet/src, and src/map/FrameMap.tsx),
 * - the header, the timeline and the overview's areas with their headline figures as of the
 *   latest date (src/app/StaticFrame.tsx, rendered with react-dom/server),
 * - link previews: og:title, og:description (the headline figures as of the build), an
 *   og:image rendered to PNG here (@resvg/resvg-js) and twitter:card.
 * The app takes the SVG into its map when it starts and lets it go once Leaflet has drawn
 * the same outlines (src/ui/staticFrame.ts). Like the claims plugin, it loads src/ through
 * Vite's module runner, which gives it the app's transforms (JSX, `?url` and `?raw` imports).
 */

type FrameModules = typeof geodata &
  typeof fileDataset &
  typeof frame &
  typeof mapTypes &
  typeof staticFrame &
  typeof format &
  Pick<typeof picture, 'pictureLabel'> &
  Pick<typeof firstMap, 'createFirstMap' | 'FirstMapContext'> &
  Pick<typeof server, 'renderToStaticMarkup'> &
  Pick<typeof react, 'createElement'> & {
    EPSG3857: { latLngToPoint(latlng: { lat: number; lng: number }, zoom: number): Point };
  };
interface Point {
  x: number;
  y: number;
}

const ENTRY = 'virtual:sitrep-static-frame';
const NO_CSS = '\0sitrep-static-frame-no-css';
const ENTRY_CODE = [
  "export * from '/src/data/geodata.ts';",
  "export * from '/src/data/fileDataset.ts';",
  "export * from '/src/view/frameModel.ts';",
  "export * from '/src/view/mapTypes.ts';",
  "export * from '/src/app/StaticFrame.tsx';",
  "export * from '/src/ui/format.ts';",
  "export { pictureLabel } from '/src/view/currentPicture.ts';",
  "export { createFirstMap, FirstMapContext } from '/src/ui/firstMap.ts';",
  "export { renderToStaticMarkup } from 'react-dom/server';",
  "export { createElement } from 'react';",
  // Leaflet's own projection (its ES sources: the UMD bundle needs a window).
  "export { EPSG3857 } from 'leaflet/src/geo/crs/CRS.EPSG3857.js';",
].join('\n');

/** The link preview image: a fixed name, so a page shared before a rebuild keeps its image. */
export const OG_IMAGE = 'og-image.png';
const OG_SIZE = { width: 1200, height: 630 } as const;

/** What the build puts into index.html. */
export interface StaticFrameParts {
  /** The frame's markup, for inside `#root`. */
  markup: string;
  title: string;
  description: string;
  /** The preview image's SVG (rendered to PNG by the plugin). */
  imageSvg: string;
  /** The date the frame's figures are as of (YYYY-MM-DD). */
  asOf: string;
  /** That date as the page writes it ("27 Feb 2025"). */
  asOfText: string;
}

async function readTopology(root: string, name: string): Promise<Topology> {
  return JSON.parse(
    await readFile(path.join(geodataDir(root), 'basemap', name), 'utf8'),
  ) as Topology;
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/**
 * Renders the frame from the report files and outlines on disk.
 * @param root - project root
 * @returns the markup, the preview texts and the preview image's SVG
 */
export async function renderStaticFrame(root: string): Promise<StaticFrameParts> {
  // Leaflet's core/Util.js reads window.requestAnimationFrame when it loads (to pick its
  // animation-frame function; the projection never calls it): Node's global stands in for
  // the window while the modules load.
  const global = globalThis as { window?: unknown };
  const stubbed = global.window === undefined;
  if (stubbed) global.window = globalThis;
  const { module: m } = await runnerImport<FrameModules>(ENTRY, {
    configFile: false,
    root,
    logLevel: 'error',
    resolve: { alias: { '@geodata': geodataDir(root) } },
    // Leaflet's ES sources import without file extensions: Vite resolves them, Node would not.
    environments: { inline: { resolve: { noExternal: ['leaflet'] } } },
    plugins: [
      {
        name: 'sitrep-static-frame-entry',
        resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
        load: (id) => (id === `\0${ENTRY}` ? ENTRY_CODE : undefined),
      },
      {
        // Components import their CSS; the runner needs none of it (its CSS pipeline has no
        // place to put it in Node). The page links only the entry stylesheet: a lazy panel's
        // own CSS file comes with its chunk, after the frame is painted, so whatever the frame
        // draws is laid out by the entry's CSS (styles.css has the area cards' rules).
        name: 'sitrep-static-frame-no-css',
        enforce: 'pre',
        resolveId: (id) => (id.split('?')[0]?.endsWith('.css') ? NO_CSS : undefined),
        load: (id) => (id === NO_CSS ? 'export {};' : undefined),
      },
    ],
  });
  if (stubbed) delete global.window;
  const basemap = m.basemapFromTopologies(
    await readTopology(root, 'countries.topo.json'),
    await readTopology(root, 'provinces.topo.json'),
  );
  const ds = m.datasetFromFiles(await readReportFiles(root), basemap);
  const project = (lng: number, lat: number) => {
    const p = m.EPSG3857.latLngToPoint({ lat, lng }, m.FRAME_ZOOM);
    return [p.x, p.y] as const;
  };
  const map = m.frameModel(ds, basemap, ds.theatre.bbox, project);
  const summary = m.frameSummary(ds);
  // The app's components set a few positions through React's style prop (the timeline's
  // as-of marker): in a page under the CSP a style attribute is refused, so none is written
  // (CSS places those elements until the app draws them).
  const markup = m
    .renderToStaticMarkup(
      // The frame's first map is never announced: the placeholders stand where the app's go.
      m.createElement(
        m.FirstMapContext,
        { value: m.createFirstMap() },
        m.createElement(m.StaticFrame, { map, summary }),
      ),
    )
    .replace(/ style="[^"]*"/g, '');
  const lines = summary.areas
    .filter((area) => figureLines(m, area).length > 0)
    .map((area) => `${area.name}: ${figureLines(m, area).join('; ')}`);
  const asOf = m.formatIsoDate(summary.asOf);
  const description = `As of ${asOf}, figures by source. ${lines.join('. ')}.`;
  return {
    markup,
    title: 'Sitrep — North Korean troops in Russia, figures by source',
    description,
    imageSvg: previewSvg(m, map, asOf, summary),
    asOf: summary.asOf,
    asOfText: asOf,
  };
}

/**
 * An area's current picture as short lines for the link preview, one per family with a figure
 * ("estimated 4,700 killed or wounded · Apr 2025"): the map label's wording (pictureLabel).
 */
function figureLines(m: FrameModules, area: frame.FrameSummary['areas'][number]): string[] {
  return m.pictureLabel(area.picture)?.split('\n') ?? [];
}

/**
 * The preview image: the theatre map on the left (the frame's paths, stroke widths scaled to
 * the image), the name, date and headline figures on the right.
 */
function previewSvg(
  m: FrameModules,
  map: frame.FrameModel,
  asOf: string,
  summary: frame.FrameSummary,
): string {
  const [x, y, w, h] = map.viewBox;
  const mapWidth = 560;
  const scale = Math.min((mapWidth - 40) / w, (OG_SIZE.height - 40) / h);
  const tx = 20 + (mapWidth - 40 - w * scale) / 2 - x * scale;
  const ty = 20 + (OG_SIZE.height - 40 - h * scale) / 2 - y * scale;
  const text = (content: string, top: number, size: number, weight = 400, colour = '#1b1f24') =>
    `<text x="${mapWidth + 30}" y="${top}" font-family="DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(content)}</text>`;
  // Each area with figures: its name, then one line per headline figure, while they fit.
  const body: string[] = [];
  let top = 232;
  for (const area of summary.areas.filter((a) => figureLines(m, a).length > 0)) {
    if (top + 30 > OG_SIZE.height - 20) break;
    body.push(text(area.name, top, 24, 700));
    top += 34;
    for (const line of figureLines(m, area)) {
      if (top > OG_SIZE.height - 20) break;
      body.push(text(line.length > 44 ? `${line.slice(0, 43)}…` : line, top, 22));
      top += 32;
    }
    top += 14;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_SIZE.width}" height="${OG_SIZE.height}" viewBox="0 0 ${OG_SIZE.width} ${OG_SIZE.height}">`,
    `<rect width="${OG_SIZE.width}" height="${OG_SIZE.height}" fill="#ffffff"/>`,
    `<svg x="0" y="0" width="${mapWidth}" height="${OG_SIZE.height}"><rect width="${mapWidth}" height="${OG_SIZE.height}" fill="#cfdde6"/>`,
    `<g transform="translate(${tx} ${ty}) scale(${scale})">`,
    `<path d="${map.countries}" fill="#eef0ea" stroke="#7d8792" stroke-width="${1 / scale}"/>`,
    ...map.regions.map(
      (r) =>
        `<path d="${r.d}" fill="#0072B2" fill-opacity="0.1" fill-rule="evenodd" stroke="#0072B2" stroke-width="${3 / scale}" stroke-linejoin="round"/>`,
    ),
    `</g></svg>`,
    `<rect x="${mapWidth}" width="${OG_SIZE.width - mapWidth}" height="96" fill="#1b1f24"/>`,
    text('Sitrep', 62, 40, 700, '#ffffff'),
    text('North Korean troops in Russia · figures by source', 140, 22, 400, '#57606a'),
    text(`Headline figures as of ${asOf}`, 182, 24, 700),
    ...body,
    `</svg>`,
  ].join('');
}

/** The PNG of the preview image (resvg: a prebuilt binary inside the npm package). */
async function renderPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_SIZE.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/**
 * Vite plugin: the first frame inside `#root` and the link-preview tags of index.html, and
 * the preview image (dist/og-image.png). The image's URL is absolute when the build is told
 * where the site lives (`SITREP_SITE_URL`, e.g. https://example.org/sitrep/), as the
 * preview scrapers of chat apps need; relative otherwise.
 * @returns the plugin
 */
export function staticFramePlugin(): Plugin {
  let root = process.cwd();
  let parts: StaticFrameParts | null = null;
  return {
    name: 'sitrep-static-frame',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      parts = await renderStaticFrame(root);
      this.emitFile({
        type: 'asset',
        fileName: OG_IMAGE,
        source: await renderPng(parts.imageSvg),
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!parts) throw new Error('static frame: not rendered (buildStart did not run)');
        const slot = '<div id="root"></div>';
        if (!html.includes(slot)) throw new Error(`static frame: index.html has no ${slot}`);
        const site = process.env.SITREP_SITE_URL?.trim();
        const image = site
          ? new URL(OG_IMAGE, site.endsWith('/') ? site : `${site}/`).href
          : OG_IMAGE;
        const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({
          tag: 'meta',
          attrs,
          injectTo: 'head',
        });
        return {
          html: html.replace(slot, `<div id="root">${parts.markup}</div>`),
          tags: [
            // The app shows this date until its data is in (src/ui/staticFrame.ts).
            meta({ name: FRAME_AS_OF_META, content: parts.asOf }),
            // ... and as it writes it, so the app need not load Intl's locale data for it.
            meta({ name: FRAME_AS_OF_TEXT_META, content: parts.asOfText }),
            meta({ name: 'description', content: parts.description }),
            meta({ property: 'og:type', content: 'website' }),
            meta({ property: 'og:title', content: parts.title }),
            meta({ property: 'og:description', content: parts.description }),
            meta({ property: 'og:image', content: image }),
            meta({ property: 'og:image:width', content: String(OG_SIZE.width) }),
            meta({ property: 'og:image:height', content: String(OG_SIZE.height) }),
            meta({ property: 'og:image:alt', content: 'Map of the Kursk and Donetsk regions' }),
            meta({ name: 'twitter:card', content: 'summary_large_image' }),
            meta({ name: 'twitter:title', content: parts.title }),
            meta({ name: 'twitter:description', content: parts.description }),
            meta({ name: 'twitter:image', content: image }),
          ],
        };
      },
    },
  };
}
