/**
 * Builds a dataset from report files that have not been checked yet: the build (which then
 * ships the result as JSON shards, read by shipped.ts without any check), the tests and the
 * workbench's preview. Each file is validated with zod (validate.ts); a file that fails is
 * listed in `problems` and left out, the rest keeps working. The dashboard never imports this
 * module, so the schema library stays out of its first map.
 */
import type { Feature, Geometry } from 'geojson';
import type { Claim, Report, SitrepEvent, Source } from './schema';
import { VOCABULARY } from './metrics';
import type { Vocabulary } from './vocabulary';
import { resolveCarries, type CarryInput } from './carries';
import { SOURCE_REGISTRY, SOURCE_REGISTRY_FILE } from './sourceRegistry';
import {
  validatePlaces,
  validateReportFile,
  type AreaFeatures,
  type AreaShape,
  type Problem,
  type ReportFileInput,
} from './validate';
import { areaFeature, loadTheatre, type Area, type Basemap } from './geodata';
import type { PlacesCollection, Theatre } from './theatre';
import { assembleDataset, type Dataset } from './dataset';

/** What the place checks need besides the areas. */
export interface GeoInputs {
  /** Place features, properties {id, area}. */
  places: readonly Feature<Geometry | null, { id?: unknown; area?: unknown } | null>[];
  /** Each area's feature by area id. */
  areaFeatures: AreaFeatures;
}

const SAME_SOURCE_KEYS = ['name', 'shortName', 'kind', 'country', 'party'] as const;

/**
 * Source ids the reports define in `newSources`, read before validation, so that a report may
 * name a source another report defines, whatever their order. Only the id and kind matter
 * here; each definition is checked with its own file.
 */
function newSourceIds(files: readonly ReportFileInput[], registry: ReadonlyMap<string, Source>) {
  const known = new Map<string, { kind: string }>(registry);
  for (const file of files) {
    const list: unknown =
      typeof file.json === 'object' && file.json !== null
        ? (file.json as { newSources?: unknown }).newSources
        : undefined;
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { id, kind } = item as { id?: unknown; kind?: unknown };
      if (typeof id === 'string' && !known.has(id)) known.set(id, { kind: String(kind) });
    }
  }
  return known;
}

/**
 * Builds the dataset from report files: validates each, checks ids are unique across files
 * and that sources a report defines (`newSources`) are new and agree across reports, then
 * indexes what is valid. Pure; used by the build plugin, the tests and the workbench (the
 * dashboard reads the build's shards instead).
 * @param files - report files (name relative to the project root, parsed JSON)
 * @param areas - every area
 * @param geo - places and area features, for the point-in-area checks (skipped when absent)
 * @param vocabulary - measures and units (default: the shipped geodata/measures.json)
 * @param registry - the source registry (default: the shipped geodata/sources.json)
 * @param theatre - places, routes and cross-checks (default: the bundled geodata/theatre.json)
 * @returns the dataset, with `problems` listing what was skipped and why
 */
export function buildDataset<A extends AreaShape>(
  files: readonly ReportFileInput[],
  areas: readonly A[],
  geo?: GeoInputs,
  vocabulary: Vocabulary = VOCABULARY,
  registry: ReadonlyMap<string, Source> = SOURCE_REGISTRY,
  theatre: Theatre = loadTheatre(),
): Dataset<A> {
  const areaIds = new Set(areas.map((area) => area.id));
  const problems: Problem[] = [];
  const idOwner = new Map<string, string>();
  // Every source of the registry, in its order, then those the reports define.
  const sources = new Map<string, Source>(registry);
  const sourceOwner = new Map<string, string>();
  const known = newSourceIds(files, registry);
  const reports: Report[] = [];
  const claims: Claim[] = [];
  const events: SitrepEvent[] = [];
  const carryInputs: CarryInput[] = [];

  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const result = validateReportFile(file, areaIds, vocabulary, known);
    if (!result.data) {
      problems.push(...result.problems);
      continue;
    }
    const data = result.data;
    const clashes: Problem[] = [];
    const ids: [string, string][] = [
      ['report.id', data.report.id],
      ...data.claims.map((c, i): [string, string] => [`claims[${i}].id`, c.id]),
      ...data.events.map((e, i): [string, string] => [`events[${i}].id`, e.id]),
    ];
    for (const [path, id] of ids) {
      const owner = idOwner.get(id);
      if (owner)
        clashes.push({ file: file.name, message: `${path}: "${id}" is already used in ${owner}` });
    }
    (data.newSources ?? []).forEach((source, i) => {
      const at = `newSources[${i}] (${source.id})`;
      if (registry.has(source.id)) {
        clashes.push({
          file: file.name,
          message: `${at}: already defined in ${SOURCE_REGISTRY_FILE}; remove it here and refer to it by id`,
        });
        return;
      }
      const other = sources.get(source.id);
      const differs = other && SAME_SOURCE_KEYS.find((key) => other[key] !== source[key]);
      if (differs) {
        clashes.push({
          file: file.name,
          message: `${at}.${differs}: differs from its definition in ${sourceOwner.get(source.id) ?? '?'}`,
        });
      }
    });
    if (clashes.length > 0) {
      problems.push(...clashes);
      continue;
    }
    for (const [, id] of ids) idOwner.set(id, file.name);
    for (const source of data.newSources ?? []) {
      if (!sources.has(source.id)) {
        sources.set(source.id, source);
        sourceOwner.set(source.id, file.name);
      }
    }
    reports.push(data.report);
    claims.push(...data.claims.map((claim) => ({ ...claim, report: data.report.id })));
    events.push(...data.events.map((event) => ({ ...event, report: data.report.id })));
    carryInputs.push({ file: file.name, report: data.report.id, carries: data.carries ?? [] });
  }
  const carries = resolveCarries(claims, reports, carryInputs);
  problems.push(...carries.problems);
  if (geo) problems.push(...validatePlaces(geo.places, areas, geo.areaFeatures));

  return assembleDataset({
    reports,
    sources,
    areas,
    claims,
    events,
    problems,
    vocabulary,
    carriedBy: carries.carriedBy,
    theatre,
  });
}

/**
 * Places and area features for the point-in-area checks.
 * @param areas - every area
 * @param basemap - decoded basemap outlines
 * @param places - the theatre's places (default: the bundled geodata/places.geojson)
 * @returns the inputs buildDataset checks places with
 */
export function geoInputs(
  areas: readonly Area[],
  basemap: Basemap,
  places: PlacesCollection = loadTheatre().places,
): GeoInputs {
  const areaFeatures = new Map<string, Feature<Geometry | null, unknown>>();
  for (const area of areas) {
    try {
      areaFeatures.set(area.id, areaFeature(area, basemap, places));
    } catch {
      // An area without geometry is reported by the geodata checks; nothing to test here.
    }
  }
  return { places: places.features, areaFeatures };
}
