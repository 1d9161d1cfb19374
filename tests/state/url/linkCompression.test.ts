import { beforeEach, describe, expect, it, vi } from 'vitest';
import { linkNeedsCompression } from '../../../src/state/url';

// fflate is not in the app script: src/state/url/compressedJson.ts loads it on demand, and
// main.tsx waits for it only when the page's link has a compressed value (docs/scale.md).

describe('linkNeedsCompression', () => {
  it('is true for a link with annotations or linked layers', () => {
    expect(linkNeedsCompression('#map=6/49.5/36.5&ann=1.q1YqSs')).toBe(true);
    expect(linkNeedsCompression('lyr=1.q1YqSs')).toBe(true);
    expect(linkNeedsCompression('area=kursk&lyr=x')).toBe(true);
  });

  it('reads key names as the codec does (percent-encoded)', () => {
    expect(linkNeedsCompression('#%61nn=1.q1Y')).toBe(true);
    expect(linkNeedsCompression('#l%79r=1.q1Y')).toBe(true);
  });

  it('is false for links without a compressed value', () => {
    expect(linkNeedsCompression('')).toBe(false);
    expect(linkNeedsCompression('#')).toBe(false);
    expect(linkNeedsCompression('#map=6/49.5/36.5&area=kursk&asof=2025-01-31')).toBe(false);
    expect(linkNeedsCompression('#ann=&lyr=')).toBe(false);
    expect(linkNeedsCompression('#annotations=1.q1Y&xlyr=1.q1Y')).toBe(false);
    expect(linkNeedsCompression(`#ann=1.${'A'.repeat(10_001)}`)).toBe(false); // ignored whole
  });
});

describe('the compressed-JSON codec before and after loadCompression', () => {
  beforeEach(() => {
    vi.resetModules(); // a fresh module: fflate not loaded yet
  });

  it('refuses to read, and will not write, until fflate is loaded; then round-trips', async () => {
    const codec = await import('../../../src/state/url/compressedJson');
    expect(codec.compressionLoaded()).toBe(false);
    expect(codec.readCompressedJson('q1YqSs0rUrJSMlSqBQA', 1024)).toEqual({
      ok: false,
      reason: 'not read: the link code is still loading',
    });
    expect(() => codec.writeCompressedJson({ a: 1 })).toThrow(/before loadCompression/);
    await codec.loadCompression();
    expect(codec.compressionLoaded()).toBe(true);
    const text = codec.writeCompressedJson({ a: [1, 'two'] });
    expect(codec.readCompressedJson(text, 1024)).toEqual({ ok: true, value: { a: [1, 'two'] } });
  });

  it('loads once', async () => {
    const codec = await import('../../../src/state/url/compressedJson');
    const first = codec.loadCompression();
    expect(codec.loadCompression()).toBe(first);
    await first;
  });
});
