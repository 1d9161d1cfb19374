/**
 * Figure views are built once per claim and dataset, and reused: an as-of change then only
 * picks which views to show instead of formatting every claim again (at 10,000 claims,
 * formatting them was most of the time a change took). Views are read-only; a claim shown as
 * context (an ancestor's figure in an area's panel) has its own view.
 */
import type { Dataset } from '../data/dataset';
import type { Claim } from '../data/schema';
import type { FigureView } from './model';

type Views = WeakMap<Claim, { own?: FigureView; context?: FigureView }>;
const byDataset = new WeakMap<Dataset, Views>();

/**
 * The view of a claim, built by `build` on first use and cached for the dataset's lifetime.
 * @param ds - the dataset the claim belongs to
 * @param claim - one of its claims
 * @param context - whether the claim is shown as another area's context
 * @param build - builds the view (given forArea null for own, a different area for context)
 * @returns the cached view
 */
export function cachedFigureView(
  ds: Dataset,
  claim: Claim,
  context: boolean,
  build: (ds: Dataset, claim: Claim, forArea: string | null) => FigureView,
): FigureView {
  let views = byDataset.get(ds);
  if (!views) {
    views = new WeakMap();
    byDataset.set(ds, views);
  }
  let entry = views.get(claim);
  if (!entry) {
    entry = {};
    views.set(claim, entry);
  }
  if (context) {
    entry.context ??= { ...build(ds, claim, null), context: true };
    return entry.context;
  }
  entry.own ??= build(ds, claim, null);
  return entry.own;
}
