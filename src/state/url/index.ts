/** The link codec: the only entry point other folders should import from. */
export {
  encodeViewState,
  formatIgnored,
  linkNeedsCompression,
  parseViewState,
  MAX_LINK_LENGTH,
} from './codec.ts';
export { compressionLoaded, loadCompression } from './compressedJson.ts';
export type { ParsedViewState } from './codec.ts';
export { normalizeViewState } from './normalize.ts';
export { isValidViewState } from './validate.ts';
export { coordinateDecimals } from './mapViewport.ts';
export { VIEW_STATE_KEYS } from './keyTable.ts';
export { LINK_BUDGET } from './budget.ts';
export { createHistoryWriter } from './historyWriter.ts';
export type { HistoryWriter, HistoryWriterOptions } from './historyWriter.ts';
export type { IgnoredKey, ParseContext } from './types.ts';
