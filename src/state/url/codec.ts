/**
 * The link codec: `encodeViewState` / `parseViewState` over the fragment
 * `map=<zoom>/<lat>/<lng>&area=<id>&layers=<id,id>&asof=<YYYY-MM-DD>&since=<YYYY-MM-DD>&…`.
 * Every key is declared once, in `VIEW_STATE_KEYS` (keyTable.ts).
 */
import { createDefaultViewState } from '../viewState.ts';
import type { ViewState } from '../viewState.ts';
import { VIEW_STATE_KEYS } from './keyTable.ts';
import { normalizeViewState } from './normalize.ts';
import type { IgnoredKey, ParseContext } from './types.ts';

/**
 * Longer fragments are ignored whole. A link without annotations is under 300 characters;
 * with them the app writes at most 8,000 (see README, "Annotations"), so this leaves room
 * for a long page address without letting a huge fragment be parsed.
 */
export const MAX_LINK_LENGTH = 10_000;
/** Values quoted in an `IgnoredKey` are cut to this many characters (plus '…'). */
export const MAX_REPORTED_VALUE_LENGTH = 64;

export interface ParsedViewState {
  /** Always a complete, valid state: each unusable key has its default. */
  state: ViewState;
  /** Recognised keys whose value was not (fully) used; at most one entry per key. */
  ignored: IgnoredKey[];
}

/** State keys in link order (the table's order). */
const KEY_ORDER = Object.keys(VIEW_STATE_KEYS) as (keyof ViewState)[];

/** Keys in the order they are read: those that widen the context first (see `widen`). */
const PARSE_ORDER = [
  ...KEY_ORDER.filter((key) => hasWiden(key)),
  ...KEY_ORDER.filter((key) => !hasWiden(key)),
];

function hasWiden(key: keyof ViewState): boolean {
  const spec = VIEW_STATE_KEYS[key];
  return spec.persist === 'link' && spec.widen !== undefined;
}

/** Link name → state key, for the keys the link carries. A Map: link input never keys an object. */
const KEY_BY_URL_NAME = new Map<string, keyof ViewState>();
for (const key of KEY_ORDER) {
  const spec = VIEW_STATE_KEYS[key];
  if (spec.persist === 'link') KEY_BY_URL_NAME.set(spec.urlName, key);
}

/**
 * Writes a view state as a link fragment (without '#'): keys in a fixed order, default
 * values left out, coordinates rounded for the zoom (the state is normalised first).
 * @param state - the view state
 * @returns e.g. 'map=6/49.5000/36.5000&area=kursk&layers=areas,places&asof=2025-01-31';
 *   '' for the default state
 * @example encodeViewState(createDefaultViewState()) // ''
 */
export function encodeViewState(state: ViewState): string {
  const normal = normalizeViewState(state);
  const defaults = createDefaultViewState();
  const parts: string[] = [];
  for (const key of KEY_ORDER) {
    const part = encodeKey(key, normal, defaults);
    if (part !== null) parts.push(part);
  }
  return parts.join('&');
}

function encodeKey<K extends keyof ViewState>(
  key: K,
  state: ViewState,
  defaults: ViewState,
): string | null {
  const spec = VIEW_STATE_KEYS[key];
  if (spec.persist !== 'link') return null;
  const value = spec.encode(state[key]);
  if (value === null || value === spec.encode(defaults[key])) return null;
  return `${spec.urlName}=${value}`;
}

/**
 * Reads a link fragment; never throws. A leading '#' is optional. Unknown keys are
 * skipped silently (links from newer versions still open); a recognised key with an
 * unusable value gets its default and an `ignored` entry; when a key is repeated the first
 * one is used; a fragment longer than `MAX_LINK_LENGTH` is ignored whole. Keys and values
 * are percent-decoded ('+' is not a space); malformed escapes make that value unusable.
 * @param fragment - e.g. `location.hash`
 * @param context - ids and dates of the loaded data
 * @returns a valid state and what was ignored
 * @example parseViewState('#area=kursk&zoom=3', context) // area kursk; zoom= is unknown: skipped
 */
export function parseViewState(fragment: string, context: ParseContext): ParsedViewState {
  const state = createDefaultViewState();
  const ignored: IgnoredKey[] = [];
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_LENGTH) {
    const reason = `longer than ${MAX_LINK_LENGTH} characters`;
    return { state, ignored: [{ key: '', value: '', reason }] };
  }
  const found = collectRecognisedKeys(text);
  const problems = new Map<keyof ViewState, IgnoredKey>();
  let keyContext = context;
  for (const key of PARSE_ORDER) {
    const entry = found.get(key);
    if (entry === undefined) continue;
    const problem = applyKey(state, key, entry.raw, keyContext);
    keyContext = widenContext(state, key, keyContext);
    if (problem !== null) problems.set(key, problem);
    else if (entry.repeated) {
      problems.set(key, {
        key: entry.urlName,
        value: '',
        reason: 'repeated; the first one is used',
      });
    }
  }
  for (const key of KEY_ORDER) {
    const problem = problems.get(key);
    if (problem !== undefined) ignored.push(problem);
  }
  return { state, ignored };
}

interface FoundKey {
  urlName: string;
  /** Still percent-encoded. */
  raw: string;
  repeated: boolean;
}

function collectRecognisedKeys(text: string): Map<keyof ViewState, FoundKey> {
  const found = new Map<keyof ViewState, FoundKey>();
  if (text === '') return found;
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    const urlName = safeDecode(equals < 0 ? pair : pair.slice(0, equals));
    const key = urlName === null ? undefined : KEY_BY_URL_NAME.get(urlName);
    if (urlName === null || key === undefined) continue;
    const earlier = found.get(key);
    if (earlier !== undefined) earlier.repeated = true;
    else
      found.set(key, { urlName, raw: equals < 0 ? '' : pair.slice(equals + 1), repeated: false });
  }
  return found;
}

/** The keys whose values are compressed JSON (versionedValue.ts), read only with fflate loaded. */
const COMPRESSED_KEYS: readonly (keyof ViewState)[] = ['ann', 'lyr'];

/**
 * Whether reading a link needs fflate (`loadCompression` in compressedJson.ts): it has a
 * compressed key (`ann=`, `lyr=`) with a value, however its name is percent-encoded. Links
 * without one are read without loading it.
 * @param fragment - e.g. `location.hash`; a leading '#' is optional
 * @returns true when `parseViewState` would inflate a value
 * @example linkNeedsCompression('#map=6/49.5/36.5&ann=1.q1Y') // true
 */
export function linkNeedsCompression(fragment: string): boolean {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_LENGTH) return false;
  const found = collectRecognisedKeys(text);
  return COMPRESSED_KEYS.some((key) => (found.get(key)?.raw ?? '') !== '');
}

/** Parses one value into `state`; returns the notice when (part of) it was not used. */
function applyKey<K extends keyof ViewState>(
  state: ViewState,
  key: K,
  raw: string,
  context: ParseContext,
): IgnoredKey | null {
  const spec = VIEW_STATE_KEYS[key];
  if (spec.persist !== 'link') return null;
  const value = safeDecode(raw);
  if (value === null) {
    return { key: spec.urlName, value: clip(raw), reason: 'malformed percent-encoding' };
  }
  const result = spec.parse(value, context);
  if (!result.ok) return { key: spec.urlName, value: clip(value), reason: result.reason };
  state[key] = result.value;
  if (result.dropped === undefined) return null;
  return { key: spec.urlName, value: clip(result.dropped.value), reason: result.dropped.reason };
}

function widenContext<K extends keyof ViewState>(
  state: ViewState,
  key: K,
  context: ParseContext,
): ParseContext {
  const spec = VIEW_STATE_KEYS[key];
  return spec.persist === 'link' && spec.widen ? spec.widen(state[key], context) : context;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function clip(value: string): string {
  if (value.length <= MAX_REPORTED_VALUE_LENGTH) return value;
  const chars = Array.from(value.slice(0, MAX_REPORTED_VALUE_LENGTH * 2));
  return `${chars.slice(0, MAX_REPORTED_VALUE_LENGTH).join('')}…`;
}

/**
 * Words an ignored key for the notice, e.g. "Ignored area=foo: unknown area". Render it
 * as text (React children), never as HTML: the value comes from the link.
 * @param item - an entry of `ParsedViewState.ignored`
 * @returns one short sentence
 */
export function formatIgnored(item: IgnoredKey): string {
  if (item.key === '') return `Ignored the link: ${item.reason}`;
  const value = item.value === '' ? '' : `=${item.value}`;
  return `Ignored ${item.key}${value}: ${item.reason}`;
}
