/**
 * Writes the link fragment into the browser history without flooding it: discrete actions
 * push an entry (Back returns to the view before), continuous pan/zoom replaces the current
 * entry at most once per `minIntervalMs`, with a trailing write so the final view always
 * lands. Safari throws after 100 history writes in 30 s; a write that throws is skipped.
 *
 * Gotcha: after Back/Forward or a hand-edited fragment, call `sync(fragmentFromLocation)`
 * before writing again, or a pending replace would overwrite the entry just restored.
 */

export interface HistoryWriterOptions<TimerHandle> {
  history: Pick<History, 'pushState' | 'replaceState'>;
  /** Milliseconds, monotonic enough for throttling (Date.now or performance.now). */
  now: () => number;
  setTimeout: (callback: () => void, delayMs: number) => TimerHandle;
  clearTimeout: (handle: TimerHandle) => void;
  /** Least time between two history writes. */
  minIntervalMs?: number;
  /** The fragment the page opened with (without '#'), so an equal first write is skipped. */
  initialFragment?: string;
  /** Turns a fragment into the URL argument of pushState/replaceState. */
  urlFor?: (fragment: string) => string;
}

export interface HistoryWriter {
  /** Discrete action: writes a pending replace first, then pushes a new entry now. */
  push: (fragment: string) => void;
  /** Continuous change: replaces the entry, throttled; the last fragment always lands. */
  replace: (fragment: string) => void;
  /** Writes a pending replace now. */
  flush: () => void;
  /** The history moved on its own (popstate, hashchange): drops any pending replace. */
  sync: (fragment: string) => void;
  /** Cancels the timer and drops a pending replace (call `flush` first to keep it). */
  dispose: () => void;
  /** History writes done so far (pushState and replaceState calls that did not throw). */
  readonly writes: number;
  /** The fragment the history holds, as far as this writer knows. */
  readonly current: string;
}

/**
 * Creates a history writer. Fragments are written as `'#' + fragment` unless `urlFor`
 * says otherwise; a write whose fragment equals the current one is skipped.
 * @param options - history, clock and timers (inject fakes in tests)
 * @returns the writer
 * @example
 * const writer = createHistoryWriter({
 *   history: window.history,
 *   now: () => performance.now(),
 *   setTimeout: (callback, delayMs) => window.setTimeout(callback, delayMs),
 *   clearTimeout: (handle) => window.clearTimeout(handle),
 *   initialFragment: window.location.hash.slice(1),
 * });
 */
export function createHistoryWriter<TimerHandle>(
  options: HistoryWriterOptions<TimerHandle>,
): HistoryWriter {
  const {
    history,
    now,
    setTimeout: schedule,
    clearTimeout: cancel,
    minIntervalMs = 250,
    urlFor = (fragment: string) => `#${fragment}`,
  } = options;
  let current = options.initialFragment ?? '';
  let pending: string | null = null;
  let timer: { handle: TimerHandle } | null = null;
  let lastWriteAt = -Infinity;
  let writes = 0;
  let disposed = false;

  function write(method: 'pushState' | 'replaceState', fragment: string): void {
    lastWriteAt = now();
    try {
      history[method](null, '', urlFor(fragment));
    } catch {
      return; // e.g. Safari's SecurityError after too many writes: keep the app running
    }
    current = fragment;
    writes += 1;
  }

  function stopTimer(): void {
    if (timer !== null) cancel(timer.handle);
    timer = null;
  }

  function writePending(): void {
    stopTimer();
    const fragment = pending;
    pending = null;
    if (fragment !== null && fragment !== current) write('replaceState', fragment);
  }

  return {
    push(fragment) {
      if (disposed) return;
      writePending();
      if (fragment !== current) write('pushState', fragment);
    },
    replace(fragment) {
      if (disposed) return;
      if (fragment === current) {
        pending = null;
        stopTimer();
        return;
      }
      pending = fragment;
      if (timer !== null) return;
      const waitMs = lastWriteAt + minIntervalMs - now();
      if (waitMs <= 0) writePending();
      else timer = { handle: schedule(writePending, waitMs) };
    },
    flush() {
      if (!disposed) writePending();
    },
    sync(fragment) {
      pending = null;
      stopTimer();
      current = fragment;
    },
    dispose() {
      disposed = true;
      pending = null;
      stopTimer();
    },
    get writes() {
      return writes;
    },
    get current() {
      return current;
    },
  };
}
