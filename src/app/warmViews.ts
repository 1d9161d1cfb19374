import { indexAreas } from '../data/areaIndex';
import type { Dataset } from '../data/dataset';
import { figureView } from '../view/figures';
import { dateRange } from '../view/timeline';

/** Claims formatted per slice: well under 50 ms a slice even on a slow phone. */
const SLICE = 500;

/** Lets the browser paint and handle input between slices. */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Builds every claim's figure view (they are cached per dataset, view/figureCache.ts) in
 * short slices, then the per-area indexes and the date range, before the panel first needs
 * them: at 10,000 claims, building them inside the
 * first render made it one long task.
 * @param ds - the dataset
 * @param signal - stops early when aborted
 */
export async function warmFigureViews(ds: Dataset, signal?: AbortSignal): Promise<void> {
  for (let start = 0; start < ds.claims.length; start += SLICE) {
    if (signal?.aborted) return;
    for (const claim of ds.claims.slice(start, start + SLICE)) figureView(ds, claim);
    await yieldToMain();
  }
  // The per-area indexes and the date range, each in a task of its own, before the first
  // render needs them (both are cached per dataset).
  indexAreas(ds);
  await yieldToMain();
  dateRange(ds);
  await yieldToMain();
}
