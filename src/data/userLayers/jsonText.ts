// Reading JSON text safely: a nesting-depth scan that never recurses, and parse errors turned
// into plain words with a line and column.

const OPEN_BRACKET = 0x5b; // [
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACKET = 0x5d; // ]
const CLOSE_BRACE = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Finds the first place where `[`/`{` nesting goes deeper than `maxDepth`, skipping strings.
 * One loop, no recursion: safe on 20,000-deep input, where recursive checkers (and the syntax
 * tree of check-geojson) would overflow the stack. It does not check the JSON is well formed.
 *
 * @param text - JSON text
 * @param maxDepth - deepest nesting allowed
 * @returns the character offset where the limit is passed, or -1 when the text stays within it
 */
export function findExcessiveNesting(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth++;
      if (depth > maxDepth) return i;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--;
    }
  }
  return -1;
}

/**
 * Converts a character offset to a 1-based line and column.
 *
 * @param text - the text the offset points into
 * @param offset - 0-based character offset
 * @returns `{ line, column }`, both counted from 1
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Explains a `JSON.parse` failure in plain words, with the line and column when the engine
 * reports a position (V8: "at position N"; Firefox: "at line L column C").
 *
 * @param text - the text that failed to parse
 * @param error - what `JSON.parse` threw
 * @returns a sentence for the analyst
 */
export function describeJsonError(text: string, error: unknown): string {
  const engineMessage = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?(input|data)/i.test(engineMessage) || /unterminated/i.test(engineMessage)) {
    return 'The file is not valid JSON: it ends too early, so it may be truncated (an interrupted download or copy).';
  }
  let where = '';
  const position = /at position (\d+)/.exec(engineMessage);
  const lineColumn = /line (\d+) column (\d+)/.exec(engineMessage);
  if (position?.[1] !== undefined) {
    const { line, column } = lineColumnAt(text, Number(position[1]));
    where = ` at line ${line}, column ${column}`;
  } else if (lineColumn?.[1] !== undefined && lineColumn[2] !== undefined) {
    where = ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  }
  const hint = /\bNaN\b|Infinity/.test(engineMessage)
    ? ' (NaN and Infinity are not allowed in JSON)'
    : '';
  // The engine's own words can quote a snippet of the file; they reach the page as text only.
  const detail = engineMessage.length > 160 ? `${engineMessage.slice(0, 159)}…` : engineMessage;
  return `The file is not valid JSON${where}${hint}. The parser said: ${detail}`;
}
