// @vitest-environment jsdom
// The first map comes first (issue 12): the panels wait for the regions' announcement, come
// with it, and come anyway after the fallback when no announcement is made. The state is an
// instance the app creates and provides (issue 20): every test makes its own.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFirstMap,
  FirstMapContext,
  useFirstMapShown,
  type FirstMap,
} from '../../src/ui/firstMap';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let firstMap: FirstMap;

beforeEach(() => {
  firstMap = createFirstMap();
  performance.clearMarks();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

function Waiting({ fallbackMs }: { fallbackMs?: number | undefined }) {
  const shown = useFirstMapShown(fallbackMs);
  return <p>{shown ? 'panels' : 'waiting'}</p>;
}

function Panels({ api, fallbackMs }: { api: FirstMap; fallbackMs?: number }) {
  return (
    <FirstMapContext value={api}>
      <Waiting fallbackMs={fallbackMs} />
    </FirstMapContext>
  );
}

const reasons = () =>
  performance
    .getEntriesByName('sitrep:first-map')
    .map((mark) => (mark as PerformanceMark).detail as string);

describe('useFirstMapShown', () => {
  it('waits for the announcement, then shows the panels and marks the reason once', () => {
    act(() => root.render(<Panels api={firstMap} />));
    expect(container.textContent).toBe('waiting');
    act(() => firstMap.announce('regions'));
    expect(container.textContent).toBe('panels');
    act(() => firstMap.announce('timeout'));
    expect(reasons()).toEqual(['regions']);
  });

  it('shows the panels at once when the map was announced before they mounted', () => {
    firstMap.announce('no-regions');
    act(() => root.render(<Panels api={firstMap} />));
    expect(container.textContent).toBe('panels');
  });

  it('gives up waiting after the fallback, and says so in the mark', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => root.render(<Panels api={firstMap} fallbackMs={3000} />));
    act(() => vi.advanceTimersByTime(2999));
    expect(container.textContent).toBe('waiting');
    act(() => vi.advanceTimersByTime(1));
    expect(container.textContent).toBe('panels');
    expect(reasons()).toEqual(['timeout']);
  });

  it('tells every waiting component, mounted anywhere', () => {
    act(() =>
      root.render(
        <>
          <Panels api={firstMap} />
          <Panels api={firstMap} />
        </>,
      ),
    );
    act(() => firstMap.announce('regions'));
    expect(container.textContent).toBe('panelspanels');
  });

  it('resolves whenShown on the announcement, and at once after it', async () => {
    let resolved = false;
    const waiting = firstMap.whenShown().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    firstMap.announce('regions');
    await waiting;
    expect(resolved).toBe(true);
    await expect(firstMap.whenShown()).resolves.toBeUndefined();
  });

  it('keeps each first map to itself: announcing one leaves another waiting', () => {
    const other = createFirstMap();
    act(() =>
      root.render(
        <>
          <Panels api={firstMap} />
          <Panels api={other} />
        </>,
      ),
    );
    act(() => firstMap.announce('regions'));
    expect(container.textContent).toBe('panelswaiting');
    expect(other.shown()).toBe(false);
  });

  it('names the missing provider when no first map is given', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => act(() => root.render(<Waiting />))).toThrow(/FirstMapContext/);
    vi.restoreAllMocks();
  });
});
