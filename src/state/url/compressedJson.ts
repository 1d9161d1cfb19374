/**
 * JSON in a link value: UTF-8, raw DEFLATE (RFC 1951), base64url without padding. Reading
 * never throws and never inflates past a cap, so a decompression bomb costs at most
 * `maxBytes` plus one slice's worth of memory.
 *
 * fflate rather than CompressionStream: the link codec is synchronous (it runs on every
 * popstate and every write), and CompressionStream only offers a Promise/stream API.
 *
 * fflate is in a chunk of its own, loaded by `loadCompression` (its module builds its
 * Huffman tables as it is evaluated: 5–8 ms of the app script's task, for links that carry
 * no compressed value; docs/scale.md). The codec stays synchronous: whoever reads a link
 * with a compressed value (`linkNeedsCompression`) or offers what writes one loads it first.
 */
import type * as Fflate from './linkDeflate.ts';

let fflate: typeof Fflate | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads fflate (once; again after a failed load).
 * @returns resolves when `readCompressedJson` and `writeCompressedJson` can run
 */
export function loadCompression(): Promise<void> {
  loading ??= import('./linkDeflate.ts').then(
    (module) => {
      fflate = module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether fflate is loaded (`loadCompression`). */
export function compressionLoaded(): boolean {
  return fflate !== null;
}

function loaded(): typeof Fflate {
  if (fflate === null) throw new Error('link compression used before loadCompression()');
  return fflate;
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Compressed bytes fed to the inflater at a time. One slice inflates to at most ~1032× its
 * size, so the cap is overshot by at most ~1 MiB before inflating stops; smaller slices
 * cost more (fflate copies its 32 KiB window after each push).
 */
const SLICE_BYTES = 1024;

/**
 * Writes a JSON value compressed and base64url-encoded (after `loadCompression`).
 * @param value - any JSON-serialisable value
 * @returns the base64url text (alphabet A–Z a–z 0–9 - _), no padding
 */
export function writeCompressedJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return toBase64Url(loaded().deflateSync(bytes, { level: 9 }));
}

/**
 * Reads what `writeCompressedJson` wrote (after `loadCompression`; before it, a refusal).
 * @param text - base64url text
 * @param maxBytes - most bytes the JSON may inflate to
 * @returns the parsed value, or why it was refused (in words, for a notice)
 */
export function readCompressedJson(text: string, maxBytes: number): ReadResult {
  if (fflate === null) return { ok: false, reason: 'not read: the link code is still loading' };
  const bytes = fromBase64Url(text);
  if (!bytes) return { ok: false, reason: 'not base64url' };
  const inflated = inflateCapped(bytes, maxBytes);
  if (!inflated.ok) return inflated;
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text after inflating' };
  }
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, reason: 'not JSON after inflating' };
  }
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

class TooLarge extends Error {}

function inflateCapped(bytes: Uint8Array, maxBytes: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new (loaded().Inflate)((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
      const end = Math.min(start + SLICE_BYTES, bytes.length);
      inflater.push(bytes.subarray(start, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof TooLarge) {
      return { ok: false, reason: `inflates to more than ${Math.round(maxBytes / 1024)} KiB` };
    }
    return { ok: false, reason: 'not valid compressed data' };
  }
  if (!ended || bytes.length === 0) return { ok: false, reason: 'compressed data cut short' };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes: out };
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
