// @vitest-environment jsdom
// A report in Arabic (issue 22): its quote and title are shown in their language and right to
// left in the provenance view, among English words; an English report's are marked English.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FigureItem } from '../../src/panels/FigureItem';
import type { FigureView } from '../../src/view/model';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const QUOTE = 'نحو 2000'; // as printed in ../shared/sources/2025-09-03-emaratalyoum-2000-killed-ar.txt
const TITLE = 'كوريا الشمالية خسرت نحو 2000 جندي';

/** The panel's props as view/figures.ts makes them, for one report in `language`. */
function figure(id: string, language: string, quote: string, title: string): FigureView {
  return {
    id,
    metric: 'killed',
    metricLabel: 'Killed',
    areaId: 'russia',
    areaName: 'Russia',
    context: false,
    value: { low: 2000, high: 2000, unit: 'people', qualifier: 'about' },
    valueText: 'about 2,000',
    statement: null,
    sources: ['National Intelligence Service (South Korea)'],
    sourcesShort: ['NIS'],
    chain: [],
    reportedOn: '2025-09-02',
    reportedOnText: '2 Sep 2025',
    refersToText: 'by 2 Sep 2025',
    aboutOn: '2025-09-02',
    aboutShort: 'Sep 2025',
    grade: 'B2',
    gradeReason: 'An intelligence service, relayed by a lawmaker.',
    quote,
    note: 'Updated estimate of the dead.',
    report: { title, outlet: 'Outlet', published: '2025-09-03', dateline: 'Seoul', language },
  };
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('provenance of a figure from a report in Arabic', () => {
  it('shows the quote and the report title in Arabic, right to left, among English words', () => {
    act(() =>
      root.render(
        <ul>
          <FigureItem figure={figure('c-ar', 'ar', QUOTE, TITLE)} open onToggle={() => {}} />
          <FigureItem
            figure={figure('c-en', 'en', 'about 2,000', 'An English title')}
            open
            onToggle={() => {}}
          />
        </ul>,
      ),
    );
    const [quoteAr, quoteEn] = [...container.querySelectorAll('.provenance q')];
    expect(quoteAr?.textContent).toBe(QUOTE);
    expect([quoteAr?.getAttribute('lang'), quoteAr?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect([quoteEn?.getAttribute('lang'), quoteEn?.getAttribute('dir')]).toEqual(['en', 'auto']);
    const title = container.querySelector('.provenance span[lang="ar"]');
    expect(title?.textContent).toBe(TITLE);
    expect(title?.getAttribute('dir')).toBe('rtl');
    expect(container.querySelector('.provenance dd:last-child')?.textContent).toContain(
      `Outlet, “${TITLE}”, Seoul`,
    );
    // The labels around stay English and unmarked.
    expect(container.querySelector('.provenance')?.getAttribute('lang')).toBeNull();
  });
});
