/**
 * The briefing image: the map as the analyst sees it (rasterised with html-to-image) above a
 * footer with the title, as-of date, legend, sources, link and credits, drawn on a canvas
 * with fillText (text only, nothing from the data is parsed as HTML). Works under the page's
 * CSP: html-to-image loads its SVG snapshot as a data: image, the result is a blob.
 *
 * The footer's layout is also written into the PNG (`iTXt` chunks): `Description` holds the
 * footer's text, `Sitrep-footer` the runs as JSON (positions in CSS pixels, `pixelRatio`,
 * `mapHeight`), so tests and readers can check what was drawn.
 *
 * Loaded on demand (dynamic import): html-to-image stays out of the first page load.
 */
import { toCanvas } from 'html-to-image';
import { footerText, layoutFooter, type FooterInput, type FooterLayout } from './footer';
import { addPngText } from './pngText';
import { renderSide } from './briefingSide';

export interface BriefingImage {
  blob: Blob;
  layout: FooterLayout;
  /** Height of the map part, CSS pixels (the footer starts there). */
  mapHeight: number;
  pixelRatio: number;
}

/** Metadata keyword of the footer layout (JSON). */
export const FOOTER_KEYWORD = 'Sitrep-footer';
/** Metadata keyword of the side column: headline and chart captions, chart ids (JSON). */
export const SIDE_KEYWORD = 'Sitrep-side';

/** Leaflet's zoom buttons mean nothing on paper; the attribution stays. */
function isZoomControl(node: HTMLElement): boolean {
  return node.classList?.contains('leaflet-control-zoom') ?? false;
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    );
  });
}

/**
 * Draws a laid-out footer on a 2D context, at the origin (CSS pixels).
 * @param ctx - a canvas context, already scaled to CSS pixels
 * @param layout - the footer layout
 */
export function drawFooter(ctx: CanvasRenderingContext2D, layout: FooterLayout): void {
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const box of layout.swatches) {
    ctx.fillStyle = box.fill;
    ctx.fillRect(box.x, box.y, box.width, box.height);
    ctx.strokeStyle = box.stroke;
    ctx.lineWidth = 2;
    ctx.strokeRect(box.x + 1, box.y + 1, box.width - 2, box.height - 2);
  }
  ctx.textBaseline = 'alphabetic';
  for (const run of layout.runs) {
    ctx.font = run.font;
    ctx.fillStyle = run.color;
    ctx.fillText(run.text, run.x, run.y);
  }
}

/**
 * Renders the briefing PNG of a map element.
 * @param mapElement - the Leaflet container
 * @param footer - what the footer says
 * @param pixelRatio - device pixels per CSS pixel of the output (2 for print)
 * @param keep - further filter of the map's nodes (false leaves a node out of the image)
 * @param sideBlocks - panel blocks drawn beside the map (headline figures, charts), if any
 * @returns the PNG and how its footer was laid out
 */
export async function renderBriefingPng(
  mapElement: HTMLElement,
  footer: FooterInput,
  pixelRatio = 2,
  keep: (node: HTMLElement) => boolean = () => true,
  sideBlocks: readonly HTMLElement[] = [],
): Promise<BriefingImage> {
  const side = await renderSide(sideBlocks, pixelRatio);
  const mapWidth = Math.round(mapElement.clientWidth);
  const width = mapWidth + (side?.width ?? 0);
  const mapOnlyHeight = Math.round(mapElement.clientHeight);
  const mapHeight = Math.max(mapOnlyHeight, side?.height ?? 0);
  const mapCanvas = await toCanvas(mapElement, {
    width: mapWidth,
    height: mapOnlyHeight,
    pixelRatio,
    skipFonts: true,
    backgroundColor: '#dde5ec',
    filter: (node) => !isZoomControl(node) && keep(node),
  });

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = layoutFooter(footer, width, measure);
  canvas.width = width * pixelRatio;
  canvas.height = (mapHeight + layout.height) * pixelRatio;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, mapHeight);
  ctx.drawImage(mapCanvas, 0, 0, mapWidth, mapOnlyHeight);
  if (side) ctx.drawImage(side.canvas, mapWidth, 0, side.width, side.height);
  ctx.save();
  ctx.translate(0, mapHeight);
  drawFooter(ctx, layout);
  ctx.restore();

  const png = new Uint8Array(await (await canvasToBlob(canvas)).arrayBuffer());
  const withText = addPngText(png, {
    Title: footer.title,
    Description: footerText(layout).join('\n'),
    Source: footer.link,
    [FOOTER_KEYWORD]: JSON.stringify({ pixelRatio, mapHeight, layout }),
    ...(side
      ? {
          [SIDE_KEYWORD]: JSON.stringify({
            width: side.width,
            texts: side.texts,
            charts: side.charts,
          }),
        }
      : {}),
  });
  return {
    blob: new Blob([withText], { type: 'image/png' }),
    layout,
    mapHeight,
    pixelRatio,
  };
}
