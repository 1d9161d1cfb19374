// The worker's message handler, called directly (the worker file only wires it to `message`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleImportRequest } from '../../../src/data/userLayers/handleMessage';

const FIXTURES = join(import.meta.dirname, '../../fixtures/geojson');
const blob = (folder: string, name: string) =>
  new Blob([readFileSync(join(FIXTURES, folder, name))]);

describe('handleImportRequest', () => {
  it('turns a valid file into a layer whose properties stay text', async () => {
    const name = 'unicode-html-properties.geojson';
    const result = await handleImportRequest({ file: blob('valid', name), name });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.layer.name).toBe('unicode-html-properties');
    const properties = result.layer.collection.features[0]?.properties;
    expect(properties?.name).toBe('<img src=x onerror=alert(1)>');
    expect(properties?.name_ko).toBe('쿠르스크');
    expect(properties?.nested).toEqual({
      html: '<b onmouseover=alert(1)>bold</b>',
      list: ['<svg onload=alert(1)>', 1, null, true],
    });
    expect(properties?.constructor).toBe('Acme Ltd');
  });

  it('refuses a malformed file with the validator’s message', async () => {
    const name = 'unclosed-ring.geojson';
    const result = await handleImportRequest({ file: blob('invalid', name), name });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain('is not closed');
  });

  it('checks the size before reading', async () => {
    let read = false;
    const file = new Blob(['{}']);
    Object.defineProperty(file, 'text', { value: () => ((read = true), Promise.resolve('{}')) });
    const result = await handleImportRequest({
      file,
      name: 'x.geojson',
      options: { maxFileBytes: 1 },
    });
    expect(result.ok).toBe(false);
    expect(read).toBe(false);
  });

  it('resolves (never throws) when the file cannot be read', async () => {
    const file = new Blob(['{}']);
    Object.defineProperty(file, 'text', {
      value: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    });
    const result = await handleImportRequest({ file, name: 'lost.geojson' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { message: 'The file "lost.geojson" could not be read (NotReadableError).', path: '$' },
      ],
    });
  });
});
