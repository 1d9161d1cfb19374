/**
 * Everything the dashboard needs of the data code (the shipped data's readers, turf), in one
 * module: src/app/useAppData.ts hands it to the rest of the app with the first outlines, and
 * the rest takes it from there (import only types of it elsewhere), so that what the data
 * code may do before the map is drawn stays in one place.
 */
export { claimsForArea } from '../data/dataset';
export { indexAreas } from '../data/areaIndex';
export { datasetFromShards, readShard } from '../data/shipped';
export { loadAreas } from '../data/geodata';
export { claimsToCsv, claimsToJson } from '../data/export';
export { loadBasemap, loadBasemapInSteps } from '../data/geodata';
export { claimsInView, hiddenLater, knownClaims, knownCount } from './asOf';
export { areaPanelModel } from './areaPanel';
export { currentPicture } from './currentPicture';
export { areaSummaries, eventViews, figureView } from './figures';
export { linkParseContext } from './linkContext';
export {
  areaBbox,
  mapAreas,
  mapPlaces,
  mapRoutes,
  mapUncertainty,
  placePosition,
  searchEntries,
} from './mapModel';
export { markNew, newSinceCount } from './since';
export { sourceNames } from './sourceNames';
export { sourceViews } from './sources';
export { dateRange, eventsOfArea, timelineEvents } from './timeline';
