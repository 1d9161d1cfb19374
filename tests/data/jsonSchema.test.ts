/**
 * geodata/reports/report.schema.json and geodata/measures.schema.json are generated from the
 * zod schemas, never edited by hand. Regenerate on purpose with:
 * UPDATE_SCHEMA=1 npx vitest run tests/data/jsonSchema.test.ts
 * then `npx prettier --write geodata/reports/report.schema.json geodata/measures.schema.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportFileJsonSchema } from '../../src/data/schema';
import { vocabularyJsonSchema } from '../../src/data/vocabularySchema';
import { ROOT } from './helpers';

const FILES: [string, () => Record<string, unknown>][] = [
  [`${ROOT}geodata/reports/report.schema.json`, reportFileJsonSchema],
  [`${ROOT}geodata/measures.schema.json`, vocabularyJsonSchema],
];

describe('JSON Schema export', () => {
  it.each(FILES)('%s matches the zod schema', (file, make) => {
    const expected = make();
    if (process.env.UPDATE_SCHEMA) writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected);
  });

  it('describes claims, dates, texts and carried claims', () => {
    const text = JSON.stringify(reportFileJsonSchema());
    expect(text).toContain('"asPrinted"');
    expect(text).toContain('"qualifier"');
    expect(text).toContain('"carries"');
    expect(text).toContain('"text"');
  });

  it('describes measures and relations', () => {
    const text = JSON.stringify(vocabularyJsonSchema());
    expect(text).toContain('"relations"');
    expect(text).toContain('"parts"');
  });
});
