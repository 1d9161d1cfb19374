/**
 * geodata/reports/report.schema.json is generated from the zod schema, never edited by hand.
 * Regenerate on purpose with: UPDATE_SCHEMA=1 npx vitest run tests/data/jsonSchema.test.ts
 * then `npx prettier --write geodata/reports/report.schema.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportFileJsonSchema } from '../../src/data/schema';
import { ROOT } from './helpers';

const FILE = `${ROOT}geodata/reports/report.schema.json`;

describe('JSON Schema export', () => {
  it('matches the zod schema', () => {
    const expected = reportFileJsonSchema();
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(expected);
  });

  it('describes claims and dates', () => {
    const text = JSON.stringify(reportFileJsonSchema());
    expect(text).toContain('"asPrinted"');
    expect(text).toContain('"qualifier"');
  });
});
