/**
 * Resolves in the task after the browser's next paint: a requestAnimationFrame callback runs
 * just before a frame is painted, and a task it queues runs after that paint. Used to let the
 * first map reach the screen before heavier work (the report data, the basemap's context).
 * In a hidden tab frames wait until it is shown; so does this.
 * @returns a promise resolved after the next paint
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
