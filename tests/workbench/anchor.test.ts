import { describe, expect, it } from 'vitest';
import { makeAnchor, resolveAnchor } from '../../src/workbench/anchor';
import { sentenceAround } from '../../src/workbench/parse/sentence';

const TEXT = 'The agency said 12,000 troops. Later it said 12,000 troops again. End.';

describe('makeAnchor / resolveAnchor', () => {
  it('cuts the quote from the text, with prefix and suffix', () => {
    const at = TEXT.lastIndexOf('12,000 troops');
    const anchor = makeAnchor(TEXT, at, at + 13);
    expect(anchor.quote.exact).toBe('12,000 troops');
    expect(anchor.quote.prefix.endsWith('Later it said ')).toBe(true);
    expect(anchor.quote.suffix.startsWith(' again.')).toBe(true);
    expect(anchor.position).toEqual({ type: 'TextPositionSelector', start: at, end: at + 13 });
  });

  it('re-anchors on the right repeat by prefix/suffix when the text moved', () => {
    const at = TEXT.lastIndexOf('12,000 troops');
    const anchor = makeAnchor(TEXT, at, at + 13);
    const moved = `Headline.\n\n${TEXT}`;
    const found = resolveAnchor(moved, anchor);
    expect(found && moved.slice(found.start, found.end)).toBe('12,000 troops');
    expect(found?.start).toBe(moved.lastIndexOf('12,000 troops'));
  });

  it('returns null when the quote is gone', () => {
    const anchor = makeAnchor(TEXT, 16, 29);
    expect(resolveAnchor('Nothing here.', anchor)).toBeNull();
  });
});

describe('sentenceAround', () => {
  it('finds the sentence of a selection', () => {
    const text = 'First one. The NIS said about 92 a day. “Quoted.” Last.';
    const at = text.indexOf('92');
    const span = sentenceAround(text, at, at + 2);
    expect(text.slice(span.start, span.end)).toBe('The NIS said about 92 a day.');
  });
  it('stops at a blank line', () => {
    const text = 'Headline without stop\n\nBody with 12,000 troops here.';
    const at = text.indexOf('12,000');
    const span = sentenceAround(text, at, at + 6);
    expect(text.slice(span.start, span.end)).toBe('Body with 12,000 troops here.');
  });
});
