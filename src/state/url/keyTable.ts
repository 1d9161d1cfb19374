/**
 * THE table of view-state keys: for each key of `ViewState`, whether it goes into the
 * link, under which name, and how it is read and written. The mapped type makes adding a
 * key to `ViewState` a compile error here until someone decides.
 *
 * Object order is link order: `encodeViewState` writes keys in the order listed below, and
 * leaves out every value that is written the same as the default's.
 * Changing a `urlName` or a value format breaks links already shared (see README).
 */
import type { ViewState } from '../viewState.ts';
import type { FieldResult } from './fieldResult.ts';
import {
  encodeLayers,
  encodeSort,
  encodeText,
  parseAsOf,
  parseFlag,
  parseKnownId,
  parseLayers,
  parseSort,
  parseTab,
} from './fields.ts';
import { encodeAnnotations, parseAnnotations } from './annotationsKey.ts';
import { encodeLinkedLayers, parseLinkedLayers } from './linkedLayersKey.ts';
import { userLayerId } from '../../data/layerIds.ts';
import { encodeViewport, parseViewport } from './mapViewport.ts';
import type { ParseContext } from './types.ts';

/** A key that the link carries. */
export interface LinkKeySpec<K extends keyof ViewState> {
  persist: 'link';
  /** Name in the fragment (`map`, `area`, …). */
  urlName: string;
  /** Reads the percent-decoded value; never throws. */
  parse: (raw: string, context: ParseContext) => FieldResult<ViewState[K]>;
  /**
   * Writes the value, ready for the fragment (percent-encoded where needed); null when the
   * value cannot be written (then the key is left out). The codec also leaves out any value
   * that is written the same as the default's.
   */
  encode: (value: ViewState[K]) => string | null;
  /**
   * For a key other keys depend on: it is read first, and the context the others are read
   * with is widened by its value (`lyr=` makes its layers known to `layers=`).
   */
  widen?: (value: ViewState[K], context: ParseContext) => ParseContext;
}

/** A key that stays in this tab only (none yet; e.g. a hover would be one). */
export interface LocalKeySpec {
  persist: 'none';
}

export type KeySpec<K extends keyof ViewState> = LinkKeySpec<K> | LocalKeySpec;

export type ViewStateKeyTable = { readonly [K in keyof ViewState]: KeySpec<K> };

/** Percent-encodes the ids of the data (area, claim), which may hold any character. */
function encodeOptionalText(value: string | null): string | null {
  return value === null ? null : encodeText(value);
}

export const VIEW_STATE_KEYS: ViewStateKeyTable = {
  map: {
    persist: 'link',
    urlName: 'map',
    parse: (raw) => parseViewport(raw),
    encode: (value) => (value === null ? null : encodeViewport(value)),
  },
  area: {
    persist: 'link',
    urlName: 'area',
    parse: (raw, context) => parseKnownId(raw, context.areaIds, 'area'),
    encode: encodeOptionalText,
  },
  layers: {
    persist: 'link',
    urlName: 'layers',
    parse: parseLayers,
    encode: encodeLayers,
  },
  asof: {
    persist: 'link',
    urlName: 'asof',
    parse: parseAsOf,
    encode: encodeOptionalText,
  },
  since: {
    persist: 'link',
    urlName: 'since',
    parse: parseAsOf,
    encode: encodeOptionalText,
  },
  claim: {
    persist: 'link',
    urlName: 'claim',
    parse: (raw, context) => parseKnownId(raw, context.claimIds, 'claim'),
    encode: encodeOptionalText,
  },
  sort: {
    persist: 'link',
    urlName: 'sort',
    parse: (raw) => parseSort(raw),
    encode: encodeSort,
  },
  tab: {
    persist: 'link',
    urlName: 'tab',
    parse: (raw) => parseTab(raw),
    encode: (value) => value,
  },
  embed: {
    persist: 'link',
    urlName: 'embed',
    parse: (raw) => parseFlag(raw),
    encode: (value) => (value ? '1' : '0'),
  },
  ann: {
    persist: 'link',
    urlName: 'ann',
    parse: (raw) => parseAnnotations(raw),
    encode: encodeAnnotations,
  },
  lyr: {
    persist: 'link',
    urlName: 'lyr',
    parse: (raw) => parseLinkedLayers(raw),
    encode: encodeLinkedLayers,
    widen: (value, context) =>
      value.length === 0 || context.userLayerIds === undefined
        ? context
        : {
            ...context,
            userLayerIds: new Set([
              ...context.userLayerIds,
              ...value.map((layer) => userLayerId(layer.key)),
            ]),
          },
  },
};
