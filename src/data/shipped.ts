/**
 * Report data as the build ships it: the report files, already validated by the build
 * (scripts/vite/claims.ts fails on any problem), written as compact JSON shards that the app
 * fetches beside its script. The app assembles its dataset from them without zod: no schema
 * code runs on the main thread for data the build has checked.
 *
 * This module imports types only from the schema, so the app chunk that reads shards does not
 * pull in zod for it.
 */
import type { Claim, Report, SitrepEvent, Source } from './schema';
import type { Carrier } from './carries';
import { loadTheatre, loadVocabulary } from './geodata';
import type { Theatre } from './theatre';
import type { Vocabulary } from './vocabulary';
import { assembleDataset, type Dataset } from './dataset';
import type { AreaShape } from './validate';

/** Format tag of a shard; bump when its shape changes. */
export const SHARD_FORMAT = 'sitrep-reports/1';

/** One validated report file, without `$schema` and its sources (shipped once, in the last shard). */
export interface ShippedReport {
  report: Report;
  claims: Omit<Claim, 'report'>[];
  events: Omit<SitrepEvent, 'report'>[];
}

/** One shard: a run of report files in file-name (so published-date) order. */
export interface ReportShard {
  format: typeof SHARD_FORMAT;
  /** Every source of every report, in definition order: in the first shard only. */
  sources: Source[];
  /** Claim id → the reports that carried it, as the build resolved them: first shard only. */
  carriedBy: [string, Carrier[]][];
  files: ShippedReport[];
}

/** Default shard size: about 1 MB of JSON, which parses in well under 50 ms. */
export const SHARD_BYTES = 1_000_000;

/**
 * Splits a dataset's valid reports into shards of about `maxBytes` of JSON each, keeping file
 * order, so each shard parses in its own short task.
 * @param ds - a dataset built by buildDataset (with no problems: the build checks that)
 * @param maxBytes - target size of a shard's JSON
 * @returns the shards' JSON texts, in order (at least one, maybe with no files)
 */
export function shardReports(ds: Dataset<AreaShape>, maxBytes = SHARD_BYTES): string[] {
  const byReport = new Map<string, ShippedReport>();
  for (const report of ds.reports) {
    byReport.set(report.id, { report, claims: [], events: [] });
  }
  for (const { report: id, ...claim } of ds.claims) byReport.get(id)?.claims.push(claim);
  for (const { report: id, ...event } of ds.events) byReport.get(id)?.events.push(event);
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const file of byReport.values()) {
    const text = JSON.stringify(file);
    if (current.length > 0 && size + text.length > maxBytes) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  // The sources and the carriers of every claim go with the last shard: the app requests the
  // first shard beside its script and the others after the first map (src/app/reportShards.ts),
  // so the first stays one shard of reports however many there are (at 1,000 reports the
  // carriers alone were 1.7 MB).
  const last = groups.length - 1;
  return groups.map((files, i) => {
    const sources = i === last ? JSON.stringify([...ds.sources.values()]) : '[]';
    const carried = i === last ? JSON.stringify([...ds.carriedBy.entries()]) : '[]';
    return `{"format":"${SHARD_FORMAT}","sources":${sources},"carriedBy":${carried},"files":[${files.join(',')}]}`;
  });
}

/**
 * Checks that parsed JSON is a shard this code reads (format tag and arrays). The content was
 * validated by the build; this guards against a stale or foreign file, with a clear message.
 * @param raw - parsed JSON
 * @param where - the file's name, for the message
 * @returns the shard
 * @throws Error naming the file when it is not a shard of this format
 */
export function readShard(raw: unknown, where: string): ReportShard {
  const shard = raw as Partial<ReportShard> | null;
  if (!shard || typeof shard !== 'object' || shard.format !== SHARD_FORMAT) {
    throw new Error(`${where} is not report data of format ${SHARD_FORMAT}`);
  }
  if (
    !Array.isArray(shard.files) ||
    !Array.isArray(shard.sources) ||
    !Array.isArray(shard.carriedBy)
  ) {
    throw new Error(`${where}: files, sources or carriedBy is not a list`);
  }
  for (const [i, file] of shard.files.entries()) {
    if (!file?.report || !Array.isArray(file.claims) || !Array.isArray(file.events)) {
      throw new Error(`${where}: files[${i}] is not a report`);
    }
  }
  return shard as ReportShard;
}

/**
 * The dataset from build-validated shards: the same shape buildDataset gives, without
 * validating again. Shards are taken in order.
 * @param shards - shards in order
 * @param areas - every area
 * @param situation - the theatre and its vocabulary (default: the bundled geodata files)
 * @returns the dataset (no problems: the build failed on any)
 */
export function datasetFromShards<A extends AreaShape>(
  shards: readonly ReportShard[],
  areas: readonly A[],
  situation: { theatre: Theatre; vocabulary: Vocabulary } = {
    theatre: loadTheatre(),
    vocabulary: loadVocabulary(),
  },
): Dataset<A> {
  const reports: Report[] = [];
  const sources = new Map<string, Source>();
  const claims: Claim[] = [];
  const events: SitrepEvent[] = [];
  const carriedBy = new Map<string, Carrier[]>();
  for (const shard of shards) {
    for (const [claimId, carriers] of shard.carriedBy) carriedBy.set(claimId, carriers);
    for (const source of shard.sources) if (!sources.has(source.id)) sources.set(source.id, source);
    for (const file of shard.files) {
      const id = file.report.id;
      reports.push(file.report);
      for (const claim of file.claims) claims.push({ ...claim, report: id });
      for (const event of file.events) events.push({ ...event, report: id });
    }
  }
  return assembleDataset({
    reports,
    sources,
    areas,
    claims,
    events,
    problems: [],
    vocabulary: situation.vocabulary,
    carriedBy,
    theatre: situation.theatre,
  });
}
