/**
 * JSON text laid out as the repository's formatter (Prettier, printWidth 100) lays out the
 * report files: objects one key a line, an array of plain values on one line when it fits,
 * otherwise one value a line. An exported report file is then committed unchanged and still
 * passes the format check.
 */
const WIDTH = 100;
const INDENT = '  ';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlain(value: Json): value is null | boolean | number | string {
  return value === null || typeof value !== 'object';
}

/**
 * @param value - the value to write (as JSON.stringify takes it: undefined members are left out)
 * @param depth - indentation level of the value's line
 * @param used - characters already on the value's line before it
 * @param tail - characters that follow it on its line (a comma)
 */
function layout(value: Json, depth: number, used: number, tail: number): string {
  if (isPlain(value)) return JSON.stringify(value);
  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (used + flat.length + tail <= WIDTH) return flat;
    }
    const items = value.map(
      (v, i) => pad + layout(v, depth + 1, pad.length, i < value.length - 1 ? 1 : 0),
    );
    return `[\n${items.join(',\n')}\n${close}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v], i) => {
    const head = `${pad}${JSON.stringify(key)}: `;
    return head + layout(v, depth + 1, head.length, i < entries.length - 1 ? 1 : 0);
  });
  return `{\n${lines.join(',\n')}\n${close}}`;
}

/**
 * @param value - a JSON-compatible value
 * @returns its text, ending with a newline
 */
export function formatJson(value: unknown): string {
  const plain = JSON.parse(JSON.stringify(value)) as Json;
  return `${layout(plain, 0, 0, 0)}\n`;
}
