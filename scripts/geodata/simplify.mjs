// Topology-preserving simplification shared by the basemap builders. Arcs shared by two
// polygons are simplified once, so neighbouring outlines keep one common border.
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';

/** Earth radius used to express Visvalingam weights (steradians) as km². */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Build a topology from one GeoJSON FeatureCollection, simplify it and quantize it.
 * @param {string} objectName name of the TopoJSON object (e.g. 'countries')
 * @param {import('geojson').FeatureCollection} collection features to encode
 * @param {{ minAreaKm2: number, quantization: number }} options Visvalingam threshold: a vertex
 *   whose effective triangle (on the sphere) is smaller than minAreaKm2 is dropped; then the
 *   coordinates are quantized to a grid of quantization × quantization cells over the bbox
 * @returns {import('topojson-specification').Topology} the simplified, quantized topology
 */
export function simplifiedTopology(objectName, collection, options) {
  const raw = topology({ [objectName]: collection });
  const weighted = presimplify(raw, sphericalTriangleArea);
  const minWeightSr = options.minAreaKm2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);
  const simplified = simplify(weighted, minWeightSr);
  return quantize(simplified, options.quantization);
}
