/**
 * geodata/reports/report.schema.json, geodata/measures.schema.json and
 * geodata/sources.schema.json are generated from the zod schemas, never edited by hand.
 * Regenerate on purpose with: UPDATE_SCHEMA=1 npx vitest run tests/data/jsonSchema.test.ts
 * then `npx prettier --write geodata/reports/report.schema.json geodata/*.schema.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportFileJsonSchema, sourceRegistryJsonSchema } from '../../src/data/schema';
import { vocabularyJsonSchema } from '../../src/data/vocabularySchema';
import { ROOT } from './helpers';

const FILES: [string, () => Record<string, unknown>][] = [
  [`${ROOT}geodata/reports/report.schema.json`, reportFileJsonSchema],
  [`${ROOT}geodata/measures.schema.json`, vocabularyJsonSchema],
  [`${ROOT}geodata/sources.schema.json`, sourceRegistryJsonSchema],
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

  it('describes sources with their aliases, and new sources of a report', () => {
    expect(JSON.stringify(sourceRegistryJsonSchema())).toContain('"aliases"');
    const { properties } = reportFileJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(properties)).toContain('newSources');
    expect(Object.keys(properties)).not.toContain('sources');
  });

  it('describes measures and relations', () => {
    const text = JSON.stringify(vocabularyJsonSchema());
    expect(text).toContain('"relations"');
    expect(text).toContain('"parts"');
  });
});
