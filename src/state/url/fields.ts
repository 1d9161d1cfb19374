/** Parse and encode functions for each link value except `map` (see mapViewport.ts). */
import { userLayerKey } from '../../data/layerIds.ts';
import {
  canonicalLayers,
  isLayerId,
  PANEL_TABS,
  SORT_DIRECTIONS,
  SORT_KEYS,
  type LayerId,
  type PanelTab,
  type TableSort,
} from '../viewState.ts';
import type { FieldResult } from './fieldResult.ts';
import { isIsoDate } from '../../data/dates.ts';
import type { ParseContext } from './types.ts';

/**
 * Percent-encodes a text value; ':' stays readable (it is allowed in a fragment).
 * @param text - any string
 * @returns the encoded text, or null when it cannot be encoded (a lone surrogate)
 */
export function encodeText(text: string): string | null {
  try {
    return encodeURIComponent(text).replace(/%3A/g, ':');
  } catch {
    return null;
  }
}

/**
 * Reads an id that must belong to a known set (`area=`, `claim=`).
 * @param raw - decoded value
 * @param known - the ids in the loaded data
 * @param what - noun for the reason, e.g. 'area'
 * @returns the id, or why it was rejected
 */
export function parseKnownId(
  raw: string,
  known: ReadonlySet<string>,
  what: string,
): FieldResult<string> {
  if (raw === '') return { ok: false, reason: 'empty value' };
  return known.has(raw) ? { ok: true, value: raw } : { ok: false, reason: `unknown ${what}` };
}

/**
 * Reads `asof=`: a real calendar date within the data's dates.
 * @param raw - decoded value
 * @param context - gives minDate and maxDate
 * @returns the date, or why it was rejected
 */
export function parseAsOf(raw: string, context: ParseContext): FieldResult<string> {
  if (!isIsoDate(raw)) return { ok: false, reason: 'not a calendar date (YYYY-MM-DD)' };
  if (raw < context.minDate || raw > context.maxDate) {
    return { ok: false, reason: `outside ${context.minDate} to ${context.maxDate}` };
  }
  return { ok: true, value: raw };
}

/**
 * Reads `layers=`: comma-separated ids. Empty means every layer off. Duplicates and empty
 * items are dropped quietly; unknown ids are dropped with a notice; when none of the ids
 * is known, the whole value is rejected (the default layers are shown, not a blank map).
 * @param raw - decoded value
 * @param context - gives the imported layers, if known
 * @returns the layers in canonical order, with the dropped ids if any
 */
export function parseLayers(raw: string, context: ParseContext): FieldResult<LayerId[]> {
  if (raw === '') return { ok: true, value: [] };
  const items = raw.split(',').filter((item) => item !== '');
  const known: LayerId[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    if (isLayerId(item) && isAvailable(item, context)) known.push(item);
    else if (!unknown.includes(item)) unknown.push(item);
  }
  const reason = unknown.length === 1 ? 'unknown layer' : 'unknown layers';
  if (known.length === 0 && unknown.length > 0) return { ok: false, reason };
  const value = canonicalLayers(known);
  if (unknown.length === 0) return { ok: true, value };
  return { ok: true, value, dropped: { value: unknown.join(','), reason } };
}

function isAvailable(id: LayerId, context: ParseContext): boolean {
  if (userLayerKey(id) === null || context.userLayerIds === undefined) return true;
  return context.userLayerIds.has(id);
}

/**
 * Writes `layers=`: canonical order, ids as they are (their alphabet needs no escaping).
 * @param layers - visible layers
 * @returns e.g. 'areas,places'; '' when none is visible
 */
export function encodeLayers(layers: readonly LayerId[]): string {
  return canonicalLayers(layers).join(',');
}

/**
 * Reads `sort=<column>-<asc|desc>`, e.g. `sort=value-desc`.
 * @param raw - decoded value
 * @returns the sort, or why it was rejected
 */
export function parseSort(raw: string): FieldResult<TableSort> {
  const dash = raw.lastIndexOf('-');
  const key = SORT_KEYS.find((candidate) => candidate === raw.slice(0, dash));
  const dir = SORT_DIRECTIONS.find((candidate) => candidate === raw.slice(dash + 1));
  if (dash < 0 || key === undefined || dir === undefined) {
    return { ok: false, reason: 'expected <column>-<asc|desc>' };
  }
  return { ok: true, value: { key, dir } };
}

/**
 * Writes `sort=`.
 * @param sort - table sort
 * @returns e.g. 'value-desc'
 */
export function encodeSort(sort: TableSort): string {
  return `${sort.key}-${sort.dir}`;
}

/**
 * Reads `tab=`.
 * @param raw - decoded value
 * @returns the tab, or why it was rejected
 */
export function parseTab(raw: string): FieldResult<PanelTab> {
  const tab = PANEL_TABS.find((candidate) => candidate === raw);
  return tab === undefined ? { ok: false, reason: 'unknown tab' } : { ok: true, value: tab };
}

/**
 * Reads `embed=`: '1' on, '0' off.
 * @param raw - decoded value
 * @returns the flag, or why it was rejected
 */
export function parseFlag(raw: string): FieldResult<boolean> {
  if (raw === '1') return { ok: true, value: true };
  if (raw === '0') return { ok: true, value: false };
  return { ok: false, reason: 'expected 1 or 0' };
}
