import { describe, expect, it } from 'vitest';
import { cspString } from '../scripts/vite/csp';

describe('csp', () => {
  it('never allows inline or eval scripts', () => {
    const csp = cspString();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});
