// @vitest-environment jsdom
// The first map comes first (issue 12): the panels wait for the regions' announcement, come
// with it, and come anyway after the fallback when no announcement is made. The module keeps
// one page-wide state, so every test loads a fresh copy of it.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FirstMapModule from '../../src/ui/firstMap';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type FirstMap = typeof FirstMapModule;

let container: HTMLDivElement;
let root: Root;
let firstMap: FirstMap;

beforeEach(async () => {
  vi.resetModules();
  firstMap = await import('../../src/ui/firstMap');
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

function Panels({ api, fallbackMs }: { api: FirstMap; fallbackMs?: number }) {
  const shown = api.useFirstMapShown(fallbackMs);
  return <p>{shown ? 'panels' : 'waiting'}</p>;
}

const reasons = () =>
  performance
    .getEntriesByName('sitrep:first-map')
    .map((mark) => (mark as PerformanceMark).detail as string);

describe('useFirstMapShown', () => {
  it('waits for the announcement, then shows the panels and marks the reason once', () => {
    act(() => root.render(<Panels api={firstMap} />));
    expect(container.textContent).toBe('waiting');
    act(() => firstMap.announceFirstMap('regions'));
    expect(container.textContent).toBe('panels');
    act(() => firstMap.announceFirstMap('timeout'));
    expect(reasons()).toEqual(['regions']);
  });

  it('shows the panels at once when the map was announced before they mounted', () => {
    firstMap.announceFirstMap('no-regions');
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
    act(() => firstMap.announceFirstMap('regions'));
    expect(container.textContent).toBe('panelspanels');
  });

  it('resolves whenFirstMapShown on the announcement, and at once after it', async () => {
    let resolved = false;
    const waiting = firstMap.whenFirstMapShown().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    firstMap.announceFirstMap('regions');
    await waiting;
    expect(resolved).toBe(true);
    await expect(firstMap.whenFirstMapShown()).resolves.toBeUndefined();
  });
});
