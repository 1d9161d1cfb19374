import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserLayerKey, userLayerId, userLayerKey } from '../../src/data/layerIds';
import { isLayerId } from '../../src/state/viewState';

describe('layer ids', () => {
  it('round-trip an imported layer’s key through its id', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,40}$/), (key) => {
        expect(isUserLayerKey(key)).toBe(true);
        expect(userLayerKey(userLayerId(key))).toBe(key);
        expect(isLayerId(userLayerId(key))).toBe(true);
      }),
    );
  });

  it('refuse built-in and malformed ids as imported ones', () => {
    for (const id of ['areas', 'user:', 'user:Bad', `user:${'a'.repeat(41)}`, 'user:a b', 'x:a']) {
      expect(userLayerKey(id), id).toBeNull();
    }
    expect(isUserLayerKey('__proto__')).toBe(false);
    expect(isUserLayerKey(42)).toBe(false);
  });
});
