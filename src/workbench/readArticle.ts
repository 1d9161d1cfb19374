/**
 * Article text from what an analyst pastes or opens. HTML is parsed by DOMParser into an
 * inert document (no scripts run, nothing loads) and reduced to its text; it is never
 * rendered. Binary files and files over the size cap are refused with a sentence that says why.
 */

/** Largest article accepted, in characters (a long feature is ~60k). */
export const MAX_ARTICLE_CHARS = 1_000_000;

export type ArticleRead = { ok: true; text: string } | { ok: false; message: string };

/** Metadata an article's own header lines give ("URL: …", "Outlet: …", "Published: …"). */
export interface ArticleHints {
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  dateline?: string;
  /** BCP 47 tag: a "Language:" line, else 'ar' for a text mostly in Arabic script. */
  language?: string;
}

/** 'ar' when most letters of the text are Arabic script, else undefined (no guess). */
export function scriptLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && arabic / letters > 0.5 ? 'ar' : undefined;
}

/** True when a text looks like a binary file decoded as text. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || code === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}

const BLOCKS = new Set(
  'P DIV BR LI UL OL H1 H2 H3 H4 H5 H6 TR TABLE SECTION ARTICLE HEADER FOOTER BLOCKQUOTE PRE FIGCAPTION DD DT HR'.split(
    ' ',
  ),
);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'HEAD',
]);

/** Renames on…= attributes inside tags (onerror= → data-on-error=); the text is unchanged. */
export function disarmHandlers(html: string): string {
  const handler = /(<[^>]*?[\s/"'])on([a-z]+\s*=)/gi;
  let out = html;
  // One handler per tag per pass; a tag rarely has more than a few.
  for (let pass = 0; pass < 100 && handler.test(out); pass++) {
    handler.lastIndex = 0;
    out = out.replace(handler, '$1data-on-$2');
  }
  return out;
}

/**
 * The text of an HTML document, blocks separated by blank lines. Uses DOMParser, whose
 * documents have no browsing context: scripts never run and images never load.
 * @param html - the HTML source
 * @returns its text
 */
export function htmlToText(html: string): string {
  // Event-handler attributes are renamed first: they never run in a DOMParser document, but
  // Chromium still reports each one as a CSP violation while parsing. Only text is kept.
  const doc = new DOMParser().parseFromString(disarmHandlers(html), 'text/html');
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n\n');
  };
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title) parts.push(title, '\n\n');
  if (doc.body) walk(doc.body);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Reads an article from text as opened or pasted.
 * @param raw - the file's text or the pasted text
 * @param name - the file name ('' for pasted text); `.html`/`.htm` is reduced to text
 * @returns the text, or a message
 */
export function readArticleText(raw: string, name = ''): ArticleRead {
  if (raw.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      message: `This article is too long (${raw.length.toLocaleString('en')} characters; the workbench takes up to ${MAX_ARTICLE_CHARS.toLocaleString('en')}). Paste the part that carries the figures.`,
    };
  }
  if (looksBinary(raw)) {
    return {
      ok: false,
      message: `${name || 'This'} does not look like text (it has binary bytes). Open a .txt, .html or .md file, or paste the article.`,
    };
  }
  const text = /\.x?html?$/i.test(name) ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n').trim();
  if (text === '') return { ok: false, message: 'There is no text in it.' };
  return { ok: true, text };
}

/**
 * Reads an article file: size checked before reading, text decoded as UTF-8.
 * @param file - the file picked
 * @returns the text, or a message
 */
export async function readArticleFile(file: File): Promise<ArticleRead> {
  if (!/\.(txt|md|markdown|html?|xhtml)$/i.test(file.name)) {
    return { ok: false, message: `${file.name}: open a .txt, .html or .md file.` };
  }
  if (file.size > MAX_ARTICLE_CHARS * 4) {
    return {
      ok: false,
      message: `${file.name} is too large (${file.size.toLocaleString('en')} bytes).`,
    };
  }
  try {
    return readArticleText(await file.text(), file.name);
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
}

/**
 * Metadata an article states about itself: header lines ("URL:", "Outlet:", "Published:",
 * "Language:"), the first line as title, a dateline such as "TAIPEI, Taiwan –", and the
 * language of a text mostly in Arabic script.
 * @param text - the article text
 * @returns what was found; the analyst confirms every field
 */
export function articleHints(text: string): ArticleHints {
  const hints: ArticleHints = {};
  const lines = text.split('\n').map((l) => l.trim());
  for (const line of lines.slice(0, 6)) {
    const m = /^(URL|Outlet|Published|Language):\s*(.+)$/i.exec(line);
    if (!m) continue;
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (key === 'url') hints.url = value;
    else if (key === 'outlet') hints.outlet = value;
    else if (key === 'language') {
      if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) hints.language = value;
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) hints.published = value;
  }
  hints.language ??= scriptLanguage(text);
  if (hints.language === undefined) delete hints.language;
  const title = lines.find((l) => l !== '' && !/^(URL|Outlet|Published|Language):/i.test(l));
  if (title && title.length <= 300) hints.title = title;
  const dateline = /^([A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][A-Za-z .'-]+)?)\s*[–—-]\s/m.exec(text);
  if (dateline?.[1]) {
    hints.dateline = dateline[1]
      .split(',')
      .map((part) => part.trim())
      .map((part, i) =>
        i === 0 ? part.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : part,
      )
      .join(', ');
  }
  return hints;
}
