// User layers: analysts' GeoJSON/TopoJSON files imported, validated off the main thread and
// kept in the browser. This is the public surface; the other files are its parts.
export { importGeoJsonFile, DEFAULT_IMPORT_TIMEOUT_MS, type ImportOptions } from './importFile';
export { readStoredLayers } from './readStored';
export { validateGeoJsonText } from './validate';
export { checkFileSize, DEFAULT_LIMITS, type ValidationOptions } from './limits';
export { sanitizeLayerName, MAX_LAYER_NAME_LENGTH } from './layer';
export { DEFAULT_LAYER_DB, openLayerStore, type LayerStore, type StoreResult } from './store';
export type {
  ImportResult,
  LayerStats,
  SaveResult,
  UserCollection,
  UserLayer,
  ValidationError,
  ValidationResult,
} from './types';
