/**
 * What the panels show, already resolved from the dataset (names instead of ids, formatted
 * text beside raw numbers). Panels take these as props and never look data up themselves.
 */
import type { CarrierView } from './carriers';
import type { EstimatesChartModel } from './estimates';
import type { CurrentPicture } from './currentPicture';

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
  /** ISO date of the time the figure is about (view/aboutDate.ts): reportedOn, or an
   * earlier refersTo's end. */
  aboutOn: string;
  /** That time, short, for map labels: "Apr 2025"; "2024". */
  aboutShort: string;
  grade: string;
  gradeReason: string;
  quote: string;
  note: string;
  /** The claim's report; `language` (BCP 47) is that of its text, its title and the quote. */
  report: { title: string; outlet: string; published: string; dateline: string; language: string };
  /** Every report that carried the claim, the first one first (see view/carriers.ts). */
  carriers?: CarrierView[];
  /** False when the claim's report names no text: its quote was not checked. */
  quotesVerified?: boolean;
  /** The since date (ISO) when the figure was reported after it: shown as "new since …". */
  newSince?: string;
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
  /** What is known as of the date, family by family (troops, casualties). */
  picture: CurrentPicture;
  figureCount: number;
  /** Figures reported after the link's since date, when one is set. */
  newCount?: number;
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

/** An event on the timeline, marked known or not as of the chosen date. */
export interface TimelineEventView extends EventView {
  known: boolean;
}

export interface LocationNote {
  approximate: boolean;
  text: string;
  alternatives: string[];
}

/** One bar of a range chart: a figure or a derived estimate on a shared axis. */
export interface RangeRow {
  id: string;
  /** Who says it, e.g. "Ukraine" or "ISW (derived)". */
  label: string;
  low: number;
  high: number;
  qualifier: string;
  /** Formatted value with qualifier, for screen readers and the tooltip. */
  valueText: string;
  /** A few characters printed beside the bar: "about 4,000", "≈ 8,188". */
  shortValue: string;
  derived: boolean;
}

export interface ChartView {
  id: string;
  title: string;
  unit: string;
  rows: RangeRow[];
}

/** Everything the panel of one area shows, as of a date. */
export interface AreaPanelModel {
  area: { id: string; name: string; kindLabel: string; codes: string };
  location: LocationNote | null;
  /** What is known as of the date, family by family: the top of the panel. */
  picture: CurrentPicture;
  figures: readonly FigureView[];
  charts: readonly ChartView[];
  /** Estimates over time, one chart per measure reported on more than one date. */
  estimates?: readonly EstimatesChartModel[];
  derived: readonly DerivedView[];
  events: readonly EventView[];
  /** Figures of this area (and its context) reported after the as-of date. */
  hiddenLater: number;
}

/** A row of the layer list: a layer with its legend swatch. */
export interface LayerItem {
  id: string;
  label: string;
  /** CSS class of the legend swatch. */
  swatch: string;
  description: string;
}
