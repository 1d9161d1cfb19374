// The one entry point for outside GeoJSON text: size, nesting, JSON syntax, then structure.
import type { Feature, Geometry } from 'geojson';
import { getIssues } from '@placemarkio/check-geojson';
import { checkFeature, featureLabel, type FeatureNotes } from './feature';
import { checkGeometry, GEOMETRY_TYPES } from './geometry';
import { describeJsonError, findExcessiveNesting, lineColumnAt } from './jsonText';
import {
  formatBytes,
  resolveLimits,
  type ValidationLimits,
  type ValidationOptions,
} from './limits';
import { isObject, Problems, quote, TooManyProblems } from './problems';
import { topologyFeatures, type SourcedFeature } from './topology';
import type { ValidationError, ValidationResult } from './types';

const WGS84_CRS = /(CRS84|EPSG::?4326)$/i;

function fail(message: string, path = '$'): ValidationResult {
  return { ok: false, errors: [{ message, path }] };
}

/** The features of a parsed GeoJSON document, each with its path and how to name it. */
function geoJsonFeatures(
  problems: Problems,
  root: Record<string, unknown>,
  limits: ValidationLimits,
): SourcedFeature[] | null {
  const type = root.type;
  if (type === 'FeatureCollection') {
    const features = root.features;
    if (!Array.isArray(features)) {
      problems.add(
        `The FeatureCollection's "features" is ${quote(features)}; expected a list of features.`,
        '$.features',
      );
      return null;
    }
    if (features.length > limits.maxFeatures) {
      problems.add(
        `The file has ${features.length.toLocaleString('en')} features; one layer may hold ` +
          `${limits.maxFeatures.toLocaleString('en')}. Split it and import the parts.`,
        '$.features',
      );
      return null;
    }
    return features.map((value: unknown, i) => ({
      value,
      path: `$.features[${i}]`,
      subject: `Feature ${i}`,
    }));
  }
  if (type === 'Feature') return [{ value: root, path: '$', subject: 'The feature' }];
  if (GEOMETRY_TYPES.includes(type as (typeof GEOMETRY_TYPES)[number])) {
    return [{ value: root, path: '$', subject: 'The geometry', geometryOnly: true }];
  }
  const expected =
    'FeatureCollection, Feature, a geometry type such as Polygon, or Topology (TopoJSON)';
  const found = type === undefined ? 'has no "type" member' : `has type ${quote(type)}`;
  problems.add(`The file ${found}; expected ${expected}.`, '$.type');
  return null;
}

/**
 * Issues check-geojson raises where Sitrep is deliberately lenient: a missing `properties` is
 * read as null, and foreign members (even confusing ones such as `properties` on a geometry)
 * are dropped from the clean copy, so they cannot change what is drawn.
 */
const LENIENT = [/properties member.*missing/, /cannot contain a member named/];

/**
 * Second opinion from @placemarkio/check-geojson on small texts (see limits). What it adds
 * beyond our checks is mainly duplicate keys in GeoJSON objects, which JSON.parse hides.
 */
function strictIssues(text: string): ValidationError[] {
  return getIssues(text)
    .filter((issue) => !LENIENT.some((pattern) => pattern.test(issue.message)))
    .slice(0, 5)
    .map((issue) => {
      const { line, column } = lineColumnAt(text, issue.from);
      return { message: `At line ${line}, column ${column}: ${issue.message}`, path: '$' };
    });
}

function warningsFrom(notes: FeatureNotes, total: number): string[] {
  const warnings: string[] = [];
  if (notes.nullGeometry > 0) {
    warnings.push(
      `${notes.nullGeometry} of ${total} features have no geometry; they are kept but not drawn.`,
    );
  }
  if (notes.missingProperties > 0) {
    warnings.push(
      `${notes.missingProperties} of ${total} features had no "properties" member; treated as null.`,
    );
  }
  return warnings;
}

/**
 * Validates GeoJSON (or TopoJSON) text from outside and returns a clean FeatureCollection, or
 * every reason (up to a cap) in plain words with a JSONPath. Never throws.
 *
 * Accepts a FeatureCollection, a bare Feature or Geometry (wrapped into a collection) and a
 * TopoJSON Topology (every object converted). Property values are kept as data, never
 * interpreted; foreign members are dropped. Features with `geometry: null` are kept (RFC 7946
 * allows them) with a warning.
 *
 * @param text - the file's text
 * @param options - limits overriding {@link DEFAULT_LIMITS}
 * @returns `{ ok: true, collection, stats, warnings }` or `{ ok: false, errors }`
 * @example
 * const result = validateGeoJsonText(await file.text());
 * if (!result.ok) showAlert(result.errors.map((e) => e.message));
 */
export function validateGeoJsonText(text: string, options?: ValidationOptions): ValidationResult {
  const limits = resolveLimits(options);
  try {
    return validate(text, limits);
  } catch (error) {
    // Nothing in the checks should throw; if something does, the analyst still gets a sentence.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail(`The file could not be checked (${detail.slice(0, 200)}).`);
  }
}

function validate(rawText: string, limits: ValidationLimits): ValidationResult {
  if (rawText.length > limits.maxFileBytes) {
    return fail(
      `The text is ${formatBytes(rawText.length)}; the largest file Sitrep imports is ${formatBytes(limits.maxFileBytes)}.`,
    );
  }
  // A UTF-8 byte order mark is allowed before JSON text (RFC 8259 §8.1); JSON.parse refuses it.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.trim() === '') return fail('The file is empty.');
  const deepAt = findExcessiveNesting(text, limits.maxDepth);
  if (deepAt >= 0) {
    const { line, column } = lineColumnAt(text, deepAt);
    return fail(
      `The file nests lists or objects more than ${limits.maxDepth} levels deep (at line ${line}, column ${column}); GeoJSON never needs that many.`,
    );
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, error));
  }
  if (!isObject(root))
    return fail(`The file holds ${quote(root)}; expected one GeoJSON object ({ "type": … }).`);
  const crsName =
    isObject(root.crs) && isObject(root.crs.properties) ? root.crs.properties.name : undefined;
  if (typeof crsName === 'string' && !WGS84_CRS.test(crsName)) {
    return fail(
      `The file declares the coordinate system ${quote(crsName)}; Sitrep reads only WGS 84 longitude/latitude (RFC 7946). Export it again as WGS 84 (EPSG:4326).`,
      '$.crs',
    );
  }

  const problems = new Problems(limits.maxErrors, limits.maxVertices);
  const notes: FeatureNotes = { nullGeometry: 0, missingProperties: 0 };
  const features: Feature<Geometry | null>[] = [];
  const isTopology = root.type === 'Topology';
  try {
    const sources = isTopology
      ? topologyFeatures(problems, root, limits.maxVertices)
      : geoJsonFeatures(problems, root, limits);
    if (!sources) return { ok: false, errors: problems.errors };
    if (sources.length > limits.maxFeatures) {
      return fail(
        `The file has ${sources.length.toLocaleString('en')} features; one layer may hold ${limits.maxFeatures.toLocaleString('en')}.`,
      );
    }
    for (const source of sources) {
      if (source.geometryOnly) {
        const place = { problems, label: source.subject, exactPaths: true };
        const geometry = checkGeometry(place, source.value, source.path);
        if (geometry) features.push({ type: 'Feature', properties: {}, geometry });
        continue;
      }
      const label = featureLabel(source.value, source.subject);
      const checked = checkFeature(problems, source.value, label, source.path, !isTopology, notes);
      if (checked) features.push(checked);
    }
  } catch (error) {
    if (!(error instanceof TooManyProblems)) throw error;
  }
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  if (features.length === 0)
    return fail(
      'The file contains no features, so there is nothing to show.',
      isTopology ? '$.objects' : '$.features',
    );

  if (!isTopology && text.length <= limits.strictCheckMaxBytes) {
    const issues = strictIssues(text);
    if (issues.length > 0) return { ok: false, errors: issues };
  }
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    stats: { features: features.length, vertices: problems.vertices, bbox: problems.bbox() },
    warnings: warningsFrom(notes, features.length),
  };
}
