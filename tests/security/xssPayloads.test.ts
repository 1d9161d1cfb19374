import { describe, expect, it } from 'vitest';
import { CANARY, VECTOR_FAMILIES, xssPayloads } from './xssPayloads';

describe('xssPayloads', () => {
  it('has at least 200 distinct payloads from every family', () => {
    const payloads = xssPayloads();
    expect(payloads.length).toBeGreaterThanOrEqual(200);
    expect(new Set(payloads).size).toBe(payloads.length);
    for (const [family, vectors] of Object.entries(VECTOR_FAMILIES)) {
      expect(vectors.length, family).toBeGreaterThan(0);
      for (const vector of vectors) expect(payloads, family).toContain(vector);
    }
  });

  it('gives each payload the canary in some spelling, and keeps it under 300 characters', () => {
    // The base64 one decodes to <script>window.__pwned=1</script>.
    const spellings = [CANARY, '__pwned', 'PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+'];
    for (const payload of xssPayloads()) {
      expect(
        spellings.some((s) => payload.includes(s)),
        payload,
      ).toBe(true);
      expect(payload.length, payload).toBeLessThan(300);
    }
  });
});
