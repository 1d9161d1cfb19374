/** Frame and long-task recording for the bench pages (a rAF loop and a PerformanceObserver). */

export interface FrameStats {
  /** Longest gap between two animation frames, ms (16.7 is perfectly smooth). */
  worstGapMs: number;
  /** Longest main-thread task the browser reported (0 when none over 50 ms). */
  longestTaskMs: number;
  frames: number;
}

let longestTaskMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
}).observe({ type: 'longtask', buffered: false });

/** Resets the long-task maximum (call before the part to measure). */
export function resetLongTasks(): void {
  longestTaskMs = 0;
}

/** @returns the longest task since the last reset, ms */
export function longestTask(): number {
  return longestTaskMs;
}

/**
 * Starts recording frames.
 * @returns a function that stops and returns the stats
 */
export function recordFrames(): () => FrameStats {
  resetLongTasks();
  let last = 0;
  let worst = 0;
  let frames = 0;
  let running = true;
  const tick = (now: number) => {
    if (!running) return;
    if (last) worst = Math.max(worst, now - last);
    last = now;
    frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    running = false;
    return { worstGapMs: worst, longestTaskMs: longestTaskMs, frames };
  };
}

/** Resolves after the next frame has been painted (rAF, then a task after it). */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );
}
