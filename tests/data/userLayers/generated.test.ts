// The big fixtures, generated at test time (too large to commit): 100k features accepted,
// 20,000-deep nesting and a 25 MB file refused without an uncaught error.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFileSize } from '../../../src/data/userLayers/limits';
import { validateGeoJsonText } from '../../../src/data/userLayers/validate';

const ROOT = join(import.meta.dirname, '../../..');
const GENERATED = join(ROOT, 'tests/fixtures/geojson/generated');
const read = (name: string) => readFileSync(join(GENERATED, name), 'utf8');

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/fixtures/make-geojson-fixtures.mjs')]);
}, 60_000);

describe('generated fixtures', () => {
  it('accepts 100,000 features and reports the time taken', () => {
    const text = read('valid-100k-features.geojson');
    const started = performance.now();
    const result = validateGeoJsonText(text);
    const ms = performance.now() - started;
    console.info(
      `validateGeoJsonText: 100,000 features, ${(text.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms`,
    );
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.stats.features).toBe(100_000);
    // 33,334 points, 33,333 three-position lines, 33,333 five-position rings.
    expect(result.stats.vertices).toBe(33_334 + 33_333 * 3 + 33_333 * 5);
    expect(result.collection.features[99_999]?.properties).toEqual({
      name: 'Feature 99999',
      kind: 'Point',
    });
  });

  it('refuses 20,000-deep nesting before any recursive code sees it', () => {
    const result = validateGeoJsonText(read('invalid-deep-nesting-20000.geojson'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        { message: expect.stringContaining('more than 64 levels deep') as string, path: '$' },
      ]);
  });

  it('refuses a 25 MB file from its size, and its text if it is read anyway', () => {
    const name = 'invalid-huge-25mb.geojson';
    const bySize = checkFileSize(statSync(join(GENERATED, name)).size, name);
    expect(bySize).toEqual({
      ok: false,
      errors: [
        {
          message: expect.stringContaining(
            '"invalid-huge-25mb.geojson" is 25 MB; the largest file Sitrep imports is 20 MB',
          ) as string,
          path: '$',
        },
      ],
    });
    const byText = validateGeoJsonText(read(name));
    expect(!byText.ok && byText.errors[0]?.message).toContain(
      'the largest file Sitrep imports is 20 MB',
    );
  });

  it('enforces the feature and vertex caps', () => {
    const text = read('valid-100k-features.geojson');
    const features = validateGeoJsonText(text, { maxFeatures: 99_999 });
    expect(!features.ok && features.errors[0]?.message).toContain(
      'The file has 100,000 features; one layer may hold 99,999',
    );
    const vertices = validateGeoJsonText(text, { maxVertices: 1_000 });
    expect(!vertices.ok && vertices.errors[0]?.message).toContain('more than 1,000 positions');
  });
});
