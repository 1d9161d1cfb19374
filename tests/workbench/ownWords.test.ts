import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../src/workbench/ownWords';
import { SEED_TEXT } from './seedDraft';

describe('copiedRun', () => {
  it('finds a sentence copied from the article, whatever the case and punctuation', () => {
    const note = 'Context: the NIS said the exact scale is still being assessed, so no number.';
    expect(copiedRun(note, SEED_TEXT)).toBe('the exact scale is still being assessed');
  });
  it('lets notes in our own words pass', () => {
    expect(
      copiedRun('The whole deployment in Russia, per two governments; not confirmed.', SEED_TEXT),
    ).toBe('');
  });
});
