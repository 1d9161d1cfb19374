// @vitest-environment jsdom
// Issue 23: Back closes the phone's bottom sheet before it leaves the view, and the sheet's
// state is never in the link: opening it pushes an entry with the same address and a mark in
// history.state; closing it by hand takes that entry off only while the address is unchanged.
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSheetHistory } from '../../src/app/useSheetHistory';
import type { SheetSnap } from '../../src/ui/BottomSheet';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
interface Sheet {
  snap: SheetSnap;
  move: (snap: SheetSnap) => void;
}
/** What the hook returned at the last render (reported in an effect, which act() flushes). */
let sheet: Sheet = { snap: 'peek', move: () => undefined };
const report = (latest: Sheet) => {
  sheet = latest;
};

function Probe({ enabled, onRender }: { enabled: boolean; onRender: (sheet: Sheet) => void }) {
  const [snap, move] = useSheetHistory(enabled);
  useEffect(() => onRender({ snap, move }));
  return null;
}

/** Resolves on the next popstate (jsdom's history.back() is asynchronous, as browsers' is). */
function nextPopState(): Promise<void> {
  return new Promise((resolve) =>
    window.addEventListener('popstate', () => resolve(), { once: true }),
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '#area=kursk');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<Probe enabled onRender={report} />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('useSheetHistory', () => {
  it('opens with an entry of the same address, and Back closes the sheet', async () => {
    const length = window.history.length;
    act(() => sheet.move('half'));
    expect(sheet.snap).toBe('half');
    expect(window.history.length).toBe(length + 1);
    expect(window.location.hash).toBe('#area=kursk');
    act(() => sheet.move('full'));
    expect(window.history.length, 'half to full adds no entry').toBe(length + 1);
    const popped = nextPopState();
    window.history.back();
    await act(() => popped);
    expect(sheet.snap).toBe('peek');
    expect(window.location.hash).toBe('#area=kursk');
    expect(window.history.state).toBeNull();
  });

  it('closed by hand, takes its entry off again', async () => {
    act(() => sheet.move('half'));
    const popped = nextPopState();
    act(() => sheet.move('peek'));
    expect(sheet.snap).toBe('peek');
    await act(() => popped);
    expect(sheet.snap).toBe('peek');
    expect(window.history.state, 'back on the entry before the sheet').toBeNull();
    expect(window.location.hash).toBe('#area=kursk');
  });

  it('closed by hand after the link changed, keeps the entry (the newer view) without its mark', () => {
    act(() => sheet.move('half'));
    // A pan while the sheet is open: the link writer replaces the address, keeping the state.
    window.history.replaceState(window.history.state, '', '#area=kursk&map=6/51/36');
    act(() => sheet.move('peek'));
    expect(sheet.snap).toBe('peek');
    expect(window.location.hash).toBe('#area=kursk&map=6/51/36');
    expect(window.history.state).toBeNull();
  });

  it('Forward to an entry with the mark opens the sheet as it was', async () => {
    act(() => sheet.move('full'));
    let popped = nextPopState();
    window.history.back();
    await act(() => popped);
    expect(sheet.snap).toBe('peek');
    popped = nextPopState();
    window.history.forward();
    await act(() => popped);
    expect(sheet.snap).toBe('full');
    // Leave the history as it was found.
    act(() => sheet.move('peek'));
    await act(() => nextPopState());
  });

  it('starts at the peek after a reload on an entry with the mark, and clears it', () => {
    act(() => root.unmount());
    window.history.replaceState(
      { sitrepSheet: { snap: 'full', base: window.location.href } },
      '',
      window.location.href,
    );
    root = createRoot(container);
    act(() => root.render(<Probe enabled onRender={report} />));
    expect(sheet.snap).toBe('peek');
    expect(window.history.state).toBeNull();
  });

  it('leaves history alone on a wide screen', () => {
    act(() => root.render(<Probe enabled={false} onRender={report} />));
    const state = { other: 1 };
    window.history.replaceState(state, '', window.location.href);
    window.dispatchEvent(new PopStateEvent('popstate', { state }));
    expect(sheet.snap).toBe('peek');
    expect(window.history.state).toEqual(state);
  });
});
