import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/app/export/fileName';
import { footerText, layoutFooter, type FooterInput } from '../../../src/app/export/footer';
import { addPngText, isPng, readPngText } from '../../../src/app/export/pngText';
import { shareLinks } from '../../../src/app/export/shareLinks';
import { createDefaultViewState } from '../../../src/state/viewState';

// A 1×1 PNG (signature, IHDR, IDAT, IEND), as written by a browser's canvas.
const ONE_PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('exportFileName', () => {
  it('names files after the area and date', () => {
    expect(exportFileName('kursk', '2025-02-27', 'png')).toBe('sitrep-kursk-2025-02-27.png');
    expect(exportFileName(null, '2025-01-31', 'csv')).toBe('sitrep-theatre-2025-01-31.csv');
  });
  it('keeps nothing of a hostile id but letters, digits and dashes', () => {
    expect(exportFileName('../../etc/passwd', '2025-02-27', 'json')).toBe(
      'sitrep-etc-passwd-2025-02-27.json',
    );
    expect(exportFileName('<script>', 'x', 'csv')).toBe('sitrep-script-latest.csv');
  });
});

describe('shareLinks', () => {
  const state = { ...createDefaultViewState(), area: 'kursk' };
  it('always writes the as-of date, and drops the page fragment', () => {
    const links = shareLinks(state, '2025-02-27', 'https://example.org/s/#area=donetsk');
    expect(links.link).toBe('https://example.org/s/#area=kursk&asof=2025-02-27');
    expect(links.openUrl).toBe(links.link);
    expect(links.embedUrl).toBe('https://example.org/s/#area=kursk&asof=2025-02-27&embed=1');
  });
  it('escapes the embed snippet for an HTML attribute', () => {
    const { embedSnippet, embedUrl } = shareLinks(state, '2025-02-27', 'https://e.org/"x<y>/');
    const src = /src="([^"]*)"/.exec(embedSnippet)?.[1] ?? '';
    expect(src).not.toMatch(/[<>"]/);
    expect(
      src
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&'),
    ).toBe(embedUrl);
  });
});

describe('layoutFooter', () => {
  const input: FooterInput = {
    title: 'Sitrep — Kursk Oblast',
    asOf: '2025-02-27',
    asOfText: '27 Feb 2025',
    legend: [
      { label: 'Areas', fill: '#fff', stroke: '#000' },
      { label: 'Places', fill: '#000', stroke: '#000' },
    ],
    claimedBy: ['National Intelligence Service (South Korea)'],
    carriedBy: [],
    link: `https://example.org/#map=8/51.6758/36.2924&area=kursk&asof=2025-02-27${'x'.repeat(80)}`,
    credit: 'Basemap: Natural Earth',
  };
  const measure = (text: string) => text.length * 7; // 7 px a character

  it('wraps the link at any character, so its lines join back into the link', () => {
    const layout = layoutFooter(input, 400, measure);
    const link = layout.runs.filter((run) => run.role === 'link');
    expect(link.length).toBeGreaterThan(1);
    expect(link.map((run) => run.text).join('')).toBe(`Link: ${input.link}`);
    for (const run of layout.runs) expect(measure(run.text)).toBeLessThanOrEqual(400 - 32);
  });
  it('gives each legend entry a swatch and a label, and keeps every run inside the footer', () => {
    const layout = layoutFooter(input, 800, measure);
    expect(layout.swatches).toHaveLength(2);
    expect(layout.runs.filter((run) => run.role === 'legend').map((run) => run.text)).toEqual([
      'Legend:',
      'Areas',
      'Places',
    ]);
    for (const run of layout.runs) expect(run.y).toBeLessThan(layout.height);
    expect(footerText(layout).join('\n')).toContain('As of 2025-02-27');
  });
});

describe('PNG text chunks', () => {
  it('adds iTXt chunks that read back, UTF-8 included, and keeps the file a PNG', () => {
    const out = addPngText(ONE_PIXEL, {
      Source: 'https://e.org/#area=kursk',
      Title: 'Курск 쿠르스크',
    });
    expect(isPng(out)).toBe(true);
    expect(out.length).toBeGreaterThan(ONE_PIXEL.length);
    expect(new TextDecoder().decode(out.subarray(out.length - 8, out.length - 4))).toBe('IEND');
    const text = readPngText(out);
    expect(text.get('Source')).toBe('https://e.org/#area=kursk');
    expect(text.get('Title')).toBe('Курск 쿠르스크');
  });
  it('writes a correct CRC (zlib crc32 of type and data)', () => {
    const out = addPngText(ONE_PIXEL, { a: 'b' });
    // The new chunk starts where IEND was.
    const at = ONE_PIXEL.length - 12;
    const view = new DataView(out.buffer);
    const length = view.getUint32(at);
    expect(new TextDecoder().decode(out.subarray(at + 4, at + 8))).toBe('iTXt');
    // Its CRC, against Node's zlib crc32 of the chunk's type and data.
    return import('node:zlib').then((zlib) => {
      const expected = zlib.crc32(Buffer.from(out.subarray(at + 4, at + 8 + length)));
      expect(view.getUint32(at + 8 + length)).toBe(expected);
    });
  });
  it('leaves non-PNG input alone', () => {
    const bytes = new TextEncoder().encode('not a png at all, no');
    expect(addPngText(bytes, { a: 'b' })).toEqual(bytes);
    expect(readPngText(bytes).size).toBe(0);
  });
});
