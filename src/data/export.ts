/**
 * Downloads of claims: CSV (RFC 4180) and JSON. The same functions make the build's
 * dist/data/claims.{csv,json} and the dashboard's "export what I see".
 *
 * Formula injection: spreadsheet programs run a cell that starts with = + - @ (or a tab or
 * carriage return) as a formula. Every text cell that starts with one of those gets a leading
 * apostrophe ("'-1 day" stays text). Numbers (low, high) are written by the program, never
 * from text, so they are not prefixed: a number cell is a number, and the schema has no
 * negative values anyway.
 *
 * A claim repeated by several reports is one row; its `reports` column (CSV) and `carriedBy`
 * (JSON) list every report that carried it, the first one first.
 */
import { dateRefToIso } from './dates';
import type { Claim, Report, Source } from './schema';
import type { Carrier } from './carries';

/** The CSV columns; the first 13 are the download contract of DESIGN.md. */
export const CSV_COLUMNS = [
  'id',
  'report',
  'area',
  'metric',
  'low',
  'high',
  'unit',
  'qualifier',
  'as_of',
  'reported_on',
  'source',
  'via',
  'quote',
  'statement',
  'note',
  'grade',
  'grade_reason',
  'refers_precision',
  'reported_precision',
  'refers_as_printed',
  'reported_as_printed',
  'reports',
] as const;

/** What the exports need from a dataset. */
export interface ExportContext {
  sources: ReadonlyMap<string, Source>;
  reports: readonly Report[];
  /** Claim id → every report that carried it; without it a claim lists only its own report. */
  carriedBy?: ReadonlyMap<string, readonly Carrier[]>;
}

/** Ids of every report that carried a claim, the first one first. */
function carryingReports(claim: Claim, carriedBy: ExportContext['carriedBy']): string[] {
  return carriedBy?.get(claim.id)?.map((carrier) => carrier.report) ?? [claim.report];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe for spreadsheets: prefixes formula-starting text with an apostrophe.
 * @param text - cell text
 * @returns the text, prefixed with ' when it starts with = + - @ tab or CR
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Quotes a cell per RFC 4180 when it contains a comma, quote, CR or LF.
 * @param cell - cell text
 * @returns the cell as written in the file
 */
export function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function names(ids: readonly string[], sources: ReadonlyMap<string, Source>): string {
  return ids.map((id) => sources.get(id)?.name ?? id).join('; ');
}

function row(
  claim: Claim,
  sources: ReadonlyMap<string, Source>,
  carriedBy: ExportContext['carriedBy'],
): Record<string, string> {
  const value = claim.value;
  return {
    id: claim.id,
    report: claim.report,
    area: claim.area,
    metric: claim.metric,
    low: value ? String(value.low) : '',
    high: value ? String(value.high) : '',
    unit: value?.unit ?? '',
    qualifier: value?.qualifier ?? '',
    as_of: dateRefToIso(claim.refersTo),
    reported_on: dateRefToIso(claim.reportedOn),
    source: names(claim.source, sources),
    via: names(claim.via, sources),
    quote: claim.quote,
    statement: claim.statement ?? '',
    note: claim.note,
    grade: `${claim.grade.source}${claim.grade.info}`,
    grade_reason: claim.grade.reason,
    refers_precision: claim.refersTo.precision,
    reported_precision: claim.reportedOn.precision,
    refers_as_printed: claim.refersTo.asPrinted,
    reported_as_printed: claim.reportedOn.asPrinted,
    reports: carryingReports(claim, carriedBy).join('; '),
  };
}

const NUMBER_COLUMNS = new Set<string>(['low', 'high']);

/**
 * Rows of another kind in the same table (the view export's marks): their own columns after
 * the claim columns, which they leave empty. Every cell is text, defused like the claims'.
 */
export interface ExtraRows {
  columns: readonly string[];
  rows: readonly Readonly<Record<string, string>>[];
}

/**
 * Claims as CSV: header plus one row per claim, CRLF line ends (RFC 4180), `source`/`via` as
 * readable names joined with '; ', dates as ISO 8601 (see dateRefToIso).
 * @param ds - sources (for names)
 * @param claims - the claims to write, in order
 * @param extra - rows of another kind after the claims, with columns of their own (which the
 *   claim rows leave empty); none leaves the file as the claims alone make it
 * @returns the CSV text, ending with CRLF
 */
export function claimsToCsv(
  ds: Pick<ExportContext, 'sources' | 'carriedBy'>,
  claims: readonly Claim[],
  extra?: ExtraRows,
): string {
  const extraColumns = extra?.rows.length ? extra.columns : [];
  const columns = [...CSV_COLUMNS, ...extraColumns];
  const write = (cells: Readonly<Record<string, string>>) =>
    columns
      .map((column) => {
        const cell = cells[column] ?? '';
        return csvCell(NUMBER_COLUMNS.has(column) ? cell : defuseFormula(cell));
      })
      .join(',');
  const lines = [columns.join(',')];
  for (const claim of claims) lines.push(write(row(claim, ds.sources, ds.carriedBy)));
  if (extraColumns.length) for (const cells of extra?.rows ?? []) lines.push(write(cells));
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON download: claims with readable source names, and what they refer to. */
export interface ClaimsDocument {
  format: 'sitrep-claims';
  version: 1;
  reports: Report[];
  /** The sources the claims name, without their aliases (words to find them in articles). */
  sources: Omit<Source, 'aliases'>[];
  claims: (Claim & {
    sourceNames: string[];
    viaNames: string[];
    /** Every report that carried the claim, with its words; the first is `report`. */
    carriedBy: { report: string; quote: string }[];
  })[];
}

/**
 * Claims as a JSON document: the claims as stored (plus readable source/via names), the
 * reports they come from and the sources they name. Deterministic: no timestamps.
 * @param ds - sources and reports
 * @param claims - the claims to write, in order
 * @returns the document
 */
export function claimsDocument(ds: ExportContext, claims: readonly Claim[]): ClaimsDocument {
  const used = new Set(claims.flatMap((claim) => [...claim.source, ...claim.via]));
  const reportIds = new Set(claims.flatMap((claim) => carryingReports(claim, ds.carriedBy)));
  const nameOf = (id: string) => ds.sources.get(id)?.name ?? id;
  return {
    format: 'sitrep-claims',
    version: 1,
    reports: ds.reports.filter((report) => reportIds.has(report.id)),
    sources: [...ds.sources.values()]
      .filter((source) => used.has(source.id))
      .map((source) => {
        const { aliases, ...definition } = source;
        void aliases;
        return definition;
      }),
    claims: claims.map((claim) => ({
      ...claim,
      sourceNames: claim.source.map(nameOf),
      viaNames: claim.via.map(nameOf),
      carriedBy: ds.carriedBy?.get(claim.id)?.map(({ report, quote }) => ({ report, quote })) ?? [
        { report: claim.report, quote: claim.quote },
      ],
    })),
  };
}

/**
 * claimsDocument as text, two-space indented.
 * @param ds - sources and reports
 * @param claims - the claims to write
 * @returns JSON text ending with a newline
 */
export function claimsToJson(ds: ExportContext, claims: readonly Claim[]): string {
  return `${JSON.stringify(claimsDocument(ds, claims), null, 2)}\n`;
}
