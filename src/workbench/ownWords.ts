/**
 * Notes and statements are written in our own words, never copied from the report. This finds
 * the longest run of words a note shares with the article, so the workbench can say so.
 */

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Runs of this many words or more shared with the article count as copied. */
export const COPIED_RUN = 7;

/**
 * The longest run of consecutive words of `note` that also appears in `article`.
 * @param note - what the analyst wrote
 * @param article - the article text
 * @returns the shared words (empty when fewer than COPIED_RUN)
 */
export function copiedRun(note: string, article: string): string {
  const mine = words(note);
  if (mine.length < COPIED_RUN || article === '') return '';
  const theirs = ` ${words(article).join(' ')} `;
  let best: string[] = [];
  for (let i = 0; i + COPIED_RUN <= mine.length; i++) {
    let j = i + COPIED_RUN;
    if (!theirs.includes(` ${mine.slice(i, j).join(' ')} `)) continue;
    while (j < mine.length && theirs.includes(` ${mine.slice(i, j + 1).join(' ')} `)) j++;
    if (j - i > best.length) best = mine.slice(i, j);
  }
  return best.join(' ');
}
