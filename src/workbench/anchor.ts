/**
 * Anchors of a selected passage, the W3C Web Annotation way: a TextQuoteSelector (the exact
 * words with up to 32 characters either side) and a TextPositionSelector (character offsets
 * into the article text). The quote is cut from the text by the offsets, so it is exact by
 * construction; re-anchoring tries the position first and checks the quote still matches
 * there, then searches for the quote, using prefix and suffix to pick among repeats.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const CONTEXT = 32;

/**
 * The anchor of text[start, end).
 * @param text - the article text
 * @param start - first character (UTF-16 index)
 * @param end - one past the last character
 * @returns both selectors
 */
export function makeAnchor(text: string, start: number, end: number): TextAnchor {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT), s),
      suffix: text.slice(e, e + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** How many characters of `a`'s end match `b`'s end (or starts, with fromStart). */
function overlap(a: string, b: string, fromStart: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max) {
    const ca = fromStart ? a[n] : a[a.length - 1 - n];
    const cb = fromStart ? b[n] : b[b.length - 1 - n];
    if (ca !== cb) break;
    n++;
  }
  return n;
}

/**
 * Finds an anchor in a text again.
 * @param text - the article text (perhaps not the one the anchor was made on)
 * @param anchor - the stored selectors
 * @returns the offsets of the quote, or null when the quote is not in the text
 */
export function resolveAnchor(
  text: string,
  anchor: TextAnchor,
): { start: number; end: number } | null {
  const { exact, prefix, suffix } = anchor.quote;
  const { start, end } = anchor.position;
  if (exact === '') return null;
  if (text.slice(start, end) === exact) return { start, end };
  let best: { start: number; end: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score =
      overlap(text.slice(Math.max(0, at - prefix.length), at), prefix, false) +
      overlap(text.slice(at + exact.length, at + exact.length + suffix.length), suffix, true) -
      Math.abs(at - start) / 1e6;
    if (!best || score > best.score) best = { start: at, end: at + exact.length, score };
  }
  return best && { start: best.start, end: best.end };
}
