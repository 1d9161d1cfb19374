/**
 * The workbench's working copy of a report: the article, its metadata, the drafted claims and
 * any new sources. Form fields are kept as the analyst typed them (numbers as text), so a
 * half-typed value is never lost; export.ts turns a draft into a report file.
 */
import { makeAnchor, type TextAnchor } from './anchor';
import { findDates, undated, type DraftDateRef, type FoundDate } from './parse/dates';
import { parseFigures, type ParsedFigure } from './parse/figures';
import { sentenceAround } from './parse/sentence';
import {
  suggestAreas,
  suggestMeasures,
  suggestSources,
  type AreaCandidate,
  type KnownSource,
} from './parse/suggest';
import type { SearchEntry } from '../data/search';

export interface DraftMeta {
  title: string;
  outlet: string;
  published: string;
  dateline: string;
  url: string;
  language: string;
  editor: string;
  /** The file name after the date: `<published>-<slug>.json`. */
  slug: string;
  /**
   * Where the article's text lives beside the repository (`report.text`, e.g.
   * `../shared/sources/<file>.txt`), so the build can check the quotes; '' when we hold none.
   */
  text?: string;
  /** How outlet and date were established, in our own words (`report.note`). */
  note?: string;
  /**
   * The outlet's id in the source registry (or a new source of this draft), picked by the
   * analyst: claims cite it. '' or absent: a stand-in of this report only, `outlet-<report id>`.
   */
  outletSource?: string;
}

/** A source the registry does not have yet, added in the workbench (exported in `newSources`). */
export interface DraftSource {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  country: string;
  party: boolean;
  /** Names and spellings articles use for it (absent in drafts kept before aliases existed). */
  aliases?: string[];
  /** Who it is, in our words (optional). */
  note?: string;
}

export interface DraftClaim {
  key: string;
  anchor: TextAnchor | null;
  metric: string;
  metricCandidates: string[];
  area: string;
  areaCandidates: AreaCandidate[];
  low: string;
  high: string;
  unit: string;
  qualifier: string;
  /** For a claim without a figure. */
  statement: string;
  refersTo: DraftDateRef;
  reportedOn: DraftDateRef;
  dateCandidates: DraftDateRef[];
  source: string[];
  sourceCandidates: string[];
  via: string[];
  quote: string;
  note: string;
  gradeSource: string;
  gradeInfo: string;
  gradeReason: string;
  /**
   * Id of a published claim these words repeat ('' or absent: a claim of this report). Exported
   * as a `carries` entry (quote, via, note), never as a second claim.
   */
  carries?: string;
}

/**
 * A dated happening the article states (draftEvent.ts drafts it); the file's `events[]`.
 */
export interface DraftEvent {
  key: string;
  /** The words that state it, anchored in the article (null when re-opened from a file). */
  anchor: TextAnchor | null;
  /** What happened, in our words (the file's `title`). */
  title: string;
  date: DraftDateRef;
  /** The dates of its sentence, to pick another. */
  dateCandidates: DraftDateRef[];
  area: string;
  areaCandidates: AreaCandidate[];
  /** Who says it happened: source ids (OUTLET_TOKEN for the report's outlet). */
  sources: string[];
  sourceCandidates: string[];
  /** Keys of this draft's own claims the event is about (exported as their claim ids). */
  claims: string[];
}

export interface Draft {
  /** Stable id of the article in this browser (a hash of its text, or 'report:<id>'). */
  id: string;
  /** The article text: stays in this browser, never exported. */
  text: string;
  fileName: string;
  meta: DraftMeta;
  claims: DraftClaim[];
  /** Events the analyst took from the article (absent in drafts kept before events existed). */
  events?: DraftEvent[];
  sources: DraftSource[];
  updatedAt: string;
  /**
   * The stored revision this copy was last saved as (set by the store, raised by each save);
   * absent before its first save and in drafts kept before revisions existed.
   */
  revision?: number;
  /** Shown on the dashboard, marked as a draft (only in this browser). */
  preview?: boolean;
}

/** What drafting needs to know about the published data. */
export interface DraftContext {
  areaEntries: readonly SearchEntry[];
  sources: readonly KnownSource[];
}

let counter = 0;
/** A key for a new draft claim, unique in this page. */
export function newKey(): string {
  counter += 1;
  return `d${Date.now().toString(36)}${counter.toString(36)}`;
}

/** Picks the claim's dates: a period or week for what it refers to, a speech date for when it was said. */
function pickDates(
  found: FoundDate[],
  published: string,
): Pick<DraftClaim, 'refersTo' | 'reportedOn'> {
  const refers = found.find(
    (d) =>
      ['since', 'between', 'as', 'from'].includes(d.lead) ||
      d.ref.precision === 'week' ||
      d.ref.precision === 'period',
  );
  const said = found.find((d) => d !== refers && d.ref.precision !== 'period');
  const reportedOn = said?.ref ?? undated(published, 'date not given');
  const refersTo = refers?.ref ?? said?.ref ?? undated(published, 'date not given');
  return { refersTo, reportedOn };
}

/**
 * A drafted claim: the anchored words, the suggestions read from their sentence, and the
 * value fields (empty for a statement); the rest is left for the analyst.
 */
function draftClaim(
  anchor: ReturnType<typeof makeAnchor>,
  sentenceText: string,
  published: string,
  context: DraftContext,
  outletId: string,
  value: { metrics: string[]; low: string; high: string; unit: string; qualifier: string },
): DraftClaim {
  const areas = suggestAreas(sentenceText, context.areaEntries);
  const sources = suggestSources(sentenceText, context.sources);
  const found = findDates(sentenceText, published);
  return {
    key: newKey(),
    anchor,
    metric: value.metrics[0] ?? '',
    metricCandidates: value.metrics,
    area: areas.length === 1 ? (areas[0]?.id ?? '') : '',
    areaCandidates: areas,
    low: value.low,
    high: value.high,
    unit: value.unit,
    qualifier: value.qualifier,
    statement: '',
    ...pickDates(found, published),
    dateCandidates: found.map((d) => d.ref),
    source: sources.length === 1 ? sources : [],
    sourceCandidates: sources,
    via: outletId ? [outletId] : [],
    quote: anchor.quote.exact,
    note: '',
    gradeSource: '',
    gradeInfo: '',
    gradeReason: '',
  };
}

function figureClaim(
  text: string,
  sentence: { start: number; end: number },
  figure: ParsedFigure,
  selection: { start: number; end: number },
  published: string,
  context: DraftContext,
  outletId: string,
): DraftClaim {
  const sentenceText = text.slice(sentence.start, sentence.end);
  // The quote: the selected words, widened to take in the figure's own words (its qualifier).
  const start = Math.min(selection.start, sentence.start + figure.start);
  const end = Math.max(selection.end, sentence.start + figure.end);
  return draftClaim(makeAnchor(text, start, end), sentenceText, published, context, outletId, {
    metrics: suggestMeasures(sentenceText, figure.unit, true, figure),
    low: String(figure.low),
    high: String(figure.high),
    unit: figure.unit ?? '',
    qualifier: figure.qualifier,
  });
}

/**
 * Drafts the claims the selected words carry: one per figure whose words overlap the
 * selection ("300 killed and 2,700 wounded" → two), or one statement claim when the selection
 * holds no figure.
 * @param text - the article text
 * @param selStart - selection start in `text`
 * @param selEnd - selection end
 * @param published - the report's published date (YYYY-MM-DD), for the dates
 * @param context - areas and known sources
 * @param outletId - id of the report's outlet source, for `via`
 * @returns the drafted claims (at least one for a non-empty selection)
 */
export function draftsFromSelection(
  text: string,
  selStart: number,
  selEnd: number,
  published: string,
  context: DraftContext,
  outletId: string,
): DraftClaim[] {
  if (selEnd <= selStart) return [];
  const sentence = sentenceAround(text, selStart, selEnd);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const selection = { start: selStart, end: selEnd };
  const figures = parseFigures(sentenceText).filter(
    (f) => sentence.start + f.start < selEnd && sentence.start + f.end > selStart,
  );
  if (figures.length) {
    return figures.map((f) =>
      figureClaim(text, sentence, f, selection, published, context, outletId),
    );
  }
  return [
    draftClaim(makeAnchor(text, selStart, selEnd), sentenceText, published, context, outletId, {
      metrics: suggestMeasures(sentenceText, null, false),
      low: '',
      high: '',
      unit: '',
      qualifier: '',
    }),
  ];
}
