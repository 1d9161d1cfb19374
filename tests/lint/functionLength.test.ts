// The function-length rule (eslint.config.js): no function in src/ over 150 lines of code,
// blank lines and comments not counted.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** A function of `n` statement lines, with as many blank and comment lines between them. */
function functionOf(n: number): string {
  const body = Array.from({ length: n - 2 }, (_, i) => `  total += ${i};\n\n  // note ${i}`);
  return `export function long(): number {\n  let total = 0;\n${body.join('\n')}\n  return total;\n}\n`;
}

async function tooLong(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/view/probe.ts' });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'max-lines-per-function')
    .map((message) => message.message);
}

describe('function length', { timeout: 60_000 }, () => {
  it('refuses a function of 151 lines of code in src/, and takes one of 150', async () => {
    // n statements plus the two lines of the function's head and closing brace.
    expect(await tooLong(functionOf(149))).toEqual([
      "Function 'long' has too many lines (151). Maximum allowed is 150.",
    ]);
    expect(await tooLong(functionOf(148))).toEqual([]);
  });
});
