import { describe, expect, it } from 'vitest';
import { isVagueAmount } from '../../src/data/vagueAmount';

describe('isVagueAmount', () => {
  it('knows the vague-quantity words of docs/workbench.md, with a qualifier before them', () => {
    for (const q of [
      'thousands',
      'Hundreds',
      'dozens',
      'a couple of hundred',
      'a few thousand',
      'several hundred',
      'tens of thousands',
      'hundreds of thousands',
      'nearly thousands',
      'مئات',
      'نحو آلاف',
    ]) {
      expect(isVagueAmount(q), q).toBe(true);
    }
  });

  it('leaves qualifiers that bound a number, and words that only contain a scale word', () => {
    for (const q of ['', 'about', 'more than', 'as many as', 'to', 'estimated', 'thousandth']) {
      expect(isVagueAmount(q), q).toBe(false);
    }
  });
});
