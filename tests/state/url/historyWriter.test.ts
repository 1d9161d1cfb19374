import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistoryWriter } from '../../../src/state/url';
import type { HistoryWriterOptions } from '../../../src/state/url';

type Call = [method: 'push' | 'replace', url: string];
type Options = HistoryWriterOptions<ReturnType<typeof setTimeout>>;

function fakeHistory(calls: Call[]): Options['history'] {
  return {
    pushState: (_data: unknown, _unused: string, url?: string | URL | null) => {
      calls.push(['push', String(url)]);
    },
    replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
      calls.push(['replace', String(url)]);
    },
  };
}

function setup(extra: Partial<Options> = {}) {
  const calls: Call[] = [];
  const writer = createHistoryWriter({
    history: fakeHistory(calls),
    now: () => Date.now(),
    setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimeout: (handle) => clearTimeout(handle),
    ...extra,
  });
  return { calls, writer };
}

/** The fragment the map writes at a moment of a drag. */
function viewAt(index: number): string {
  return `map=8/${(48 + index / 1000).toFixed(4)}/37.0000`;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createHistoryWriter', () => {
  it('pushes discrete actions at once and skips a fragment equal to the current one', () => {
    const { calls, writer } = setup({ initialFragment: 'area=kursk' });
    writer.push('area=kursk');
    writer.push('area=donetsk');
    writer.push('area=donetsk');
    writer.push('area=kursk');
    expect(calls).toEqual([
      ['push', '#area=donetsk'],
      ['push', '#area=kursk'],
    ]);
    expect(writer.writes).toBe(2);
    expect(writer.current).toBe('area=kursk');
  });

  it('replaces at once after a quiet period, then at most once per interval', () => {
    const { calls, writer } = setup();
    writer.replace('a');
    expect(calls).toEqual([['replace', '#a']]);
    writer.replace('b');
    writer.replace('c');
    vi.advanceTimersByTime(249);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([
      ['replace', '#a'],
      ['replace', '#c'],
    ]);
  });

  it('a simulated 2 s drag at 60 events/s writes at most 9 times and ends on the last view', () => {
    const { calls, writer } = setup();
    const events = 120;
    for (let i = 0; i < events; i += 1) {
      writer.replace(viewAt(i));
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.runAllTimers();
    expect(writer.writes).toBeLessThanOrEqual(9);
    expect(writer.writes).toBeGreaterThanOrEqual(8);
    expect(calls.at(-1)).toEqual(['replace', `#${viewAt(events - 1)}`]);
    expect(writer.current).toBe(viewAt(events - 1));
    expect(calls.every(([method]) => method === 'replace')).toBe(true);
  });

  it('never writes twice within the interval, whatever the mix of calls', () => {
    const times: number[] = [];
    const { writer } = setup({
      history: {
        pushState: () => times.push(Date.now()),
        replaceState: () => times.push(Date.now()),
      },
    });
    for (let i = 0; i < 300; i += 1) {
      writer.replace(viewAt(i));
      vi.advanceTimersByTime(7);
    }
    vi.runAllTimers();
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
  });

  it('writes a pending replace before a push, so Back returns to the exact last view', () => {
    const { calls, writer } = setup();
    writer.replace('map=6/1.0000/1.0000');
    writer.replace('map=6/2.0000/2.0000');
    writer.push('map=6/2.0000/2.0000&area=kursk');
    vi.runAllTimers();
    expect(calls).toEqual([
      ['replace', '#map=6/1.0000/1.0000'],
      ['replace', '#map=6/2.0000/2.0000'],
      ['push', '#map=6/2.0000/2.0000&area=kursk'],
    ]);
  });

  it('drops a pending replace when the view returns to the current fragment', () => {
    const { calls, writer } = setup();
    writer.replace('a');
    writer.replace('b');
    writer.replace('a');
    vi.runAllTimers();
    expect(calls).toEqual([['replace', '#a']]);
  });

  it('flush writes the pending replace now', () => {
    const { calls, writer } = setup();
    writer.replace('a');
    writer.replace('b');
    writer.flush();
    expect(calls.at(-1)).toEqual(['replace', '#b']);
    vi.runAllTimers();
    expect(calls).toHaveLength(2);
  });

  it('sync (after Back or a hand edit) drops the pending replace', () => {
    const { calls, writer } = setup();
    writer.replace('a');
    writer.replace('b');
    writer.sync('older');
    vi.runAllTimers();
    expect(calls).toEqual([['replace', '#a']]);
    expect(writer.current).toBe('older');
    writer.push('older');
    expect(calls).toHaveLength(1);
  });

  it('dispose cancels the timer and ignores later calls', () => {
    const { calls, writer } = setup();
    writer.replace('a');
    writer.replace('b');
    writer.dispose();
    writer.push('c');
    writer.replace('d');
    vi.runAllTimers();
    expect(calls).toEqual([['replace', '#a']]);
  });

  it('survives a history that throws (Safari after 100 writes in 30 s)', () => {
    const failing = () => {
      throw new DOMException('too many calls', 'SecurityError');
    };
    const { writer } = setup({ history: { pushState: failing, replaceState: failing } });
    expect(() => {
      writer.push('a');
      writer.replace('b');
      vi.runAllTimers();
    }).not.toThrow();
    expect(writer.writes).toBe(0);
    expect(writer.current).toBe('');
  });

  it('uses urlFor to build the URL', () => {
    const { calls, writer } = setup({
      urlFor: (fragment) => (fragment ? `#${fragment}` : '/app/'),
    });
    writer.push('a');
    writer.push('');
    expect(calls).toEqual([
      ['push', '#a'],
      ['push', '/app/'],
    ]);
  });
});
