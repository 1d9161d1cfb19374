/**
 * Layout of the briefing image's footer: title, as-of date, legend, sources, link and credits,
 * as text runs and legend swatches at fixed positions. Pure: text widths come from `measure`
 * (a canvas's measureText in the app, a stub in tests). The PNG export draws exactly these
 * runs and also stores them in the file's metadata, so a test can check the drawn text.
 */

export interface LegendEntry {
  label: string;
  /** CSS colours of the swatch. */
  fill: string;
  stroke: string;
}

export interface FooterInput {
  /** e.g. 'Sitrep — Kursk region'. */
  title: string;
  /** Effective as-of date, 'YYYY-MM-DD'. */
  asOf: string;
  /** The as-of date in words, e.g. '27 Feb 2025'. */
  asOfText: string;
  /** The visible layers. */
  legend: readonly LegendEntry[];
  /** Who claims the figures in view, and who carried them. */
  claimedBy: readonly string[];
  carriedBy: readonly string[];
  /** The shared link (with its as-of date). */
  link: string;
  /** Attributions of the map data. */
  credit: string;
  /** The analyst's marks in view, e.g. 'Point 1: command post' (drawn after the legend). */
  marks?: readonly string[];
}

/** A longer link is shortened in the image; the PNG's metadata keeps it whole. */
const MAX_LINK_SHOWN = 300;

export type FooterRole = 'title' | 'asof' | 'legend' | 'sources' | 'link' | 'credit';

export interface TextRun {
  role: FooterRole;
  text: string;
  /** Left edge and alphabetic baseline, CSS pixels from the footer's top-left corner. */
  x: number;
  y: number;
  font: string;
  color: string;
}

export interface SwatchBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
}

export interface FooterLayout {
  width: number;
  height: number;
  background: string;
  runs: TextRun[];
  swatches: SwatchBox[];
}

/** Measures the advance width of a text in a CSS font, in CSS pixels. */
export type MeasureText = (text: string, font: string) => number;

const PADDING = 16;
const LINE_HEIGHT = 20;
const FONT = '13px sans-serif';
const BOLD = 'bold 15px sans-serif';
const MONO = '12px monospace';
const INK = '#1b1f24';
const MUTED = '#57606a';
const SWATCH = { width: 18, height: 12, gap: 6, itemGap: 16 };

/**
 * Splits text into lines no wider than maxWidth: at spaces, or anywhere in a word too long
 * for a line. With `anywhere`, at any character (for a link: joining the lines gives it back).
 */
function wrap(
  text: string,
  maxWidth: number,
  font: string,
  measure: MeasureText,
  anywhere = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of anywhere ? [text] : text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const char of Array.from(word)) {
      if (line !== '' && measure(line + char, font) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Lays the footer out for a width.
 * @param input - what the footer says
 * @param widthPx - the image's width in CSS pixels
 * @param measure - text width in CSS pixels
 * @returns runs and swatches with positions, and the footer's height
 */
export function layoutFooter(
  input: FooterInput,
  widthPx: number,
  measure: MeasureText,
): FooterLayout {
  const runs: TextRun[] = [];
  const swatches: SwatchBox[] = [];
  const maxWidth = Math.max(widthPx - 2 * PADDING, 80);
  let baseline = PADDING + 14;
  const add = (role: FooterRole, text: string, font: string, color = INK) => {
    for (const line of wrap(text, maxWidth, font, measure, role === 'link')) {
      runs.push({ role, text: line, x: PADDING, y: baseline, font, color });
      baseline += LINE_HEIGHT;
    }
  };

  add('title', input.title, BOLD);
  add('asof', `As of ${input.asOf} (${input.asOfText}): figures reported up to this date`, FONT);

  // Legend: "Legend" then swatch + label items, wrapped as whole items.
  let x = PADDING;
  runs.push({ role: 'legend', text: 'Legend:', x, y: baseline, font: FONT, color: INK });
  x += measure('Legend:', FONT) + SWATCH.itemGap;
  for (const entry of input.legend.length ? input.legend : []) {
    const itemWidth = SWATCH.width + SWATCH.gap + measure(entry.label, FONT);
    if (x + itemWidth > PADDING + maxWidth && x > PADDING) {
      x = PADDING;
      baseline += LINE_HEIGHT;
    }
    swatches.push({
      x,
      y: baseline - SWATCH.height + 1,
      width: SWATCH.width,
      height: SWATCH.height,
      fill: entry.fill,
      stroke: entry.stroke,
    });
    const labelX = x + SWATCH.width + SWATCH.gap;
    runs.push({
      role: 'legend',
      text: entry.label,
      x: labelX,
      y: baseline,
      font: FONT,
      color: INK,
    });
    x = labelX + measure(entry.label, FONT) + SWATCH.itemGap;
  }
  if (input.legend.length === 0) {
    runs.push({ role: 'legend', text: 'no layer shown', x, y: baseline, font: FONT, color: MUTED });
  }
  baseline += LINE_HEIGHT;
  for (const mark of input.marks ?? []) add('legend', mark, FONT);

  const claimed = input.claimedBy.length ? input.claimedBy.join('; ') : 'none (no figure in view)';
  add('sources', `Sources of the figures: ${claimed}`, FONT);
  if (input.carriedBy.length) add('sources', `Carried by: ${input.carriedBy.join('; ')}`, FONT);
  const link =
    input.link.length <= MAX_LINK_SHOWN
      ? input.link
      : `${input.link.slice(0, MAX_LINK_SHOWN)}… (${input.link.length} characters: the whole link is in this image's metadata)`;
  add('link', `Link: ${link}`, MONO);
  add('credit', input.credit, FONT, MUTED);

  return {
    width: widthPx,
    height: baseline - LINE_HEIGHT + PADDING + 6,
    background: '#ffffff',
    runs,
    swatches,
  };
}

/**
 * The footer's text, one line per run of a row, as a reader would copy it (for the PNG's
 * Description metadata).
 * @param layout - a laid-out footer
 * @returns lines of text
 */
export function footerText(layout: FooterLayout): string[] {
  const rows = new Map<number, string[]>();
  for (const run of layout.runs) rows.set(run.y, [...(rows.get(run.y) ?? []), run.text]);
  return [...rows.values()].map((texts) => texts.join('  '));
}
