/**
 * From a workbench draft to a report file (geodata/reports/<published>-<slug>.json), and back.
 * The article text is never part of the file. Validation is the build's own: the zod schema
 * and cross-checks of data/validate.ts, plus the checks across files that data/dataset.ts
 * makes (ids used by another report, a source defined differently).
 */
import { reportFileSchema, type ReportFile, type Source } from '../data/schema';
import { validateReportFile } from '../data/validate';
import { locate, type Problem, type ProblemCode } from '../data/problem';
import type { Draft, DraftClaim, DraftEvent, DraftSource } from './draft';
import { undated } from './parse/dates';

/** Stands in a draft's `via` for the report's own outlet, whose id follows the metadata. */
export const OUTLET_TOKEN = '(outlet)';

/** A slug from words: lower case, ASCII letters and digits, single hyphens, at most 60 chars. */
export function slugify(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function reportIdOf(draft: Draft): string {
  return `${draft.meta.published}-${draft.meta.slug}`;
}

/** The id of a report's own outlet stand-in (kind 'outlet'), used when no outlet is picked. */
export function standInOutletId(reportId: string): string {
  return `outlet-${reportId}`.slice(0, 120).replace(/-+$/, '');
}

/** The outlet's source id: the one picked from the registry, else this report's stand-in. */
export function outletIdOf(draft: Draft): string {
  return draft.meta.outletSource?.trim() || standInOutletId(reportIdOf(draft));
}

/** A number typed in a form: '' → null; '12,000' → 12000; anything else → NaN (the schema names it). */
function numberOf(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** True for drafted words that repeat a published claim (exported under `carries`). */
export function isCarried(claim: DraftClaim): boolean {
  return (claim.carries ?? '').trim() !== '';
}

/**
 * Where the draft's claim `i` lands in the file: its index in `claims` (or in `carries`, for a
 * carried one), so the build's problems ("claims[2]…") can be shown on the right editor.
 */
export function fileIndexOf(draft: Draft, i: number): number {
  const carried = draft.claims[i] ? isCarried(draft.claims[i]) : false;
  return draft.claims.slice(0, i).filter((c) => isCarried(c) === carried).length;
}

function carryOf(claim: DraftClaim, draft: Draft): Record<string, unknown> {
  const outlet = outletIdOf(draft);
  return {
    claim: (claim.carries ?? '').trim(),
    quote: claim.quote,
    via: claim.via.map((id) => (id === OUTLET_TOKEN ? outlet : id)),
    ...(claim.note.trim() ? { note: claim.note } : {}),
  };
}

function claimOf(claim: DraftClaim, index: number, draft: Draft): Record<string, unknown> {
  const low = numberOf(claim.low);
  const high = numberOf(claim.high) ?? low;
  const outlet = outletIdOf(draft);
  const value =
    low === null
      ? null
      : { low, high, unit: claim.unit, qualifier: claim.qualifier.trim().toLowerCase() };
  return {
    id: `c-${reportIdOf(draft)}-${index + 1}`,
    area: claim.area,
    metric: claim.metric,
    value,
    refersTo: claim.refersTo,
    reportedOn: claim.reportedOn,
    source: claim.source.map((id) => (id === OUTLET_TOKEN ? outlet : id)),
    via: claim.via.map((id) => (id === OUTLET_TOKEN ? outlet : id)),
    quote: claim.quote,
    note: claim.note,
    grade: { source: claim.gradeSource, info: claim.gradeInfo, reason: claim.gradeReason },
    ...(value === null || claim.statement.trim() ? { statement: claim.statement } : {}),
  };
}

/**
 * An event as the file holds it: `e-<report id>-<n>`, its sources with the outlet's id, and
 * the ids of the draft's own claims it links (a link to a removed or carried claim is dropped).
 */
function eventOf(event: DraftEvent, index: number, draft: Draft): Record<string, unknown> {
  const outlet = outletIdOf(draft);
  const claimIds = new Map(
    draft.claims.flatMap((c, i) =>
      isCarried(c) ? [] : [[c.key, `c-${reportIdOf(draft)}-${fileIndexOf(draft, i) + 1}`]],
    ),
  );
  return {
    id: `e-${reportIdOf(draft)}-${index + 1}`,
    date: event.date,
    area: event.area,
    title: event.title.trim(),
    sources: event.sources.map((id) => (id === OUTLET_TOKEN ? outlet : id)),
    claims: event.claims.flatMap((key) => claimIds.get(key) ?? []),
  };
}

function sourceOf(source: DraftSource): Source {
  const aliases = (source.aliases ?? []).map((a) => a.trim()).filter(Boolean);
  const note = source.note?.trim();
  return {
    id: source.id,
    name: source.name,
    shortName: source.shortName,
    kind: source.kind as Source['kind'],
    country: source.country.trim() === '' ? null : source.country.trim().toUpperCase(),
    party: source.party,
    aliases,
    ...(note ? { note } : {}),
  };
}

/**
 * The report file a draft exports to (not yet validated). Sources of the registry
 * (geodata/sources.json) and of published reports are referred to by id only; the sources
 * this draft adds, and its outlet when new, are defined in `newSources`, which the build
 * merges into the registry's (so the file is committed as it is).
 * @param draft - the workbench draft
 * @param known - every source the published data defines, by id (the registry's and those of
 *   published reports' `newSources`)
 * @returns the file's JSON object
 */
export function reportFileOf(draft: Draft, known: ReadonlyMap<string, Source>): unknown {
  const { meta } = draft;
  const id = reportIdOf(draft);
  // The stand-in, when the analyst picked no outlet from the registry.
  const outlet: Source = {
    id: standInOutletId(id),
    name: `${meta.outlet.trim() || 'Unnamed outlet'} (publisher of this report)`,
    shortName: meta.outlet.trim().slice(0, 60) || 'Report outlet',
    kind: 'outlet',
    country: null,
    party: false,
    aliases: [],
  };
  const picked = meta.outletSource?.trim() ?? '';
  const used = new Set([
    ...draft.claims.flatMap((c) => (isCarried(c) ? c.via : [...c.source, ...c.via])),
    ...(draft.events ?? []).flatMap((e) => e.sources),
    picked,
  ]);
  const own = draft.sources.filter((s) => used.has(s.id)).map(sourceOf);
  const newSources = [...(picked || known.has(outlet.id) ? [] : [outlet]), ...own];
  return {
    $schema: './report.schema.json',
    report: {
      id,
      title: meta.title,
      outlet: meta.outlet,
      outletSource: picked || outlet.id,
      dateline: meta.dateline,
      published: meta.published,
      editor: meta.editor.trim() === '' ? null : meta.editor,
      url: meta.url.trim() === '' ? null : meta.url.trim(),
      language: meta.language,
      // The article stays in this browser; `report.text` says where its text lives beside the
      // repository when the analyst gives it. Left out, its quotes (exact by construction here)
      // are listed as not verified, as the schema intends.
      ...(meta.text?.trim() ? { text: meta.text.trim() } : {}),
      ...(meta.note?.trim() ? { note: meta.note.trim() } : {}),
    },
    ...(newSources.length > 0 ? { newSources } : {}),
    claims: draft.claims.flatMap((claim, i) =>
      isCarried(claim) ? [] : [claimOf(claim, fileIndexOf(draft, i), draft)],
    ),
    ...(draft.claims.some(isCarried)
      ? { carries: draft.claims.filter(isCarried).map((claim) => carryOf(claim, draft)) }
      : {}),
    events: (draft.events ?? []).map((event, i) => eventOf(event, i, draft)),
  };
}

/** What the published data says that the checks across files need. */
export interface PublishedIds {
  reportIds: ReadonlySet<string>;
  claimIds: ReadonlySet<string>;
  sources: ReadonlyMap<string, Source>;
  areaIds: ReadonlySet<string>;
}

/**
 * Validates the file a draft exports to, exactly as the build would with it in
 * geodata/reports/: schema, in-file cross-checks, then clashes with the published files.
 * @returns the problems: each names its field in words ("claims[2] (c-…).area: unknown
 *   area") and carries where it is (`claim`, `field`) and what it is (`code`)
 */
export function validateDraft(draft: Draft, published: PublishedIds): Problem[] {
  const json = reportFileOf(draft, published.sources);
  const name = `geodata/reports/${reportIdOf(draft)}.json`;
  const { data, problems } = validateReportFile(
    { name, json },
    published.areaIds,
    undefined,
    published.sources,
  );
  const clash = (path: PropertyKey[], message: string, code: ProblemCode) =>
    problems.push({ file: name, message, ...locate(path), code });
  // Said even while other fields have problems: the preview and the export wait on it alone.
  if (published.reportIds.has(reportIdOf(draft))) {
    const message = `report.id: "${reportIdOf(draft)}" is already a published report`;
    clash(['report', 'id'], message, 'already-published');
  }
  if (!data) return problems.map((problem) => inDraft(problem, draft));
  data.claims.forEach((claim, i) => {
    if (published.claimIds.has(claim.id)) {
      const message = `claims[${i}].id: "${claim.id}" is already used`;
      clash(['claims', i, 'id'], message, 'already-published');
    }
  });
  (data.carries ?? []).forEach((carry, i) => {
    if (!published.claimIds.has(carry.claim)) {
      const message = `carries[${i}].claim: "${carry.claim}" is not a published claim`;
      clash(['carries', i, 'claim'], message, 'unknown-claim');
    }
  });
  (data.newSources ?? []).forEach((source, i) => {
    if (published.sources.has(source.id)) {
      const message = `newSources[${i}] (${source.id}).id: "${source.id}" is already a known source; pick it from the registry, or give the new source another id`;
      clash(['newSources', i, 'id'], message, 'already-published');
    }
  });
  return problems.map((problem) => inDraft(problem, draft));
}

/**
 * A problem of the exported file, told of the draft's claim it is about: `claims[k]` and
 * `carries[k]` of the file are the k-th own and k-th carried claim of the draft, and the
 * workbench shows each under that claim (`claim` is then the draft's index).
 */
function inDraft(problem: Problem, draft: Draft): Problem {
  const indexes = (carried: boolean) =>
    draft.claims.flatMap((c, i) => (isCarried(c) === carried ? [i] : []));
  if (problem.claim !== undefined) return { ...problem, claim: indexes(false)[problem.claim] };
  const carry = /^carries\[(\d+)\](?:\.(.*))?$/.exec(problem.field ?? '');
  if (!carry) return problem;
  return { ...problem, claim: indexes(true)[Number(carry[1])], field: carry[2] ?? '' };
}

/** The `carries` of a report file as draft claims: quote, via and note, no figure of their own. */
function carriedDrafts(file: ReportFile): DraftClaim[] {
  return (file.carries ?? []).map((carry, i) => ({
    key: `k${i}`,
    anchor: null,
    metric: '',
    metricCandidates: [],
    area: '',
    areaCandidates: [],
    low: '',
    high: '',
    unit: '',
    qualifier: '',
    statement: '',
    refersTo: undated(file.report.published),
    reportedOn: undated(file.report.published),
    dateCandidates: [],
    source: [],
    sourceCandidates: [],
    via: carry.via.map((id) => (id === file.report.outletSource ? OUTLET_TOKEN : id)),
    quote: carry.quote,
    note: carry.note ?? '',
    gradeSource: '',
    gradeInfo: '',
    gradeReason: '',
    carries: carry.claim,
  }));
}

/**
 * A file exported before the source registry defined every source it named in `sources`: the
 * known ones become references, the others `newSources`, so it opens as a current export.
 */
function upgradeSources(json: unknown, known: ReadonlyMap<string, Source>): unknown {
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'sources')) return json;
  const { sources, ...rest } = json as { sources: unknown };
  if (!Array.isArray(sources)) return json;
  const fresh = (sources as unknown[]).filter(
    (s) => !(typeof s === 'object' && s !== null && known.has(String((s as { id?: unknown }).id))),
  );
  return fresh.length > 0 ? { ...rest, newSources: fresh } : rest;
}

/**
 * Turns an exported report file back into a draft, to continue editing. The article text is
 * not in the file: the claims come back with their quotes but without anchors.
 * @param json - the parsed file
 * @param known - published sources (those are not copied into the draft's own sources)
 * @returns the draft, or a message naming what is wrong with the file
 */
export function draftFromReportFile(
  json: unknown,
  known: ReadonlyMap<string, Source>,
): { draft: Draft } | { error: string } {
  const parsed = reportFileSchema.safeParse(upgradeSources(json, known));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `Not a report file: ${issue?.path.join('.') || '(file)'}: ${issue?.message}` };
  }
  const file: ReportFile = parsed.data;
  const { report } = file;
  const standIn = report.outletSource === standInOutletId(report.id);
  const fromFile = (id: string) => (id === report.outletSource ? OUTLET_TOKEN : id);
  const draft: Draft = {
    id: `report:${report.id}`,
    text: '',
    fileName: `${report.id}.json`,
    meta: {
      title: report.title,
      outlet: report.outlet,
      published: report.published,
      dateline: report.dateline,
      url: report.url ?? '',
      language: report.language,
      editor: report.editor ?? '',
      slug: report.id.slice(report.published.length + 1),
      text: report.text ?? '',
      note: report.note ?? '',
      outletSource: standIn ? '' : report.outletSource,
    },
    sources: (file.newSources ?? [])
      .filter((s) => !(standIn && s.id === report.outletSource) && !known.has(s.id))
      .map((s) => ({ ...s, country: s.country ?? '', note: s.note ?? '' })),
    claims: [
      ...file.claims.map((c, i) => ({
        key: `r${i}`,
        anchor: null,
        metric: c.metric,
        metricCandidates: [],
        area: c.area,
        areaCandidates: [],
        low: c.value ? String(c.value.low) : '',
        high: c.value ? String(c.value.high) : '',
        unit: c.value?.unit ?? '',
        qualifier: c.value?.qualifier ?? '',
        statement: c.statement ?? '',
        refersTo: c.refersTo,
        reportedOn: c.reportedOn ?? undated(report.published),
        dateCandidates: [],
        source: c.source.map(fromFile),
        sourceCandidates: [],
        via: c.via.map(fromFile),
        quote: c.quote,
        note: c.note,
        gradeSource: c.grade.source,
        gradeInfo: c.grade.info,
        gradeReason: c.grade.reason,
      })),
      ...carriedDrafts(file),
    ],
    events: file.events.map((e, i) => ({
      key: `e${i}`,
      anchor: null,
      title: e.title,
      date: e.date,
      dateCandidates: [],
      area: e.area,
      areaCandidates: [],
      sources: e.sources.map(fromFile),
      sourceCandidates: [],
      // The claims keep their order and keys r<i>, so a link finds its claim again.
      claims: e.claims.flatMap((id) => {
        const at = file.claims.findIndex((c) => c.id === id);
        return at < 0 ? [] : [`r${at}`];
      }),
    })),
    updatedAt: new Date().toISOString(),
  };
  return { draft };
}
