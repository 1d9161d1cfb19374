import { beforeAll, describe, expect, it } from 'vitest';
import { footerText, layoutFooter, type FooterInput } from '../../../src/app/export/footer';
import { markCsvRows, markLines, withMarks } from '../../../src/app/export/marks';
import { CSV_COLUMNS, claimsToCsv } from '../../../src/data/export';
import { parseCsv } from '../../data/csv';
import type { Annotation } from '../../../src/state/annotations/types';
import { loadCompression } from '../../../src/state/url/compressedJson';

// The link codec's fflate is loaded on demand (src/state/url/compressedJson.ts).
beforeAll(() => loadCompression());

const MARKS: Annotation[] = [
  { id: 'a1', geometry: { type: 'Point', coordinates: [36.1, 51.7] }, note: 'Command post' },
  {
    id: 'a2',
    geometry: {
      type: 'LineString',
      coordinates: [
        [35, 51],
        [35.5, 51.2],
      ],
    },
    note: '',
  },
];

const FOOTER: FooterInput = {
  title: 'Sitrep — Kursk Oblast',
  asOf: '2025-02-27',
  asOfText: '27 Feb 2025',
  legend: [],
  claimedBy: [],
  carriedBy: [],
  link: 'https://example.org/#area=kursk',
  credit: 'Basemap: Natural Earth',
};
const measure = (text: string) => text.length * 7;

describe('marks in the exports', () => {
  it('names each mark as the map does, with its note when it has one', () => {
    expect(markLines(MARKS)).toEqual(['Mark 1 (point): Command post', 'Mark 2 (line)']);
  });

  it('adds an annotations FeatureCollection to the JSON export, and nothing without marks', () => {
    const json = '{\n  "format": "sitrep-claims",\n  "claims": []\n}\n';
    expect(withMarks(json, [])).toBe(json);
    const out = JSON.parse(withMarks(json, MARKS)) as Record<string, unknown>;
    expect(out.format).toBe('sitrep-claims');
    expect(out.annotations).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { note: 'Command post' },
          geometry: MARKS[0]?.geometry,
        },
        { type: 'Feature', properties: {}, geometry: MARKS[1]?.geometry },
      ],
    });
  });

  it('writes one footer line per mark, wrapped inside the image', () => {
    const long = 'x'.repeat(280);
    const layout = layoutFooter({ ...FOOTER, marks: [`Mark 1 (point): ${long}`] }, 400, measure);
    const marks = layout.runs.filter((run) => run.text.includes('x'));
    expect(marks.length).toBeGreaterThan(1);
    for (const run of layout.runs) expect(measure(run.text)).toBeLessThanOrEqual(400 - 32);
    expect(footerText(layout).join('')).toContain(long.slice(0, 40));
  });

  it('shortens a long link in the image and says the whole link is in the metadata', () => {
    const link = `https://example.org/#area=kursk&ann=1.${'A'.repeat(5000)}`;
    const layout = layoutFooter({ ...FOOTER, link }, 800, measure);
    const shown = layout.runs
      .filter((run) => run.role === 'link')
      .map((run) => run.text)
      .join('');
    expect(shown.length).toBeLessThan(450);
    expect(shown).toContain(link.slice(0, 300));
    expect(shown).toContain(
      `(${link.length} characters: the whole link is in this image's metadata)`,
    );
  });

  it('adds one CSV row per mark after the figures: kind, note and WKT, formulas defused', () => {
    const hostile: Annotation[] = [
      ...MARKS,
      {
        id: 'a3',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-1.5, 51],
              [-1, 51],
              [-1, 51.5],
              [-1.5, 51],
            ],
          ],
        },
        note: '=HYPERLINK("https://evil.example","click")',
      },
      ...['+1', '-2', '@SUM(A1)', '\tx', 'comma, "quote"\nand a line'].map(
        (note, i): Annotation => ({
          id: `b${i}`,
          geometry: { type: 'Point', coordinates: [-0.5, -10.25] },
          note,
        }),
      ),
    ];
    const sources = new Map();
    const rows = parseCsv(claimsToCsv({ sources }, [], markCsvRows(hostile)));
    const header = rows[0] ?? [];
    expect(header).toEqual([...CSV_COLUMNS, 'mark', 'mark_kind', 'mark_note', 'mark_wkt']);
    const marks = rows.slice(1).map((row) => row.slice(CSV_COLUMNS.length));
    expect(marks).toEqual([
      ['1', 'point', 'Command post', 'POINT (36.1 51.7)'],
      ['2', 'line', '', 'LINESTRING (35 51, 35.5 51.2)'],
      [
        '3',
        'polygon',
        '\'=HYPERLINK("https://evil.example","click")',
        'POLYGON ((-1.5 51, -1 51, -1 51.5, -1.5 51))',
      ],
      ['4', 'point', "'+1", 'POINT (-0.5 -10.25)'],
      ['5', 'point', "'-2", 'POINT (-0.5 -10.25)'],
      ['6', 'point', "'@SUM(A1)", 'POINT (-0.5 -10.25)'],
      ['7', 'point', "'\tx", 'POINT (-0.5 -10.25)'],
      ['8', 'point', 'comma, "quote"\nand a line', 'POINT (-0.5 -10.25)'],
    ]);
    // The claim columns of a mark row are empty; without marks the file has no mark columns.
    for (const row of rows.slice(1)) expect(row.slice(0, CSV_COLUMNS.length).join('')).toBe('');
    expect(claimsToCsv({ sources }, [], markCsvRows([]))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
