// Feature checks: type, id, properties (kept as data, never interpreted) and geometry.
import type { Feature, GeoJsonProperties, Geometry } from 'geojson';
import { checkBbox, checkGeometry } from './geometry';
import { isObject, quote, type Problems } from './problems';

/** Property keys refused anywhere in `properties`: they change how naive code reads objects. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/** Property names tried, in order, to name a feature in messages. */
const NAME_KEYS = ['name', 'title', 'label', 'NAME', 'Name'];

/** Counts of lenient fixes, turned into warnings once per file. */
export interface FeatureNotes {
  nullGeometry: number;
  missingProperties: number;
}

/**
 * Names a feature for messages: `Feature 3 (properties.name "Front line")`.
 *
 * @param feature - the feature as found in the file
 * @param subject - `Feature 3`, or `The feature` for a file holding one bare feature
 * @returns the label, with a short quoted name when the feature has one
 */
export function featureLabel(feature: unknown, subject: string): string {
  const properties = isObject(feature) ? feature.properties : undefined;
  if (!isObject(properties)) return subject;
  for (const key of NAME_KEYS) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') {
      return `${subject} (properties.${key} ${quote(value.trim())})`;
    }
  }
  return subject;
}

/** Finds a forbidden key at any depth of a properties value; depth is bounded by the scan. */
function findForbiddenKey(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const keyPath = /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${path}.${key}`
        : `${path}[${JSON.stringify(key)}]`;
      if (FORBIDDEN_KEYS.has(key)) return keyPath;
      const found = findForbiddenKey(value[key], keyPath);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Checks one feature and returns a clean copy: `type`, `id` if any, `properties` as found
 * (null when missing) and the checked geometry. Foreign members are dropped.
 *
 * @param problems - where problems are recorded
 * @param value - the feature as found in the file
 * @param label - how messages name it
 * @param path - JSONPath of the feature
 * @param exactPaths - false for TopoJSON (paths stop at the feature)
 * @param notes - counters for lenient fixes
 * @returns the feature, or null when problems were recorded
 */
export function checkFeature(
  problems: Problems,
  value: unknown,
  label: string,
  path: string,
  exactPaths: boolean,
  notes: FeatureNotes,
): Feature<Geometry | null> | null {
  const place = { problems, label, exactPaths };
  const at = (suffix: string) => (exactPaths ? path + suffix : path);
  if (!isObject(value)) {
    problems.add(`${label} is ${quote(value)} where a Feature object is expected.`, path);
    return null;
  }
  if (value.type !== 'Feature') {
    problems.add(`${label} has type ${quote(value.type)}; expected "Feature".`, at('.type'));
    return null;
  }
  let ok = true;
  const id = value.id;
  if (
    id !== undefined &&
    typeof id !== 'string' &&
    !(typeof id === 'number' && Number.isFinite(id))
  ) {
    problems.add(`${label}: its "id" is ${quote(id)}; an id must be text or a number.`, at('.id'));
    ok = false;
  }
  let properties: GeoJsonProperties = null;
  if (!('properties' in value)) {
    notes.missingProperties++;
  } else if (value.properties === null || isObject(value.properties)) {
    properties = value.properties;
    const forbidden = findForbiddenKey(properties, at('.properties'));
    if (forbidden) {
      const message = `${label}: a property is named "__proto__", which Sitrep refuses because it can change how programs read the data.`;
      problems.add(message, exactPaths ? forbidden : path);
      ok = false;
    }
  } else {
    problems.add(
      `${label}: its "properties" is ${quote(value.properties)}; expected an object or null.`,
      at('.properties'),
    );
    ok = false;
  }
  checkBbox(place, value, path);
  if (!('geometry' in value)) {
    problems.add(
      `${label} has no "geometry" member (use "geometry": null for a feature without a location).`,
      path,
    );
    return null;
  }
  if (value.geometry === null) {
    notes.nullGeometry++;
    return ok
      ? {
          type: 'Feature',
          ...(id === undefined ? {} : { id: id as string | number }),
          properties,
          geometry: null,
        }
      : null;
  }
  const geometry = checkGeometry(place, value.geometry, at('.geometry'));
  if (!ok || !geometry) return null;
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id: id as string | number }),
    properties,
    geometry,
  };
}
