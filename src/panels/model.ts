/**
 * What the panels show, already resolved from the dataset (names instead of ids, formatted
 * text beside raw numbers). Panels take these as props and never look data up themselves.
 */

export interface FigureValue {
  low: number;
  high: number;
  unit: string;
  qualifier: string;
}

export interface FigureView {
  id: string;
  metric: string;
  metricLabel: string;
  areaId: string;
  areaName: string;
  /** True when the figure belongs to a wider area (e.g. all of Russia) shown as context. */
  context: boolean;
  value: FigureValue | null;
  /** "as many as 12,000", or the statement in our words when there is no figure. */
  valueText: string;
  statement: string | null;
  sources: string[];
  /** Short source names for charts and tables: "Ukraine", "ISW". */
  sourcesShort: string[];
  /** Who carried the claim to the reader, in order, e.g. ["South Korean media", "UPI"]. */
  chain: string[];
  reportedOn: string;
  reportedOnText: string;
  refersToText: string;
  grade: string;
  gradeReason: string;
  quote: string;
  note: string;
  report: { title: string; outlet: string; published: string; dateline: string };
}

export interface DerivedInputView {
  label: string;
  valueText: string;
}

export interface DerivedView {
  id: string;
  label: string;
  valueText: string;
  method: string;
  inputs: DerivedInputView[];
}

export interface AreaSummary {
  id: string;
  name: string;
  kindLabel: string;
  headline: FigureView[];
  figureCount: number;
}

export interface EventView {
  id: string;
  date: string;
  end: string;
  precision: string;
  dateText: string;
  title: string;
  areaId: string;
  areaName: string;
  sources: string[];
}

export interface LocationNote {
  approximate: boolean;
  text: string;
  alternatives: string[];
}
