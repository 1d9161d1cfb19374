import type { Dataset } from '../data/dataset';
import type { Claim } from '../data/schema';

/** The view functions whose results are cached per dataset (view/api.ts has them). */
export interface Warmers {
  figureView: (ds: Dataset, claim: Claim) => unknown;
  indexAreas: (ds: Dataset) => unknown;
  dateRange: (ds: Dataset) => unknown;
}

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
 * @param api - the data code
 * @param ds - the dataset
 * @param signal - stops early when aborted
 */
export async function warmFigureViews(
  api: Warmers,
  ds: Dataset,
  signal?: AbortSignal,
): Promise<void> {
  for (let start = 0; start < ds.claims.length; start += SLICE) {
    if (signal?.aborted) return;
    for (const claim of ds.claims.slice(start, start + SLICE)) api.figureView(ds, claim);
    await yieldToMain();
  }
  // The per-area indexes and the date range, each in a task of its own, before the first
  // render needs them (both are cached per dataset).
  api.indexAreas(ds);
  await yieldToMain();
  api.dateRange(ds);
  await yieldToMain();
}
