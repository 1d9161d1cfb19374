// Regression net behind ESLint's no-restricted-syntax: nothing in src/ may turn data into HTML
// or code. A failure names file:line and the sink; render text with React or textContent.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankComments, findHtmlSinks } from './htmlSinks';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('no HTML sinks in src/', () => {
  it('finds none', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(0);
    const sinks = files.flatMap((path) =>
      findHtmlSinks(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(sinks).toEqual([]);
  });
});

describe('the sink finder', () => {
  it('finds each kind of sink, with its line', () => {
    const source = [
      'el.innerHTML = name;',
      "el['outerHTML'] = x; el.insertAdjacentHTML('beforeend', x);",
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(x); document . writeln(x);',
      'marker.bindPopup(name).bindTooltip (name);',
      'L.divIcon({ className: "x",',
      '  html: name });',
      'eval(code); const f = new Function("return 1");',
      'popup.setContent(x); range.createContextualFragment(x); frame.srcdoc = x;',
    ].join('\n');
    expect(findHtmlSinks('a.ts', source)).toEqual([
      'a.ts:1: innerHTML',
      'a.ts:2: outerHTML',
      'a.ts:2: insertAdjacentHTML',
      'a.ts:3: dangerouslySetInnerHTML',
      'a.ts:4: document.write',
      'a.ts:4: document.write',
      'a.ts:5: bindPopup(',
      'a.ts:5: bindTooltip(',
      'a.ts:6: divIcon({ html',
      'a.ts:8: eval(',
      'a.ts:8: new Function(',
      'a.ts:9: setContent(',
      'a.ts:9: createContextualFragment',
      'a.ts:9: srcdoc',
    ]);
  });

  it('ignores comments and look-alikes, keeps line numbers', () => {
    const source = [
      '// never use innerHTML or bindPopup( here',
      '/* eval(x)',
      '   document.write(x) */ const url = "https://example.org/*not a comment*/";',
      'retrieval(x); medieval(x); obj.eval(x); L.divIcon({ className: "dot" });',
      'const html = "<b>"; el.textContent = html;',
      'el.innerHTML = x;',
    ].join('\n');
    expect(findHtmlSinks('b.ts', source)).toEqual(['b.ts:6: innerHTML']);
    expect(blankComments(source).split('\n')).toHaveLength(6);
  });
});
