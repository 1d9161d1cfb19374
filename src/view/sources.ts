/**
 * The Sources tab: every source of the view with who it is (kind, country, party to the war)
 * and the figures it made and carried, as of a date.
 */
import type { Dataset } from '../data/dataset';
import type { SourceKind } from '../data/schema';
import { claimsInView } from './asOf';
import { figureView } from './figures';
import type { FigureView } from './model';

export interface SourceView {
  id: string;
  name: string;
  kindLabel: string;
  /** ISO 3166-1 alpha-2, or null when no report says. */
  country: string | null;
  party: boolean;
  note: string | null;
  /** Figures this source claims. */
  made: FigureView[];
  /** Figures this source passed on (in a claim's reporting chain). */
  carried: FigureView[];
}

const KIND_LABEL: Record<SourceKind, string> = {
  'government-intelligence': 'Government intelligence',
  government: 'Government',
  military: 'Military',
  official: 'Official',
  'think-tank': 'Think tank',
  expert: 'Expert',
  media: 'Media',
  outlet: 'Outlet',
};

/**
 * Sources of the claims in view, those with the most figures first.
 * @param ds - the dataset
 * @param areaId - the selected area, or null for every claim
 * @param asOf - ISO date
 * @returns one entry per source that made or carried a claim in view
 */
export function sourceViews(ds: Dataset, areaId: string | null, asOf: string): SourceView[] {
  const views = new Map<string, SourceView>();
  const entry = (id: string): SourceView | null => {
    const source = ds.sources.get(id);
    if (!source) return null;
    let view = views.get(id);
    if (!view) {
      view = {
        id,
        name: source.name,
        kindLabel: KIND_LABEL[source.kind],
        country: source.country,
        party: source.party,
        note: source.note ?? null,
        made: [],
        carried: [],
      };
      views.set(id, view);
    }
    return view;
  };
  for (const claim of claimsInView(ds, areaId, asOf)) {
    const figure = figureView(ds, claim, areaId);
    for (const id of claim.source) entry(id)?.made.push(figure);
    for (const id of claim.via) entry(id)?.carried.push(figure);
  }
  return [...views.values()].sort(
    (a, b) =>
      b.made.length - a.made.length ||
      b.carried.length - a.carried.length ||
      a.name.localeCompare(b.name),
  );
}
