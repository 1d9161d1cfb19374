// Every fixture under tests/fixtures/geojson/{invalid,valid}: each malformed file is refused with
// a distinctive message and path, each valid one accepted. Adding a fixture without a row fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGeoJsonText } from '../../../src/data/userLayers/validate';

const FIXTURES = join(import.meta.dirname, '../../fixtures/geojson');

/** file name → [a distinctive part of the first message, the first error's path]. */
const INVALID: Record<string, [string, string]> = {
  'bbox-wrong-length.geojson': ['is not a list of 4 (or 6) numbers', '$.features[0].bbox'],
  'boolean-coordinate.geojson': [
    'has true where a number is expected',
    '$.features[0].geometry.coordinates',
  ],
  'comments-in-json.geojson': ['not valid JSON at line 2, column 3', '$'],
  'duplicate-keys.geojson': ['Duplicate properties are ambiguous', '$'],
  'empty-feature-collection.geojson': ['contains no features', '$.features'],
  'empty-file.geojson': ['The file is empty', '$'],
  'feature-collection-features-not-array.geojson': [
    '"features" is an object; expected a list',
    '$.features',
  ],
  'feature-has-geometry-type.geojson': [
    'Feature 0 has type "Point"; expected "Feature"',
    '$.features[0].type',
  ],
  'feature-missing-geometry.geojson': [
    '(properties.name "Nikolske") has no "geometry" member',
    '$.features[0]',
  ],
  'feature-not-object.geojson': [
    'Feature 1 is 42 where a Feature object is expected',
    '$.features[1]',
  ],
  'features-null.geojson': ['"features" is null', '$.features'],
  'geojson-sequence.geojson': ['not valid JSON at line 2, column 1', '$'],
  'geometry-is-wkt-string.geojson': [
    'its geometry is "POINT(37.5 48.0)"',
    '$.features[0].geometry',
  ],
  'geometry-lowercase-type.geojson': [
    'has type "polygon"; expected one of Point',
    '$.features[0].geometry.type',
  ],
  'geometry-missing-coordinates.geojson': [
    'its Polygon has no "coordinates" member',
    '$.features[0].geometry',
  ],
  'geometry-unknown-type.geojson': ['has type "Circle"', '$.features[0].geometry.type'],
  'geometrycollection-bad-member.geojson': [
    'geometry 1: its position has latitude 100',
    '$.features[0].geometry.geometries[1].coordinates',
  ],
  'geometrycollection-missing-geometries.geojson': [
    'its "geometries" is nothing where a list is expected',
    '$.features[0].geometry.geometries',
  ],
  'html-page-not-json.geojson': ['The file is not valid JSON', '$'],
  'id-is-boolean.geojson': ['its "id" is true; an id must be text or a number', '$.features[0].id'],
  'id-is-object.geojson': ['its "id" is an object', '$.features[0].id'],
  'infinity-literal.geojson': ['NaN and Infinity are not allowed in JSON', '$'],
  'lat-lng-swapped.geojson': [
    'latitude 139.69, outside −90 to 90. Positions are [longitude, latitude]: are the two swapped?',
    '$.features[0].geometry.coordinates',
  ],
  'latitude-200.geojson': [
    'Feature 0 (properties.name "Front line"): its position has latitude 200, outside −90 to 90.',
    '$.features[0].geometry.coordinates',
  ],
  'latitude-minus-91.geojson': [
    'latitude -91, outside −90 to 90',
    '$.features[0].geometry.coordinates',
  ],
  'linestring-one-position.geojson': [
    'the line has 1 position; it needs at least 2',
    '$.features[0].geometry.coordinates',
  ],
  'longitude-181.geojson': [
    'its position has longitude 181, outside −180 to 180',
    '$.features[0].geometry.coordinates',
  ],
  'longitude-minus-181.geojson': [
    'line position 1 has longitude -181',
    '$.features[0].geometry.coordinates[1]',
  ],
  'many-errors.geojson': [
    'Feature 0 (properties.name "Front line"): its position has latitude 95',
    '$.features[0].geometry.coordinates',
  ],
  'missing-features.geojson': ['"features" is nothing; expected a list of features', '$.features'],
  'missing-type.geojson': ['The file has no "type" member', '$.type'],
  'multilinestring-line-not-array.geojson': [
    'line 1 is "abc" where a list of positions is expected',
    '$.features[0].geometry.coordinates[1]',
  ],
  'multipolygon-unclosed-hole.geojson': [
    'polygon 1, ring 1 is not closed — its first and last positions differ',
    '$.features[0].geometry.coordinates[1][1]',
  ],
  'nan-coordinate.geojson': ['NaN and Infinity are not allowed in JSON', '$'],
  'nesting-65-levels.geojson': ['more than 64 levels deep', '$'],
  'null-coordinate.geojson': [
    'its position has null where a number is expected',
    '$.features[0].geometry.coordinates',
  ],
  'overflow-1e400.geojson': ['too large to be a coordinate', '$.features[0].geometry.coordinates'],
  'point-coordinates-string.geojson': [
    'its position is "37.5,48.0" where a position',
    '$.features[0].geometry.coordinates',
  ],
  'polygon-no-rings.geojson': ['the polygon has no rings', '$.features[0].geometry.coordinates'],
  'polygon-ring-is-string.geojson': [
    'polygon ring 0 is "36 51, 37 51, 37 52, 36 51" where a list of positions',
    '$.features[0].geometry.coordinates[0]',
  ],
  'polygon-three-positions.geojson': [
    'polygon ring 0 has 3 positions; a closed ring needs at least 4',
    '$.features[0].geometry.coordinates[0]',
  ],
  'polygon-with-linestring-coordinates.geojson': [
    'polygon ring 0, position 0 is 36 where a position',
    '$.features[0].geometry.coordinates[0][0]',
  ],
  'position-empty.geojson': [
    'has 0 numbers; a position needs 2',
    '$.features[0].geometry.coordinates',
  ],
  'position-four-numbers.geojson': [
    'has 4 numbers; a position needs 2 (longitude, latitude) or 3',
    '$.features[0].geometry.coordinates',
  ],
  'position-one-number.geojson': [
    'has 1 number; a position needs 2',
    '$.features[0].geometry.coordinates',
  ],
  'projected-coordinates-no-crs.geojson': [
    'latitude 6750000.25, outside −90 to 90',
    '$.features[0].geometry.coordinates',
  ],
  'projected-crs-3857.geojson': [
    'declares the coordinate system "urn:ogc:def:crs:EPSG::3857"',
    '$.crs',
  ],
  'properties-is-array.geojson': [
    'its "properties" is a list of 1; expected an object or null',
    '$.features[0].properties',
  ],
  'properties-is-string.geojson': ['its "properties" is "name=Kursk"', '$.features[0].properties'],
  'proto-nested-property.geojson': [
    'a property is named "__proto__"',
    '$.features[0].properties.meta.tags[0].__proto__',
  ],
  'proto-property.geojson': [
    'a property is named "__proto__"',
    '$.features[0].properties.__proto__',
  ],
  'single-quotes.geojson': ['not valid JSON at line 1, column 2', '$'],
  'string-coordinates.geojson': [
    'its position has "37.5" (text) where a number is expected',
    '$.features[0].geometry.coordinates',
  ],
  'top-level-array.geojson': ['The file holds a list of 1; expected one GeoJSON object', '$'],
  'top-level-null.geojson': ['The file holds null', '$'],
  'top-level-string.geojson': ['The file holds "FeatureCollection"', '$'],
  'topojson-arc-explosion.topojson': [
    'expands to 3,000,000 positions; one layer may hold 2,000,000',
    '$.objects',
  ],
  'topojson-arc-not-positions.topojson': [
    'TopoJSON arc 0 is not a list of at least 2 positions',
    '$.arcs[0]',
  ],
  'topojson-bad-arc-index.topojson': [
    'refers to arc 7, which does not exist',
    '$.objects["front"].geometries[0].arcs[0]',
  ],
  'topojson-latitude-200.topojson': [
    'TopoJSON object "place" (properties.name "Nikolske"): its position has latitude 200',
    '$.objects["place"]',
  ],
  'topojson-missing-objects.topojson': ['no "objects" member', '$.objects'],
  'trailing-comma.geojson': ['The file is not valid JSON', '$'],
  'truncated-json.geojson': ['ends too early, so it may be truncated', '$'],
  'type-not-string.geojson': ['The file has type 42', '$.type'],
  'unclosed-ring.geojson': [
    'Feature 1 (properties.name "Front line"): polygon ring 0 is not closed — its first and last positions differ.',
    '$.features[1].geometry.coordinates[0]',
  ],
  'whitespace-only.geojson': ['The file is empty', '$'],
  'wrong-type.geojson': [
    'The file has type "Featurecollection"; expected FeatureCollection',
    '$.type',
  ],
};

const VALID = readdirSync(join(FIXTURES, 'valid')).sort();

function read(folder: string, name: string): string {
  return readFileSync(join(FIXTURES, folder, name), 'utf8');
}

describe('malformed GeoJSON fixtures', () => {
  it('has a row for every file and a file for every row (at least 50)', () => {
    const files = readdirSync(join(FIXTURES, 'invalid')).sort();
    expect(files).toEqual(Object.keys(INVALID).sort());
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(Object.entries(INVALID))('%s is refused: %s', (name, [message, path]) => {
    const result = validateGeoJsonText(read('invalid', name));
    if (result.ok) throw new Error(`${name} was accepted`);
    expect(result.errors[0]?.message).toContain(message);
    expect(result.errors[0]?.path).toBe(path);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10);
  });
});

describe('valid GeoJSON fixtures', () => {
  it.each(VALID)('%s is accepted', (name) => {
    const result = validateGeoJsonText(read('valid', name));
    if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join(' | ')}`);
    expect(result.collection.type).toBe('FeatureCollection');
    expect(result.stats.features).toBe(result.collection.features.length);
    expect(result.stats.features).toBeGreaterThan(0);
  });
});
