import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/workbench/formatJson';

const DIR = 'geodata/reports';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.includes('schema'));

async function prettierJson(text: string): Promise<string> {
  const options = (await prettier.resolveConfig(join(DIR, 'x.json'))) ?? {};
  return prettier.format(text, { ...options, parser: 'json' });
}

describe('formatJson: the workbench writes report files as the format check wants them', () => {
  it.each(files)('%s comes out as Prettier writes it', async (file) => {
    const written = formatJson(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    expect(written).toBe(await prettierJson(written));
  });

  it('breaks an array of plain values that does not fit in 100 columns', async () => {
    const value = { list: Array.from({ length: 30 }, (_, i) => `source-${i}`), empty: [], o: {} };
    const written = formatJson(value);
    expect(written).toContain('"list": [\n    "source-0",');
    expect(written).toBe(await prettierJson(written));
  });

  it('keeps a short array on one line and leaves undefined members out', async () => {
    const written = formatJson({ a: ['x', 'y'], b: undefined, c: [1, null, true] });
    expect(written).toBe('{\n  "a": ["x", "y"],\n  "c": [1, null, true]\n}\n');
    expect(written).toBe(await prettierJson(written));
  });
});
