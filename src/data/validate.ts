/**
 * Validation of report files and places. Every problem names its file and the field path
 * inside it ("claims[3] (c-…).area"), so a failing CI run says exactly what to fix.
 * Nothing here throws: bad input becomes a list of problems.
 */
import type { Feature, Geometry, Point } from 'geojson';
import { pointInArea } from '../geo/pointInArea';
import type { AreaGeometry, LngLat } from '../geo/types';
import type { z } from 'zod';
import { reportFileSchema, type ReportFile, type Source } from './schema';
import { VOCABULARY } from './metrics';
import type { Vocabulary } from './vocabulary';
import { SOURCE_REGISTRY, SOURCE_REGISTRY_FILE } from './sourceRegistry';
import { locate, type Problem, type ProblemCode } from './problem';

/** What a reference check needs to know of a source defined outside the file. */
export type KnownSources = ReadonlyMap<string, { kind: string }>;

export type { Problem, ProblemCode } from './problem';
export { formatProblem } from './problem';

/** A report file as read from disk or bundled by Vite: its path and parsed JSON. */
export interface ReportFileInput {
  name: string;
  json: unknown;
}

/** What validation needs to know about an area; its geometry comes as a separate feature. */
export interface AreaShape {
  id: string;
  parent: string | null;
}

/** Area id → the area's feature (polygon outline, or point for a settlement). */
export type AreaFeatures = ReadonlyMap<string, Feature<Geometry | null, unknown>>;

/** A field path as text: claims[3] (c-id).value.low; items of claims/events show their id. */
function pathText(path: readonly PropertyKey[], root?: unknown): string {
  let text = '';
  for (const [index, key] of path.entries()) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      if (index === 1) {
        const item = idAt(root, path[0], key);
        if (item) text += ` (${item})`;
      }
    } else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(file)' : text;
}

/** The `id` of root[list][index], when it is a string. */
function idAt(root: unknown, list: PropertyKey | undefined, index: number): string | undefined {
  if (typeof root !== 'object' || root === null || typeof list !== 'string') return undefined;
  const items: unknown = (root as Record<string, unknown>)[list];
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  const id: unknown =
    typeof item === 'object' && item !== null ? (item as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** A problem at a field path: the message names the path, `claim` and `field` locate it. */
function problemAt(
  file: string,
  path: readonly PropertyKey[],
  root: unknown,
  message: string,
  code: ProblemCode,
): Problem {
  return { file, message: `${pathText(path, root)}: ${message}`, ...locate(path), code };
}

function zodProblems(file: string, error: z.ZodError, root: unknown): Problem[] {
  return error.issues.map((issue) => problemAt(file, issue.path, root, issue.message, 'schema'));
}

/**
 * What to say of a source id that neither the registry nor the file defines.
 * @param id - the id
 * @returns the message, saying where a definition goes
 */
export function unknownSource(id: string): string {
  return `unknown source "${id}": it is not in ${SOURCE_REGISTRY_FILE}; add its definition there (or pick a source of the registry in the workbench, whose export defines a new one in "newSources")`;
}

/** A report file of the old format, which defined its own `sources`. */
function oldSourcesProblem(input: ReportFileInput): Problem | null {
  const json = input.json;
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'sources')) return null;
  return problemAt(
    input.name,
    ['sources'],
    json,
    `report files no longer define their sources; refer to ids of ${SOURCE_REGISTRY_FILE} and put definitions of sources it lacks there (or in "newSources")`,
    'old-format',
  );
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * Validates one report file on its own: the schema, its name, and every reference inside it
 * (areas, sources, via chains, event claims), metric/unit agreement, quotes carrying their
 * qualifier, and no date after the report's published date.
 * @param input - file name and parsed JSON
 * @param areaIds - ids of every known area
 * @param vocabulary - the measures and units claims may use (default: geodata/measures.json)
 * @param known - sources defined outside the file: the registry (default: geodata/sources.json)
 *   and, in the build, other reports' `newSources`
 * @returns the typed file when it is valid, and the problems found
 */
export function validateReportFile(
  input: ReportFileInput,
  areaIds: ReadonlySet<string>,
  vocabulary: Vocabulary = VOCABULARY,
  known: KnownSources = SOURCE_REGISTRY,
): { data: ReportFile | null; problems: Problem[] } {
  const old = oldSourcesProblem(input);
  if (old) return { data: null, problems: [old] };
  const parsed = reportFileSchema.safeParse(input.json);
  if (!parsed.success)
    return { data: null, problems: zodProblems(input.name, parsed.error, input.json) };
  const data = parsed.data;
  const problems: Problem[] = [];
  const add = (path: readonly PropertyKey[], message: string, code: ProblemCode) =>
    problems.push(problemAt(input.name, path, data, message, code));

  const { report } = data;
  if (baseName(input.name) !== `${report.id}.json`) {
    add(['report', 'id'], `"${report.id}" must equal the file name without .json`, 'report-id');
  }
  if (!report.id.startsWith(`${report.published}-`)) {
    add(['report', 'id'], `must start with the published date ${report.published}-`, 'report-id');
  }
  // The file's own definitions, looked up before the known ones. `known` is only looked up,
  // never copied: in the build it holds every report's new sources, and a copy per file made
  // the build quadratic in the number of reports (10,000 reports: 10^8 map entries).
  const own = new Map<string, { kind: string }>();
  (data.newSources ?? []).forEach((source: Source, i) => {
    if (own.has(source.id))
      add(['newSources', i, 'id'], `duplicate source id "${source.id}"`, 'duplicate-id');
    own.set(source.id, source);
  });
  const sourceKind = (id: string) => (own.get(id) ?? known.get(id))?.kind;
  const outletKind = sourceKind(report.outletSource);
  if (outletKind === undefined) {
    add(['report', 'outletSource'], unknownSource(report.outletSource), 'unknown-source');
  } else if (outletKind !== 'outlet' && outletKind !== 'media') {
    add(
      ['report', 'outletSource'],
      `"${report.outletSource}" is not a source of kind "outlet" or "media"`,
      'outlet-kind',
    );
  }
  const checkSources = (path: PropertyKey[], ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!own.has(id) && !known.has(id)) add([...path, i], unknownSource(id), 'unknown-source');
    });
  const checkArea = (path: PropertyKey[], id: string) => {
    if (!areaIds.has(id)) add(path, `unknown area "${id}"`, 'unknown-area');
  };
  const checkNotAfter = (path: PropertyKey[], end: string) => {
    if (end > report.published)
      add(path, `${end} is after the report's date ${report.published}`, 'after-published');
  };

  const ids = new Set<string>([report.id]);
  const claimIds = new Set<string>();
  data.claims.forEach((claim, i) => {
    const at = (...rest: PropertyKey[]) => ['claims', i, ...rest];
    if (ids.has(claim.id)) add(at('id'), `duplicate id "${claim.id}"`, 'duplicate-id');
    ids.add(claim.id);
    claimIds.add(claim.id);
    checkArea(at('area'), claim.area);
    checkSources(at('source'), claim.source);
    checkSources(at('via'), claim.via);
    checkNotAfter(at('refersTo', 'end'), claim.refersTo.end);
    checkNotAfter(at('reportedOn', 'end'), claim.reportedOn.end);
    const metric = vocabulary.measures.get(claim.metric);
    if (!metric) {
      add(
        at('metric'),
        `unknown measure "${claim.metric}" (add it to geodata/measures.json)`,
        'unknown-measure',
      );
    } else if (claim.value === null) {
      if (!claim.statement)
        add(at('statement'), 'is required when value is null', 'statement-required');
    } else if (metric.kind === 'statement') {
      add(
        at('value'),
        `must be null: "${claim.metric}" is a statement metric`,
        'value-not-allowed',
      );
    } else {
      if (claim.value.unit !== metric.unit) {
        add(
          at('value', 'unit'),
          `"${claim.value.unit}" but ${claim.metric} is in ${metric.unit}`,
          'unit-mismatch',
        );
      }
      const qualifier = claim.value.qualifier.toLowerCase();
      if (qualifier !== '' && !claim.quote.toLowerCase().includes(qualifier)) {
        add(
          at('quote'),
          `must contain the qualifier "${claim.value.qualifier}" as printed`,
          'qualifier-not-quoted',
        );
      }
    }
  });
  (data.carries ?? []).forEach((carry, i) => {
    if (claimIds.has(carry.claim))
      add(
        ['carries', i, 'claim'],
        `"${carry.claim}" is a claim of this file, not a repeated one`,
        'carries-own-claim',
      );
    checkSources(['carries', i, 'via'], carry.via);
  });
  data.events.forEach((event, i) => {
    const at = (...rest: PropertyKey[]) => ['events', i, ...rest];
    if (ids.has(event.id)) add(at('id'), `duplicate id "${event.id}"`, 'duplicate-id');
    ids.add(event.id);
    checkArea(at('area'), event.area);
    checkSources(at('sources'), event.sources);
    checkNotAfter(at('date', 'end'), event.date.end);
    event.claims.forEach((id, j) => {
      if (!claimIds.has(id))
        add(at('claims', j), `unknown claim "${id}" (not in this file)`, 'unknown-claim');
    });
  });
  return { data: problems.length === 0 ? data : null, problems };
}

function polygonOf(id: string, features: AreaFeatures): Feature<AreaGeometry> | null {
  const geometry = features.get(id)?.geometry;
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon'
    ? { type: 'Feature', properties: {}, geometry }
    : null;
}

/**
 * Whether a point lies outside the nearest polygon on the way up from an area (the area
 * itself, else its parent, and so on).
 * @returns the id of the area it lies outside, or null when inside or nothing to test
 */
function pointOutside(
  point: Point,
  areaId: string,
  areas: ReadonlyMap<string, AreaShape>,
  features: AreaFeatures,
): string | null {
  const seen = new Set<string>();
  let area = areas.get(areaId);
  while (area && !seen.has(area.id)) {
    const polygon = polygonOf(area.id, features);
    if (polygon) return pointInArea(point.coordinates as LngLat, polygon) ? null : area.id;
    seen.add(area.id);
    area = area.parent === null ? undefined : areas.get(area.parent);
  }
  return null;
}

/**
 * Checks that every place lies inside the area it says it is in (turf point-in-polygon), and
 * that every point area (a village such as nikolske) lies inside its parent. When the named
 * area is itself a point, the check uses the nearest polygonal ancestor.
 * @param places - place features with properties {id, area}
 * @param areas - every area
 * @param areaFeatures - each area's feature, by area id
 * @param placesFile - file name for messages
 * @param areasFile - file name for messages
 * @returns the problems found
 */
export function validatePlaces(
  places: readonly Feature<Geometry | null, { id?: unknown; area?: unknown } | null>[],
  areas: readonly AreaShape[],
  areaFeatures: AreaFeatures,
  placesFile = 'geodata/places.geojson',
  areasFile = 'geodata/areas.json',
): Problem[] {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const problems: Problem[] = [];
  areas.forEach((area, i) => {
    if (area.parent !== null && !byId.has(area.parent)) {
      problems.push({ file: areasFile, message: `[${i}] (${area.id}).parent: unknown area` });
    }
    const geometry = areaFeatures.get(area.id)?.geometry;
    if (geometry?.type !== 'Point' || area.parent === null) return;
    const outside = pointOutside(geometry, area.parent, byId, areaFeatures);
    if (outside) {
      problems.push({
        file: areasFile,
        message: `[${i}] (${area.id}).geometry: point lies outside its parent area "${outside}"`,
      });
    }
  });
  places.forEach((place, i) => {
    const id = String(place.properties?.id ?? i);
    const areaId = place.properties?.area;
    if (areaId === null || areaId === undefined) return;
    const at = `features[${i}] (${id})`;
    if (typeof areaId !== 'string' || !byId.has(areaId)) {
      problems.push({ file: placesFile, message: `${at}.properties.area: unknown area` });
      return;
    }
    if (place.geometry?.type !== 'Point') return;
    const outside = pointOutside(place.geometry, areaId, byId, areaFeatures);
    if (outside) {
      problems.push({
        file: placesFile,
        message: `${at}.geometry: point lies outside area "${outside}" it says it is in`,
      });
    }
  });
  return problems;
}
