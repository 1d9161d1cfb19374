/**
 * Everything that needs the data code (the shipped data's readers, turf), in one module the
 * app loads beside its first paint. Keeping it behind one dynamic import keeps the initial
 * JavaScript small (see scripts/budget.mjs); import only types of it elsewhere.
 */
export { claimsForArea } from '../data/dataset';
export { indexAreas } from '../data/areaIndex';
export { datasetFromShards, readShard } from '../data/shipped';
export { loadAreas } from '../data/geodata';
export { claimsToCsv, claimsToJson } from '../data/export';
export { loadBasemap, loadBasemapInSteps } from '../data/geodata';
export { claimsInView, hiddenLater, knownClaims, knownCount } from './asOf';
export { areaPanelModel } from './areaPanel';
export { areaSummaries, eventViews, figureView } from './figures';
export { linkParseContext } from './linkContext';
export {
  areaBbox,
  mapAreas,
  mapPlaces,
  mapRoute,
  mapUncertainty,
  placePosition,
  searchEntries,
} from './mapModel';
export { markNew, newSinceCount } from './since';
export { sourceNames } from './sourceNames';
export { sourceViews } from './sources';
export { dateRange, eventsOfArea, timelineEvents } from './timeline';
