// @vitest-environment jsdom
// The estimates chart draws what the view model says: one mark per claim, derived sums hollow
// and dashed, later figures grey, new ones ringed, open ends as arrows, and a table of the same
// figures sortable by date. Rendered with react-dom in jsdom from a hand-made model.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EstimatesChart } from '../../src/panels/EstimatesChart';
import type { EstimateMark, EstimatesChartModel } from '../../src/view/estimates';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mark(patch: Partial<EstimateMark> & { id: string; date: string }): EstimateMark {
  return {
    metric: 'killed-or-wounded',
    metricLabel: 'Killed or wounded',
    spanStart: null,
    low: 1000,
    high: 1000,
    unit: 'people',
    qualifier: '',
    open: null,
    sourceKey: 'a',
    sourceLabel: 'Agency',
    derived: false,
    later: false,
    isNew: false,
    reportCount: 1,
    context: false,
    ...patch,
  };
}

const chart: EstimatesChartModel = {
  id: 'estimates-test',
  title: 'Test casualties',
  unit: 'people',
  asOf: '2025-02-01',
  since: '2025-01-15',
  sources: [
    { key: 'a', label: 'Agency', party: false, index: 0 },
    { key: 'p', label: 'Belligerent', party: true, index: 0 },
  ],
  marks: [
    mark({ id: 'm1', date: '2025-01-01', low: 100, high: 300, qualifier: 'over', open: 'above' }),
    mark({ id: 'm2', date: '2025-01-10', derived: true, sourceKey: 'a' }),
    mark({ id: 'm3', date: '2025-01-20', sourceKey: 'p', isNew: true }),
    mark({ id: 'm4', date: '2025-03-01', sourceKey: 'p', later: true, isNew: true }),
  ],
};

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<EstimatesChart chart={chart} />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const markEl = (id: string) => container.querySelector(`[data-mark="${id}"]`);

describe('EstimatesChart', () => {
  it('draws one mark per figure, placed left to right by date reported', () => {
    const marks = [...container.querySelectorAll('[data-mark]')];
    expect(marks.map((el) => el.getAttribute('data-mark'))).toEqual(['m1', 'm2', 'm3', 'm4']);
    const xs = marks.map((el) => {
      const shape = el.lastElementChild;
      const x = shape?.getAttribute('cx') ?? shape?.getAttribute('x');
      return Number(x ?? NaN);
    });
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws a range as a bar with an arrow for "over", derived hollow and dashed', () => {
    expect(markEl('m1')?.querySelector('line')).not.toBeNull();
    expect(markEl('m1')?.querySelector('path[stroke-dasharray="2 2"]')).not.toBeNull();
    const derived = markEl('m2')?.lastElementChild;
    expect(derived?.getAttribute('fill')).toBe('#fff');
    expect(derived?.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(markEl('m3')?.lastElementChild?.getAttribute('fill')).not.toBe('#fff');
  });

  it('shapes parties as squares, greys later figures, rings new ones', () => {
    expect(markEl('m3')?.lastElementChild?.tagName).toBe('rect');
    expect(markEl('m1')?.lastElementChild?.tagName).toBe('circle');
    expect(markEl('m4')?.getAttribute('data-later')).toBe('true');
    expect(markEl('m4')?.lastElementChild?.getAttribute('stroke')).toBe('#b0b0b0');
    expect(markEl('m3')?.lastElementChild?.getAttribute('stroke')).not.toBe('#b0b0b0');
    expect(markEl('m3')?.querySelectorAll('circle').length).toBe(1); // the ring
    expect(markEl('m1')?.querySelectorAll('circle').length).toBe(1); // its symbol only
    expect(container.textContent).toContain('as of 1 Feb 2025');
    expect(container.textContent).toContain('since 15 Jan 2025');
  });

  it('has a table of the same figures, sorted by date and sortable the other way', () => {
    const rows = () =>
      [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-row'));
    expect(rows()).toEqual(['m1', 'm2', 'm3', 'm4']);
    const button = container.querySelector('th button');
    act(() => (button as HTMLButtonElement).click());
    expect(rows()).toEqual(['m4', 'm3', 'm2', 'm1']);
    expect(container.querySelector('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(container.querySelector('[data-row="m2"]')?.textContent).toContain(
      'derived, not reported',
    );
    expect(container.querySelector('[data-row="m1"]')?.textContent).toContain('over 100–300');
  });
});
