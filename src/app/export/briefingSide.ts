/**
 * The right-hand column of the briefing image: the selected area's headline figures (with
 * their sources) and its estimates-over-time charts, rasterised from the panel as shown, so a
 * PNG of an area is a briefing slide, not only a map. The charts' tables are left out (the
 * chart carries the same figures). Text of what was drawn goes into the PNG's metadata.
 */
import { toCanvas } from 'html-to-image';

export interface SideImage {
  canvas: HTMLCanvasElement;
  /** CSS pixels. */
  width: number;
  height: number;
  /** The text of each block drawn, in order: for the PNG's metadata and for tests. */
  texts: string[];
  /** data-chart ids of the charts drawn. */
  charts: string[];
}

/** Space around the blocks, CSS pixels. */
const GAP = 12;
/** Extra height per block, CSS pixels (see renderSide). */
const SLACK = 20;

function keepNode(node: HTMLElement): boolean {
  return !(node instanceof HTMLDetailsElement);
}

/** Height of a block without its table (which the image leaves out). */
function drawnHeight(block: HTMLElement): number {
  const table = block.querySelector('details');
  return block.scrollHeight - (table instanceof HTMLElement ? table.offsetHeight : 0);
}

/**
 * The blocks of the area panel that go beside the map: headline figures, then the charts with
 * the most figures first, as many as fit the map's height (at least one).
 * @param panel - the area panel element (or null when no area is selected)
 * @param maxHeight - the map's height, CSS pixels
 * @returns the elements to draw, in order
 */
export function sideBlocks(panel: Element | null, maxHeight = Infinity): HTMLElement[] {
  if (!panel) return [];
  const headline = panel.querySelector<HTMLElement>('.headline');
  const charts = [...panel.querySelectorAll<HTMLElement>('.estimates-chart')].sort(
    (a, b) => b.querySelectorAll('[data-mark]').length - a.querySelectorAll('[data-mark]').length,
  );
  const blocks = headline ? [headline] : [];
  let height = blocks.reduce((sum, block) => sum + drawnHeight(block) + GAP, GAP);
  for (const chart of charts) {
    const next = drawnHeight(chart) + GAP;
    if (blocks.length > (headline ? 1 : 0) && height + next > maxHeight) break;
    blocks.push(chart);
    height += next;
  }
  return blocks;
}

/**
 * Rasterises the blocks one under another on a white column.
 * @param blocks - elements from sideBlocks
 * @param pixelRatio - device pixels per CSS pixel
 * @returns the column, or null when there is nothing to draw
 */
export async function renderSide(
  blocks: readonly HTMLElement[],
  pixelRatio: number,
): Promise<SideImage | null> {
  if (blocks.length === 0) return null;
  const parts: { canvas: HTMLCanvasElement; width: number; height: number }[] = [];
  // Each block keeps the width it has on screen, so its text wraps as the analyst saw it.
  const sideWidth = Math.max(...blocks.map((block) => Math.round(block.offsetWidth))) + 2 * GAP;
  for (const block of blocks) {
    const width = Math.round(block.offsetWidth);
    // A little room below: the copy is drawn without web fonts, and may wrap one line more.
    const height = Math.round(drawnHeight(block)) + SLACK;
    const canvas = await toCanvas(block, {
      width,
      height,
      pixelRatio,
      skipFonts: true,
      backgroundColor: '#ffffff',
      filter: keepNode,
    });
    parts.push({ canvas, width, height });
  }
  const height = parts.reduce((sum, part) => sum + part.height + GAP, GAP);
  const canvas = document.createElement('canvas');
  canvas.width = sideWidth * pixelRatio;
  canvas.height = height * pixelRatio;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, sideWidth, height);
  let y = GAP;
  for (const part of parts) {
    ctx.drawImage(part.canvas, GAP, y, part.width, part.height);
    y += part.height + GAP;
  }
  return {
    canvas,
    width: sideWidth,
    height,
    texts: blocks.map((block) => (block.querySelector('figcaption, h3')?.textContent ?? '').trim()),
    charts: blocks.flatMap((block) => block.dataset.chart ?? []),
  };
}
