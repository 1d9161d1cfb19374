import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_PAGE, newDraft, pageReducer } from '../../src/workbench/useWorkbench';

describe('newDraft', () => {
  it('takes the language from the article: ar for the Arabic text, en by default', () => {
    const arabic = readFileSync(
      resolve(__dirname, '../../../shared/sources/2025-09-03-emaratalyoum-2000-killed-ar.txt'),
      'utf8',
    );
    const draft = newDraft(arabic, '2025-09-03-emaratalyoum-2000-killed-ar.txt');
    expect(draft.meta).toMatchObject({
      language: 'ar',
      published: '2025-09-03',
      outlet: 'Emarat Al Youm',
      slug: 'emaratalyoum-2000-killed-ar',
    });
    expect(newDraft('Headline\n\nAbout 300 troops.', '').meta.language).toBe('en');
  });
});

describe('pageReducer', () => {
  it('changes only the part of the page state each action names', () => {
    const selected = pageReducer(INITIAL_PAGE, { type: 'select', selection: { start: 1, end: 4 } });
    expect(selected).toEqual({ ...INITIAL_PAGE, selection: { start: 1, end: 4 } });
    const asked = pageReducer(selected, { type: 'confirm-discard', asked: true });
    expect(asked).toEqual({ ...selected, confirmDiscard: true });
    const noticed = pageReducer(asked, { type: 'notice', message: 'Continued.' });
    expect(noticed.notice).toBe('Continued.');
    expect(pageReducer(noticed, { type: 'open-problem', message: 'Not text.' })).toEqual({
      ...noticed,
      openProblem: 'Not text.',
    });
  });
});
