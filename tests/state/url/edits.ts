/** Shared by the property tests of the compressed link keys (ann=, lyr=): damaged values. */
import fc from 'fast-check';
import { deflateSync } from 'fflate';

/**
 * A value of a compressed link key made from any JSON text, hostile or broken included:
 * version 1, deflated, base64url (what src/state/url/compressedJson.ts reads).
 * @param json - the text to compress, valid JSON or not
 * @returns `1.<base64url>`
 */
export function deflatedLinkValue(json: string): string {
  const bytes = deflateSync(new TextEncoder().encode(json), { level: 9 });
  return `1.${Buffer.from(bytes).toString('base64url')}`;
}

/** One edit of a string: replace, insert or delete a character, cut it short, or repeat a tail. */
export const mutation = fc.tuple(
  fc.constantFrom('replace', 'insert', 'delete', 'truncate', 'duplicate'),
  fc.nat(),
  fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }),
);

/**
 * @param text - the text to damage
 * @param edits - edits from `mutation`, applied in order
 * @returns the damaged text
 */
export function mutate(text: string, edits: [string, number, string][]): string {
  let out = text;
  for (const [kind, at, chars] of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    if (kind === 'replace') out = out.slice(0, i) + chars + out.slice(i + chars.length);
    else if (kind === 'insert') out = out.slice(0, i) + chars + out.slice(i);
    else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + 1);
    else if (kind === 'truncate') out = out.slice(0, i);
    else out = out + out.slice(i);
  }
  return out;
}
