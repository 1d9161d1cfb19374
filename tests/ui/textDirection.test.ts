import { describe, expect, it } from 'vitest';
import { languageProps, textDirection } from '../../src/ui/textDirection';

describe('textDirection', () => {
  it('is rtl for Arabic and the other right-to-left languages, with or without a region', () => {
    for (const tag of ['ar', 'ar-EG', 'AR', 'fa', 'he', 'ur'])
      expect(textDirection(tag)).toBe('rtl');
  });
  it('leaves any other language to the text itself', () => {
    for (const tag of ['en', 'ko', 'uk', 'ru', 'arn', '']) expect(textDirection(tag)).toBe('auto');
  });
  it('gives lang and dir props; no lang for an empty tag', () => {
    expect(languageProps('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageProps('en')).toEqual({ lang: 'en', dir: 'auto' });
    expect(languageProps('')).toEqual({ dir: 'auto' });
    expect(languageProps(undefined)).toEqual({ dir: 'auto' });
  });
});
