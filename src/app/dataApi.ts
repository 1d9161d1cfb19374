/**
 * Everything that needs the data code (zod schemas, report files, turf), in one module the
 * app loads after its first paint. Keeping it behind one dynamic import keeps the initial
 * JavaScript small (see scripts/budget.mjs); import only types of it elsewhere.
 */
export { claimsAsOf, claimsForArea, latestDate, loadDataset } from '../data/dataset';
export { claimsToCsv, claimsToJson } from '../data/export';
export { loadBasemap } from '../data/geodata';
export { areaSummaries, eventViews, figureView } from '../panels/buildModel';
export {
  areaBbox,
  mapAreas,
  mapPlaces,
  mapRoute,
  mapUncertainty,
  placePosition,
  searchEntries,
} from './mapData';
export { areaPanelModel } from './panelModel';
