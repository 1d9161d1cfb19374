// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleHints,
  disarmHandlers,
  htmlToText,
  looksBinary,
  MAX_ARTICLE_CHARS,
  readArticleText,
} from '../../src/workbench/readArticle';
import { SEED_TEXT } from './seedDraft';

describe('readArticleText', () => {
  it('reduces HTML to its text: scripts and styles dropped, blocks on their own lines', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1><p>About <b>92</b> a day.</p><script>alert(1)</script><img src=x onerror="alert(2)"></body></html>';
    expect(htmlToText(html)).toBe('T\n\nHead\n\nAbout 92 a day.');
  });

  it('keeps tags in a .txt file as the text they are', () => {
    const read = readArticleText('A <script>alert(1)</script> B', 'a.txt');
    expect(read).toEqual({ ok: true, text: 'A <script>alert(1)</script> B' });
  });

  it('renames every event handler before parsing, text unchanged', () => {
    expect(disarmHandlers('<img src=x onerror="a" onload=b> onion=1')).toBe(
      '<img src=x data-on-error="a" data-on-load=b> onion=1',
    );
  });

  it('refuses binary and oversized input with a sentence', () => {
    const binary = readArticleText('\u0089PNG\u0000\u0000\u0000IHDR', 'photo.txt');
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.message).toContain('does not look like text');
    const huge = readArticleText('a'.repeat(MAX_ARTICLE_CHARS + 1));
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toContain('too long');
    expect(looksBinary('Plain text, with “quotes” and Кириллица.')).toBe(false);
  });
});

describe('articleHints', () => {
  it('reads the title and dateline of the seed', () => {
    expect(articleHints(SEED_TEXT)).toEqual({
      title: 'North Korea sending more troops to Russia, South confirms',
      dateline: 'Taipei, Taiwan',
    });
  });
  it('reads the header lines of the further reports', () => {
    const text =
      'URL: https://example.org/a\nOutlet: Euromaidan Press\nPublished: 2025-01-17\n\nBody.';
    expect(articleHints(text)).toEqual({
      url: 'https://example.org/a',
      outlet: 'Euromaidan Press',
      published: '2025-01-17',
      title: 'Body.',
    });
  });
  it('reads the language: a Language line, else Arabic script; no guess for Latin text', () => {
    const arabic = readFileSync(
      resolve(__dirname, '../../../shared/sources/2025-09-03-emaratalyoum-2000-killed-ar.txt'),
      'utf8',
    );
    expect(articleHints(arabic)).toMatchObject({ language: 'ar', published: '2025-09-03' });
    const body = arabic.slice(arabic.indexOf('\n\n') + 2);
    expect(articleHints(body).language).toBe('ar');
    expect(articleHints(`Language: fr\n\n${body}`).language).toBe('fr');
    expect(articleHints('Language: not a tag\n\nBody.').language).toBeUndefined();
    expect(articleHints(SEED_TEXT).language).toBeUndefined();
  });
});
