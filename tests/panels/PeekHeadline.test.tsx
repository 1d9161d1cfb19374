// @vitest-environment jsdom
// The phone's peek (issue 23) gives each family's headline in one line: the value with what
// it counts, so a troop figure says whether the troops were sent or are present.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PeekHeadline } from '../../src/panels/PeekHeadline';
import { loadDataset } from '../../src/data/bundledDataset';
import { currentPicture } from '../../src/view/currentPicture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function peekLines(areaId: string, asOf: string): string[] {
  const { families } = currentPicture(loadDataset(), areaId, asOf);
  act(() =>
    root.render(<PeekHeadline families={families} asOf={asOf} figureCount={0} loading={false} />),
  );
  return [...host.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

describe('the peek headline', () => {
  it('names what a troop total counts (sent so far, or present), not the number alone', () => {
    const [troops] = peekLines('russia', '2025-10-24');
    expect(troops).toMatch(/^Troops: 15,000 troops sent so far/);
  });

  it('keeps the measure of a casualty figure given as parts', () => {
    const lines = peekLines('russia', '2025-10-24');
    expect(lines[1]).toMatch(/^Casualties: around 2,000 killed/);
  });
});
