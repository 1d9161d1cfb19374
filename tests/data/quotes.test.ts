/**
 * Quotes must be the words of the report, exactly as printed. The texts are not part of this
 * repository (they are other people's articles; we keep only short quotes). Each report file
 * names its text (`report.text`, e.g. '../shared/sources/….txt', relative to the project
 * root); the shared folder sits beside the clone, on developer machines and under CI
 * (override its place with SITREP_SHARED_DIR). No list of texts lives in this test.
 * A report that names no text is listed as "quotes not verified", never silently passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readReportFiles } from './helpers';
import { reportFileSchema, type ReportFile } from '../../src/data/schema';

const sharedDir = process.env.SITREP_SHARED_DIR ?? path.join(ROOT, '..', 'shared');
const haveShared = existsSync(sharedDir);
const reports = readReportFiles().map((file) => reportFileSchema.parse(file.json));
const withText = reports.filter((data) => (data.report.text ?? null) !== null);
const withoutText = reports.filter((data) => (data.report.text ?? null) === null);

/** The file a report names, resolved in the shared folder. */
function textPath(data: ReportFile): string {
  return path.join(sharedDir, (data.report.text ?? '').replace(/^\.\.\/shared\//, ''));
}

/** Every quote of a report: its claims' and those of the claims it carries. */
function quotesOf(data: ReportFile): [string, string][] {
  return [
    ...data.claims.map((claim): [string, string] => [claim.id, claim.quote]),
    ...(data.carries ?? []).map((carry): [string, string] => [
      `carries ${carry.claim}`,
      carry.quote,
    ]),
  ];
}

describe('quotes', () => {
  it('has the shared texts when running under CI', () => {
    if (process.env.CI) expect(haveShared, `shared texts missing in ${sharedDir}`).toBe(true);
  });

  it.skipIf(!haveShared).each(withText.map((data) => [data.report.id, data] as const))(
    'every quote of %s is a substring of the text it names',
    (_id, data) => {
      const file = textPath(data);
      expect(existsSync(file), `text not found: ${data.report.text ?? ''}`).toBe(true);
      const text = readFileSync(file, 'utf8');
      for (const [id, quote] of quotesOf(data)) {
        expect(text.includes(quote), `${id}: "${quote}"`).toBe(true);
      }
    },
  );

  it.each(withoutText.map((data) => [data.report.id] as const))(
    'quotes not verified: %s names no text',
    (id) => {
      console.warn(`quotes not verified: report ${id} names no text (report.text is null)`);
      expect(withoutText.map((data) => data.report.id)).toContain(id);
    },
  );

  it('keeps quotes short: only the words that carry the figure', () => {
    for (const data of reports) {
      for (const [id, quote] of quotesOf(data)) {
        expect(quote.split(/\s+/).length, id).toBeLessThanOrEqual(12);
      }
    }
  });

  it('finds a quote that is not in the text (the check can fail)', () => {
    const data = withText[0];
    if (!haveShared || !data) return;
    const text = readFileSync(textPath(data), 'utf8');
    expect(text.includes(`${data.claims[0]?.quote ?? ''} (not printed)`)).toBe(false);
  });
});
