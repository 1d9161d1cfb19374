/**
 * The sentence around a selection: from the previous sentence end (or paragraph break) to the
 * next one. Abbreviations are few in news copy; a stop followed by a space and a capital or
 * an opening quote ends a sentence, a blank line always does.
 */
export interface Span {
  start: number;
  end: number;
}

const END = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])|\n\s*\n/gu;

/**
 * @param text - the article text
 * @param start - selection start
 * @param end - selection end
 * @returns the span of the sentence (or sentences) holding the selection, trimmed
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end - 1) {
      // The first sentence end at or after the selection's last character.
      to = m[0].startsWith('\n') ? m.index : stop;
      break;
    }
  }
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}
