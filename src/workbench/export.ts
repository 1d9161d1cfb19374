/**
 * From a workbench draft to a report file (geodata/reports/<published>-<slug>.json), and back.
 * The article text is never part of the file. Validation is the build's own: the zod schema
 * and cross-checks of data/validate.ts, plus the checks across files that data/dataset.ts
 * makes (ids used by another report, a source defined differently).
 */
import { reportFileSchema, type ReportFile, type Source } from '../data/schema';
import { validateReportFile } from '../data/validate';
import { locate, type Problem, type ProblemCode } from '../data/problem';
import type { Draft, DraftClaim, DraftSource } from './draft';
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

export function outletIdOf(draft: Draft): string {
  return `outlet-${reportIdOf(draft)}`.slice(0, 120).replace(/-+$/, '');
}

/** A number typed in a form: '' → null; '12,000' → 12000; anything else → NaN (the schema names it). */
function numberOf(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
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
    source: claim.source,
    via: claim.via.map((id) => (id === OUTLET_TOKEN ? outlet : id)),
    quote: claim.quote,
    note: claim.note,
    grade: { source: claim.gradeSource, info: claim.gradeInfo, reason: claim.gradeReason },
    ...(value === null || claim.statement.trim() ? { statement: claim.statement } : {}),
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
  const outlet: Source = {
    id: outletIdOf(draft),
    name: `${meta.outlet.trim() || 'Unnamed outlet'} (publisher of this report)`,
    shortName: meta.outlet.trim().slice(0, 60) || 'Report outlet',
    kind: 'outlet',
    country: null,
    party: false,
    aliases: [],
  };
  const used = new Set(draft.claims.flatMap((c) => [...c.source, ...c.via]));
  const own = draft.sources.filter((s) => used.has(s.id)).map(sourceOf);
  const newSources = [...(known.has(outlet.id) ? [] : [outlet]), ...own];
  return {
    $schema: './report.schema.json',
    report: {
      id,
      title: meta.title,
      outlet: meta.outlet,
      outletSource: outlet.id,
      dateline: meta.dateline,
      published: meta.published,
      editor: meta.editor.trim() === '' ? null : meta.editor,
      url: meta.url.trim() === '' ? null : meta.url.trim(),
      language: meta.language,
      // `report.text` is left out: the article stays in this browser, and where its text will
      // live beside the repository is for whoever adds the file to say. Until then its quotes
      // (exact by construction here) are listed as not verified, as the schema intends.
    },
    ...(newSources.length > 0 ? { newSources } : {}),
    claims: draft.claims.map((claim, i) => claimOf(claim, i, draft)),
    events: [],
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
  if (!data) return problems;
  const clash = (path: PropertyKey[], message: string, code: ProblemCode) =>
    problems.push({ file: name, message, ...locate(path), code });
  if (published.reportIds.has(data.report.id)) {
    const message = `report.id: "${data.report.id}" is already a published report`;
    clash(['report', 'id'], message, 'already-published');
  }
  data.claims.forEach((claim, i) => {
    if (published.claimIds.has(claim.id)) {
      const message = `claims[${i}].id: "${claim.id}" is already used`;
      clash(['claims', i, 'id'], message, 'already-published');
    }
  });
  (data.newSources ?? []).forEach((source, i) => {
    if (published.sources.has(source.id)) {
      const message = `newSources[${i}] (${source.id}).id: "${source.id}" is already a known source; pick it from the registry, or give the new source another id`;
      clash(['newSources', i, 'id'], message, 'already-published');
    }
  });
  return problems;
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
    },
    sources: (file.newSources ?? [])
      .filter((s) => s.id !== report.outletSource && !known.has(s.id))
      .map((s) => ({ ...s, country: s.country ?? '', note: s.note ?? '' })),
    claims: file.claims.map((c, i) => ({
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
      source: c.source,
      sourceCandidates: [],
      via: c.via.map((id) => (id === report.outletSource ? OUTLET_TOKEN : id)),
      quote: c.quote,
      note: c.note,
      gradeSource: c.grade.source,
      gradeInfo: c.grade.info,
      gradeReason: c.grade.reason,
    })),
    updatedAt: new Date().toISOString(),
  };
  return { draft };
}
