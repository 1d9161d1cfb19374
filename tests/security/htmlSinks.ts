// Finds places where source code could turn a string into HTML or code. Comments are blanked
// first (so "never use innerHTML" in a comment is fine); strings are kept, because
// `element['innerHTML'] = …` is still a sink.

export interface SinkRule {
  name: string;
  pattern: RegExp;
}

export const HTML_SINKS: SinkRule[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/g },
  { name: 'outerHTML', pattern: /\bouterHTML\b/g },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/g },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/g },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/gi },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\s*\(/g },
  { name: 'bindPopup(', pattern: /\bbindPopup\s*\(/g },
  { name: 'bindTooltip(', pattern: /\bbindTooltip\s*\(/g },
  { name: 'setContent(', pattern: /\bsetContent\s*\(/g },
  { name: 'divIcon({ html', pattern: /\bdivIcon\s*\(\s*\{[^}]*?\bhtml\s*:/g },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(/g },
];

/** Replaces comments with spaces (newlines kept, so line numbers stay right). */
export function blankComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i] ?? '';
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Lists every sink in a source file as `file:line: name`.
 *
 * @param file - the path to show
 * @param source - the file's text
 * @returns one entry per match, in order
 */
export function findHtmlSinks(file: string, source: string): string[] {
  const code = blankComments(source);
  const found: { index: number; text: string }[] = [];
  for (const rule of HTML_SINKS) {
    for (const match of code.matchAll(rule.pattern)) {
      const line = code.slice(0, match.index).split('\n').length;
      found.push({ index: match.index, text: `${file}:${line}: ${rule.name}` });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((entry) => entry.text);
}
